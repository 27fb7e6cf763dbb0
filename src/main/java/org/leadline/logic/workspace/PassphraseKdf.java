package org.leadline.logic.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id parameters that turn a passphrase into the key-encryption key.
 * Stored beside the wrapped key so that stronger settings can be adopted later without breaking old workspaces.
 */
public record PassphraseKdf(
        @JsonProperty("algorithm") String algorithm,
        @JsonProperty("memoryKiB") int memoryKiB,
        @JsonProperty("iterations") int iterations,
        @JsonProperty("parallelism") int parallelism,
        @JsonProperty("salt") byte[] salt) {

    public static final String ARGON2ID = "argon2id";
    /**
     * 46 MiB, 2 passes: twice the work of OWASP's first Argon2id setting (46 MiB, 1 pass), about a quarter of a
     * second on a laptop core. Part of every unlock, so it is weighed against the start-up target.
     */
    public static final int DEFAULT_MEMORY_KIB = 46 * 1024;
    public static final int DEFAULT_ITERATIONS = 2;

    public static PassphraseKdf newDefault(byte[] salt) {
        return new PassphraseKdf(ARGON2ID, DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, 1, salt.clone());
    }

    public byte[] deriveKey(char[] passphrase) {
        if (!ARGON2ID.equals(algorithm)) {
            throw new WorkspaceException(WorkspaceException.Reason.DAMAGED,
                    "The workspace key file names an unknown key derivation '" + algorithm + "'.");
        }
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] utf8 = utf8(passphrase);
        byte[] key = new byte[32];
        try {
            generator.generateBytes(utf8, key);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
        return key;
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
