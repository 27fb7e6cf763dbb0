package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as officers and scripts run it: separate processes on one workspace. */
class JarIT {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path folder;

    private ProcessBuilder leadline(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("leadline.test.jar"), "--workspace", folder.resolve("ws").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LEADLINE_PASSPHRASE", PASSPHRASE);
        return builder;
    }

    private Outcome run(String... args) throws IOException, InterruptedException {
        return outcome(leadline(args));
    }

    private static Outcome outcome(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), out, err);
    }

    record Outcome(int code, String out, String err) {
    }

    /**
     * The class archive the installed app's launcher maps, made from the class list in the jar as the window makes
     * it: {@code -Xshare:on} refuses to start unless the archive maps. A copy of the jar elsewhere cannot map it (why
     * it is made where the app is installed, not at build time).
     */
    @Test
    void theClassArchiveMadeFromTheJarsClassListMapsForThatJarOnly() throws Exception {
        Path jar = Path.of(System.getProperty("leadline.test.jar")).toAbsolutePath();
        Path archive = folder.resolve("leadline.jsa");
        List<String> options = List.of("-Xmx4g", "-XX:+UseZGC");
        org.leadline.logic.startup.ClassArchive.create(archive, options, jar.toString(), false);
        assertThat(archive).isRegularFile();
        assertThat(folder.resolve("leadline.jsa.part")).doesNotExist();

        Outcome mapped = java(options, archive, jar);
        assertThat(mapped.code()).as(mapped.out() + mapped.err()).isZero();
        assertThat(mapped.out()).startsWith("Leadline");

        Path copy = java.nio.file.Files.createDirectories(folder.resolve("elsewhere")).resolve(jar.getFileName());
        java.nio.file.Files.copy(jar, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(java(options, archive, copy).code()).isNotZero();
    }

    private static Outcome java(List<String> options, Path archive, Path jar) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(), "--version"));
        return outcome(new ProcessBuilder(command));
    }

    @Test
    void aSecondProcessIsRefusedClearlyAndAKilledOneLeavesTheWorkspaceUsable() throws Exception {
        assertThat(run("init", "--name", "A. Officer", "--agency", "Test", "--country", "IT").code()).isZero();
        Path database = folder.resolve("ws/db/leadline.mv.db");
        long before = java.nio.file.Files.size(database);
        Process demo = leadline("demo", "--leads", "400000").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Only once the demo is writing does it certainly hold the workspace; asking earlier could win the lock.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (demo.isAlive() && java.nio.file.Files.size(database) < before + 1_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Outcome refused = null;
        while (demo.isAlive() && System.nanoTime() < deadline) {
            Outcome attempt = run("whoami");
            if (attempt.code() == 4) {
                refused = attempt;
                break;
            }
        }
        assertThat(refused).as("a second process was refused while the first held the workspace").isNotNull();
        assertThat(refused.err().strip()).contains("already open in another Leadline window or command").doesNotContain("Exception");
        assertThat(refused.err().lines()).hasSize(1);

        demo.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        Outcome after = run("whoami", "--json");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains("A. Officer");
        Outcome list = run("lead", "list", "--limit", "1");
        assertThat(list.code()).as(list.err()).isZero();
    }

    @Test
    void helpAndVersionWorkWithoutAWorkspace() throws Exception {
        Outcome help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Exit codes").contains("init").contains("bench");
        Outcome missing = run("whoami");
        assertThat(missing.code()).isEqualTo(4);
        assertThat(missing.err().strip()).startsWith("There is no workspace in");
    }
}
