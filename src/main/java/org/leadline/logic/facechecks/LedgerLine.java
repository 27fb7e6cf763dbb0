package org.leadline.logic.facechecks;

import org.leadline.model.FaceCheck;

/** A face check with the name of the officer who made it (their fingerprint when the workspace does not know them). */
public record LedgerLine(FaceCheck check, String officer) {
}
