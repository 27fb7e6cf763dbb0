package org.leadline.logic.reports;

import java.util.UUID;

/**
 * One report: which operation, as what, under which handling label, with the officers' names masked or not, and for
 * one country only (its annex alone: what is handed to that country) or for all.
 *
 * @param country an ISO 3166-1 alpha-2 code, or null for every country's annex
 */
public record ReportRequest(UUID operationId, ReportFormat format, HandlingLabel label, boolean maskOfficers, String country) {
    public ReportRequest {
        if (operationId == null || format == null || label == null) {
            throw new IllegalArgumentException("A report needs an operation, a format and a handling label.");
        }
    }
}
