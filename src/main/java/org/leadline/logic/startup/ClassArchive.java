package org.leadline.logic.startup;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's class-data-sharing archive: the classes a start-up loads (the JDK's, JavaFX's, the app's, and the
 * lambdas it spins), parsed and verified once and mapped by every later start. Measured on this project's 2-core
 * machine, alternating runs in one session: a start to the unlocked main window on 100,000 leads 5.3–5.8 s without
 * it, 3.8–4.3 s with it.
 *
 * <p>JDK 17 accepts an archive only on the class path it was made for, so it cannot be made at build time and shipped
 * (the app image is copied elsewhere to be installed): the launcher asks for {@code $APPDIR/leadline.jsa}, a start
 * that finds none runs as before, and the window then makes it in the background from the class list inside the jar.
 */
public final class ClassArchive {
    /** The classes to archive, made by {@code installer/classlist.sh} from a start-up to the main window. */
    public static final String CLASS_LIST = "/org/leadline/startup/leadline.classlist";
    /** Options the archive must share with the JVMs that map it: the heap's size and collector decide its layout. */
    private static final Pattern LAYOUT_OPTION = Pattern.compile("-Xmx.*|-XX:[+-]Use\\w*GC|-XX:[+-]UseCompressed\\w*");
    private static final long DUMP_TIMEOUT_MINUTES = 5;

    private ClassArchive() {
    }

    /**
     * The archive this JVM was asked to map and could not (there is none yet, or it was made for another class path
     * or JDK); empty when it maps one or was asked for none.
     */
    public static Optional<Path> wantedButMissing() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String requested = vm.getVMOption("SharedArchiveFile").getValue();
        boolean mapped = Boolean.parseBoolean(vm.getVMOption("UseSharedSpaces").getValue());
        return requested.isBlank() || mapped ? Optional.empty() : Optional.of(Path.of(requested));
    }

    /** The options of this JVM that an archive made for it must be made with. */
    public static List<String> layoutOptionsOfThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> LAYOUT_OPTION.matcher(option).matches())
                .toList();
    }

    /**
     * Makes the archive for {@code classPath} in a child JVM of this JDK and moves it into place whole, so that a JVM
     * starting meanwhile maps either nothing or the finished archive. Blocks until done (seconds: about 8 s here).
     */
    public static void create(Path archive, List<String> jvmOptions, String classPath, boolean lowPriority) {
        Path folder = archive.toAbsolutePath().getParent();
        Path part = folder.resolve(archive.getFileName() + ".part");
        Path classList = null;
        try {
            classList = Files.createTempFile("leadline-classlist", ".txt");
            try (InputStream in = ClassArchive.class.getResourceAsStream(CLASS_LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The jar holds no class list (" + CLASS_LIST + ").");
                }
                Files.copy(in, classList, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(part);
            List<String> command = new ArrayList<>();
            Path nice = Path.of("/usr/bin/nice");
            if (lowPriority && Files.isExecutable(nice)) {
                command.addAll(List.of(nice.toString(), "-n", "15"));
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + part, "-cp", classPath));
            Process dump = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!dump.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                dump.destroyForcibly();
                throw new IllegalStateException("Making the class archive took over " + DUMP_TIMEOUT_MINUTES + " minutes.");
            }
            if (dump.exitValue() != 0 || !Files.isRegularFile(part)) {
                throw new IllegalStateException("Making the class archive failed (exit " + dump.exitValue() + ").");
            }
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The class archive cannot be written in " + folder + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the class archive", e);
        } finally {
            deleteQuietly(part);
            deleteQuietly(classList);
        }
    }

    /**
     * After {@code delaySeconds} on a background thread, at low priority: when the launcher asked for an archive it
     * could not map and its folder is writable, makes it; the next start maps it. A failure is logged: the app
     * starts as before without it. Even the check waits on that thread: the management beans it asks and the first
     * logger (Logback's configuration) cost start-up time the window needs.
     */
    public static void createInBackgroundIfWanted(long delaySeconds) {
        Thread maker = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(delaySeconds));
                wantedButMissing().ifPresent(ClassArchive::createWhereWritable);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log().warn("The class archive was not made: {}", e.getMessage());
            }
        }, "class-archive");
        maker.setDaemon(true);
        maker.setPriority(Thread.MIN_PRIORITY);
        maker.start();
    }

    private static void createWhereWritable(Path archive) {
        Path folder = archive.toAbsolutePath().getParent();
        if (!Files.isWritable(folder)) {
            log().info("No class archive: {} is not writable; starts stay slower until it is made there", folder);
            return;
        }
        long started = System.nanoTime();
        create(archive, layoutOptionsOfThisJvm(), System.getProperty("java.class.path"), true);
        log().info("Made the class archive {} in {} ms; the next start maps it", archive,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Looked up when needed, never while the class loads: GuiStarter loads it before the window. */
    private static Logger log() {
        return LoggerFactory.getLogger(ClassArchive.class);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log().debug("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
