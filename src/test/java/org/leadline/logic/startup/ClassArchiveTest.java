package org.leadline.logic.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassArchiveTest {
    @Test
    void everyClassOfTheAppTheListNamesStillExists() throws IOException {
        List<String> lines;
        try (InputStream in = ClassArchive.class.getResourceAsStream(ClassArchive.CLASS_LIST)) {
            assertThat(in).as("the class list is in the jar").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> appClasses = lines.stream().filter(line -> line.startsWith("org/leadline/")).toList();
        assertThat(appClasses).as("the list was made from a start to the main window").hasSizeGreaterThan(50)
                .contains("org/leadline/ui/main/MainView", "org/leadline/persistence/Database");
        List<String> gone = appClasses.stream()
                .filter(name -> ClassArchive.class.getResource("/" + name + ".class") == null)
                .toList();
        assertThat(gone).as("classes the list names that are gone: regenerate it with installer/classlist.sh").isEmpty();
    }

    @Test
    void aJvmAskedForNoArchiveWantsNone() {
        assertThat(ClassArchive.wantedButMissing()).isEmpty();
    }

    @Test
    void theLayoutOptionsAreTheHeapAndTheCollectorOnly() {
        assertThat(ClassArchive.layoutOptionsOfThisJvm())
                .allMatch(option -> option.startsWith("-Xmx") || option.matches("-XX:[+-]Use\\w*"));
    }
}
