package org.leadline.logic.packages;

/**
 * The bounds a package must keep before any of it is believed (package-format.md step 1 and 5). Each is named in
 * docs/packages.md; the defaults fit fifteen officers' action day with room to spare and stop a hostile archive early.
 *
 * @param maxEntries          entries in the archive, manifest and signature included
 * @param maxTotalBytes       unpacked bytes of all entries together, counted as they are read
 * @param maxEntryBytes       unpacked bytes of one entry (an evidence blob may be as large as the evidence limit)
 * @param maxRecordFileBytes  unpacked bytes of one records/*.jsonl file or of the manifest
 * @param maxCompressionRatio unpacked bytes per stored byte of a deflated entry (a zip bomb reaches 1000 and more)
 * @param maxJsonDepth        nesting of JSON objects and arrays
 * @param maxStringLength     characters of one JSON string
 * @param maxRecords          records in one package, all types together
 */
public record PackageLimits(
        int maxEntries,
        long maxTotalBytes,
        long maxEntryBytes,
        long maxRecordFileBytes,
        int maxCompressionRatio,
        int maxJsonDepth,
        int maxStringLength,
        long maxRecords) {

    public static final PackageLimits DEFAULT = new PackageLimits(
            200_000,
            64L * 1024 * 1024 * 1024,
            512L * 1024 * 1024,
            1024L * 1024 * 1024,
            200,
            32,
            1_000_000,
            5_000_000);
}
