package org.leadline.logic.packages.transport;

import java.nio.file.Path;
import java.util.List;
import org.leadline.logic.packages.transport.SealedPackage.Recipient;

/**
 * Seals and opens a file in a JVM of its own, so that a test can give it a heap smaller than the file
 * (SealedPackageTest). Arguments: the plain file, the sealed file to write, the opened file to write.
 */
public final class SealedPackageMemoryProbe {
    private SealedPackageMemoryProbe() {
    }

    public static void main(String[] args) {
        String fingerprint = "ab".repeat(32);
        TransportKeys.Pair keys = TransportKeys.generate();
        SealedPackage.seal(Path.of(args[0]), List.of(new Recipient(fingerprint, keys.publicKey())), Path.of(args[1]),
                n -> { }, () -> false);
        SealedPackage.open(Path.of(args[1]), fingerprint, keys.privateKey(), Path.of(args[2]), n -> { }, () -> false);
    }
}
