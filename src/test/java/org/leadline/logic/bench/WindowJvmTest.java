package org.leadline.logic.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bench's window probes start with the installed launcher's JVM options, and ./mvnw javafx:run with the same. */
class WindowJvmTest {
    @Test
    void theInstallerAndJavafxRunStartTheWindowWithTheOptionsTheProbesUse() throws IOException {
        List<String> installer = Files.readAllLines(Path.of("installer", "jpackage-linux.txt")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip())
                .toList();
        List<String> expected = new java.util.ArrayList<>(WindowJvm.OPTIONS);
        expected.add(WindowJvm.LAUNCHER_ARCHIVE);
        assertThat(installer).containsExactlyElementsOf(expected);

        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>.*?</plugin>", Pattern.DOTALL).matcher(pom);
        assertThat(plugin.find()).isTrue();
        List<String> javafxRun = Pattern.compile("<option>(.*?)</option>").matcher(plugin.group()).results()
                .map(result -> result.group(1).strip()).collect(Collectors.toList());
        assertThat(javafxRun).containsExactlyElementsOf(WindowJvm.OPTIONS);
    }

    @Test
    void aProbeCommandCarriesTheOptionsBeforeItsClassAndItsArgumentsAfter() {
        List<String> command = WindowJvm.command("org.example.Probe", "a", "b");

        assertThat(command.get(0)).endsWith("java");
        assertThat(command.subList(1, 1 + WindowJvm.OPTIONS.size())).isEqualTo(WindowJvm.OPTIONS);
        assertThat(command.subList(command.size() - 3, command.size())).containsExactly("org.example.Probe", "a", "b");
        // Under the test runner's class path (folders, several jars) there is no archive to make.
        assertThat(command).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile="));
    }
}
