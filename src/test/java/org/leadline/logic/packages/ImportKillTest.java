package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.tasks.Progress;

/** kill -9 in the middle of an import: the workspace is as it was, and the import simply runs again. */
class ImportKillTest {
    @TempDir
    Path dir;

    @Test
    void killingAnImportMidwayLeavesTheWorkspaceAsItWasAndTheImportCanRunAgain() throws Exception {
        Path pack = dir.resolve("fr.leadpack");
        String before;
        try (Desk france = Desk.open(dir.resolve("fr"), "Claire Martin", "FR"); Desk lead = Desk.open(dir.resolve("lead"), "Ana Lopez", "ES")) {
            new DemoService(france.workspace).fill(Desk.OPERATION, 4000, 7, Progress.NONE);
            france.export(pack);
            lead.trust(france, pack);
            before = lead.dump();
        }

        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.leadline.Launcher",
                "--workspace", dir.resolve("lead").toString(), "import", pack.toString())
                .redirectErrorStream(true);
        command.environment().put("LEADLINE_PASSPHRASE", TestWorkspaces.PASSPHRASE);
        Process child = command.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // The report of the verified package is printed just before its records are written.
            String line;
            while ((line = out.readLine()) != null && !line.contains(" records (")) {
                assertThat(line).doesNotContain("Refused");
            }
            Thread.sleep(300);
            assertThat(child.isAlive()).as("the import must still be running when it is killed").isTrue();
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        try (Desk lead = Desk.of(TestWorkspaces.open(dir.resolve("lead")))) {
            assertThat(lead.dump()).isEqualTo(before);
            ImportSummary again = lead.importPackage(pack);
            assertThat(again.alreadyImported()).isFalse();
            assertThat(again.total().added()).isPositive();
            assertThat(again.total().conflicts()).isZero();
        }
    }
}
