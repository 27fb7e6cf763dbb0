package org.leadline.logic.facechecks;

import org.leadline.model.CaptureSummary;
import org.leadline.model.FaceCheck;

/**
 * A face check with the name of the officer who made it (their fingerprint when the workspace does not know them) and
 * the face image it checked (null only if the workspace lacks that capture's record).
 */
public record LedgerLine(FaceCheck check, String officer, CaptureSummary image) {
}
