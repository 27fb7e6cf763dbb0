package org.leadline.persistence.aes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system for {@code aesjdk:KEY-ID:path}: files in exactly the format of H2's {@code CIPHER=AES}, encrypted
 * with the JDK's AES (AES-NI) instead of H2's own, many times slower, Java AES. KEY-ID names a registered
 * {@link FileKey}. A database opened through it with the user password alone (no CIPHER setting) reads and writes the
 * same file that {@code CIPHER=AES} with the password "file-password user-password" does.
 *
 * <p>Every file H2 keeps beside the database under this name (the compaction's temporary file, a trace file) is
 * encrypted too; H2 creates new instances of this class by reflection, so it needs its public constructor.
 */
public final class AesFilePath extends FilePathWrapper {
    static final String SCHEME = "aesjdk";
    private static final AesFilePath PROVIDER = new AesFilePath();

    /** Makes the scheme known to H2; idempotent. */
    static void register() {
        FilePath.register(PROVIDER);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return SCHEME + ":" + keyId(name) + ":";
    }

    @Override
    protected FilePath unwrap(String fileName) {
        return FilePath.get(fileName.substring(SCHEME.length() + 1 + keyId(fileName).length() + 1));
    }

    private static String keyId(String fileName) {
        int start = SCHEME.length() + 1;
        int end = fileName.indexOf(':', start);
        if (!fileName.startsWith(SCHEME + ":") || end < 0) {
            throw new IllegalArgumentException(fileName + " is not of the form " + SCHEME + ":KEY-ID:path");
        }
        return fileName.substring(start, end);
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileKey key = FileKey.registered(keyId(name));
        return new AesFileChannel(name, key, getBase().open(mode));
    }

    @Override
    public long size() {
        return AesFileChannel.sizeOf(getBase().size());
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }
}
