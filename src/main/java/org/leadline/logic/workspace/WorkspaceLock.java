package org.leadline.logic.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on the workspace folder, held while it is open, so that a second window or command
 * is refused with a clear sentence before it touches the database. The OS frees it if the process dies.
 */
final class WorkspaceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path folder) {
        Path file = folder.resolve("workspace.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw locked(folder);
            }
            return new WorkspaceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw locked(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED,
                    "The workspace folder " + folder + " cannot be locked: " + e.getMessage(), e);
        }
    }

    private static WorkspaceException locked(Path folder) {
        return new WorkspaceException(WorkspaceException.Reason.LOCKED,
                "The workspace " + folder + " is already open in another Leadline window or command; close it first.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel's close releases it as well.
        }
        closeQuietly(channel);
    }
}
