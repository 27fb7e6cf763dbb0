package org.leadline.logic.packages;

/**
 * A package a merged package was made from, carried in {@code records/packages.jsonl} as its signed manifest and
 * signature, so that a record can be traced to the officer who made it after any number of hops.
 */
public record EmbeddedPackage(Manifest manifest, byte[] manifestBytes, byte[] signature) {
    static final String NAME = "packages";
    static final String PATH = "records/packages.jsonl";

    /** One line of records/packages.jsonl: base64 of the exact manifest bytes and of their signature. */
    record Wire(String manifest, String signature) {
    }
}
