package org.leadline.logic.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.leadline.logic.packages.PackageRefusedException.Step;
import org.leadline.logic.packages.transport.SealedPackage;
import org.leadline.logic.packages.transport.SealedPackageException;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;

/**
 * A package file as the verifier reads it: the file itself, or a sealed package ({@code export --to}) opened with the
 * workspace's transport key into the workspace's temporary folder, which {@link #close()} removes.
 */
public final class PackageFile implements AutoCloseable {
    private final Path path;
    private final boolean sealed;

    private PackageFile(Path path, boolean sealed) {
        this.path = path;
        this.sealed = sealed;
    }

    public static PackageFile open(Workspace workspace, Path file, Progress progress) {
        if (!Files.isRegularFile(file)) {
            throw new PackageRefusedException(Step.ARCHIVE, null, "There is no package file " + file + ".");
        }
        if (!SealedPackage.isSealed(file)) {
            return new PackageFile(file, false);
        }
        Path plain = temporaryFile(workspace, "opened-");
        byte[] key = workspace.transportPrivateKey();
        try {
            long total = Files.size(file);
            long[] done = {0};
            SealedPackage.open(file, workspace.owner().fingerprint(), key, plain, n -> progress.report(done[0] = n, total),
                    progress::cancelled);
            return new PackageFile(plain, true);
        } catch (SealedPackageException e) {
            throw new PackageRefusedException(Step.ARCHIVE, null, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The sealed package " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A new file name in the workspace's folder for packages in the making; leftovers are removed at the next open. */
    static Path temporaryFile(Workspace workspace, String prefix) {
        try {
            Path folder = Files.createDirectories(workspace.folder().resolve(TEMPORARY_FOLDER));
            Path file = Files.createTempFile(folder, prefix, ".leadpack");
            Files.delete(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The workspace's temporary folder cannot be written: " + e.getMessage(), e);
        }
    }

    public static final String TEMPORARY_FOLDER = "tmp";

    public Path path() {
        return path;
    }

    public boolean wasSealed() {
        return sealed;
    }

    @Override
    public void close() {
        if (sealed) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // Removed with the other leftovers at the next open of the workspace.
            }
        }
    }
}
