/**
 * The ZIP layer of lead packages (package-format.md): {@link org.leadline.logic.packages.archive.PackageArchiveWriter}
 * writes an archive, {@link org.leadline.logic.packages.archive.PackageArchive} opens one and does step 1 (archive) of
 * the verification. Manifest, signature, records and import are built on top and know nothing of ZIP.
 *
 * <h2>Step 1, where package-format.md leaves the choice</h2>
 * <ul>
 *   <li>Names: exactly {@code leadpack.json}, {@code leadpack.sig}, {@code records/<type>.jsonl} with type
 *       {@code [a-z][a-z0-9-]{0,40}}, or {@code blobs/<64 lowercase hex>}; the raw bytes of the central directory must
 *       be UTF-8 (a Unicode path extra field is never read). Backslashes, absolute paths, drive letters and {@code ..}
 *       are refused with a sentence of their own; two names equal when lower-cased are refused, since they would
 *       overwrite each other on Windows and macOS. Entries for the folders {@code records/} and {@code blobs/} are
 *       accepted and ignored (some ZIP tools add them); no other folder.</li>
 *   <li>Kinds: a unix file type in the external attributes other than file or folder is refused (symbolic links,
 *       devices, pipes) whatever "made by" system the entry claims; a file marked as a folder is refused.</li>
 *   <li>Structure: the archive fills the file, with no bytes before its first entry or after its end record, so a
 *       package cannot also be a picture or a script; one disk only; the end record's count matches the directory;
 *       every local header repeats its directory record (name, method, encryption flags, and CRC and sizes when no
 *       data descriptor follows); no two entries share bytes (sorted by offset, each local header starts after the
 *       previous entry's data). Encrypted entries and methods other than stored and deflated are refused.</li>
 *   <li>Bounds ({@link org.leadline.logic.packages.PackageLimits}): the entry count is checked on the end record and
 *       again while walking the central directory, before commons-compress loads it. Declared sizes are refused early
 *       against the entry bound (the record-file bound for the manifest, signature and records; the entry bound for
 *       blobs), their sum against the total, and size over compressed size against the ratio; then the same bounds
 *       hold for the bytes actually read, whatever the headers said: per entry, running total (an entry read twice
 *       counts once) and ratio of bytes produced to compressed bytes consumed. The ratio is applied once an entry has
 *       produced more than 64 KiB, so a small file of one repeated byte is not a bomb; the same ratio bounds the
 *       declared total over the file's size once the total passes 1 MiB, so that thousands of small entries, each
 *       under 64 KiB, cannot make a small file unpack to gigabytes. At the end of an entry its size and CRC-32 must
 *       be the declared ones (so a header cannot understate what the bounds checked on open).</li>
 *   <li>Refusals: every problem is a {@link org.leadline.logic.packages.PackageRefusedException} of step 1 with the
 *       entry (or null for the archive as a whole) and one sentence. A refused name is shown with every byte outside
 *       printable ASCII escaped as {@code \xNN}, and cut at 100 bytes, so that it cannot break the sentence.</li>
 * </ul>
 *
 * <h2>Speed</h2>
 * Blobs are stored (images are compressed already), records deflated. The writer hashes as bytes pass and gathers
 * its writes in 1 MiB system calls; {@link org.leadline.logic.packages.archive.PackageArchive#digestAll} hashes
 * entries on every core, reading the file by position so that threads share no file pointer.
 */
package org.leadline.logic.packages.archive;
