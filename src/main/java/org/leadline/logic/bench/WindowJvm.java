package org.leadline.logic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadline.logic.startup.ClassArchive;

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
    /** The installed launcher's class archive (ClassArchive), beside its jar; the window makes it on a first start. */
    static final String LAUNCHER_ARCHIVE = "-XX:SharedArchiveFile=$APPDIR/leadline.jsa";
    private static Optional<Path> archive;

    private WindowJvm() {
    }

    /**
     * java, the launcher's options, its class archive when the bench runs from the jar, any of
     * {@code leadline.bench.frameJvmOptions} (for profiling), then the class.
     */
    static List<String> command(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        archive().ifPresent(made -> command.add("-XX:SharedArchiveFile=" + made));
        command.addAll(PackageBench.extraOptions("leadline.bench.frameJvmOptions"));
        command.addAll(List.of("-cp", singleJar().map(Path::toString).orElse(System.getProperty("java.class.path")), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * The class archive an installed app has from its second start, made once per bench run from the jar's class
     * list as the window makes it. None when the bench does not run from one jar (tests, an IDE): an archive can
     * hold classes from jars only.
     */
    private static synchronized Optional<Path> archive() {
        if (archive == null) {
            Optional<Path> jar = singleJar();
            if (jar.isEmpty()) {
                archive = Optional.empty();
            } else {
                try {
                    Path folder = Files.createTempDirectory("leadline-bench-archive");
                    Path made = folder.resolve("leadline.jsa");
                    ClassArchive.create(made, OPTIONS, jar.get().toString(), false);
                    made.toFile().deleteOnExit();
                    folder.toFile().deleteOnExit();
                    archive = Optional.of(made);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return archive;
    }

    /** The jar the bench runs from, absolute (an archive maps only for the class path it was made with), if just one. */
    private static Optional<Path> singleJar() {
        String classPath = System.getProperty("java.class.path");
        boolean oneJar = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator);
        return oneJar ? Optional.of(Path.of(classPath).toAbsolutePath()) : Optional.empty();
    }
}
