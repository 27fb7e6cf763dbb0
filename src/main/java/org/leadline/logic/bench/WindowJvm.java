package org.leadline.logic.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a JVM that opens the window for a bench probe: with the options the installed app's launcher
 * starts it with, so that a window row measures the window as officers get it.
 */
final class WindowJvm {
    /**
     * The launcher's JVM options; {@code installer/jpackage-linux.txt} and {@code javafx:run} in {@code pom.xml} carry
     * the same (WindowJvmTest). ZGC because its pauses stay under a millisecond: under G1 the window's young
     * collections took 106–158 ms while a package import's transaction survived each of them, and every such pause
     * is a frozen frame. 4 GB, not 2: at 2 GB an import allocated faster than ZGC collected and threads, the FX thread
     * among them, waited for memory ("allocation stall", 28–34 ms); at 4 GB it used at most 1 GB and never stalled.
     */
    static final List<String> OPTIONS = List.of("-Xmx4g", "-XX:+UseZGC");

    private WindowJvm() {
    }

    /** java, the launcher's options, any of {@code leadline.bench.frameJvmOptions} (for profiling), then the class. */
    static List<String> command(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        command.addAll(PackageBench.extraOptions("leadline.bench.frameJvmOptions"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }
}
