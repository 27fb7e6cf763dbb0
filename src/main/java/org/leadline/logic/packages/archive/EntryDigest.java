package org.leadline.logic.packages.archive;

/**
 * One entry as its bytes were written or read: the name, the number of bytes and their SHA-256 in lowercase hex. Never
 * taken from a ZIP header.
 */
public record EntryDigest(String name, long size, String sha256) {
}
