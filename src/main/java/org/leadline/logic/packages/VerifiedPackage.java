package org.leadline.logic.packages;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A package that passed all five steps of verification: its manifest and signature as read, whose key signed it,
 * every record parsed, the blobs it carries and the packages a merged one was made from.
 *
 * @param ownKey   signed by this workspace's own key (an officer's own package coming back)
 * @param records  the records per type, in file order
 * @param blobs    SHA-256 of each blob entry (its name, checked against its content)
 * @param warnings things the user should know that do not refuse the package (an older sequence than seen before)
 */
public record VerifiedPackage(Path file, Manifest manifest, byte[] manifestBytes, byte[] signature, boolean ownKey,
                              Map<RecordType<?>, List<?>> records, Set<String> blobs, List<EmbeddedPackage> embedded,
                              List<String> warnings) {

    public PackageKind kind() {
        return manifest.packageKind();
    }

    public long recordCount() {
        return records.values().stream().mapToLong(List::size).sum();
    }

    @SuppressWarnings("unchecked")
    <T> List<T> recordsOf(RecordType<T> type) {
        return (List<T>) records.getOrDefault(type, List.of());
    }
}
