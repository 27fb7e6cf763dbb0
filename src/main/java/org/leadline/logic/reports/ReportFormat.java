package org.leadline.logic.reports;

import java.util.Locale;

/** What a report is written as, with the file extension it gets. */
public enum ReportFormat {
    /** The operation report laid out for print: the HTML report through Open HTML to PDF. */
    PDF("pdf"),
    /** The same report as one self-contained HTML file (charts inline). */
    HTML("html"),
    /** One CSV file per record type (leads, phones, documents, offers, routes, officers), together in one ZIP file. */
    CSV("zip"),
    /** A STIX 2.1 bundle: identities of the agencies, observables for every lead, indicators for the facilitators. */
    STIX("json"),
    /** The link chart as GraphML (logic/links' writer) for i2 Analyst's Notebook, Maltego or Gephi, with the report's metadata. */
    GRAPHML("graphml");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportFormat parse(String written) {
        for (ReportFormat format : values()) {
            if (format.wireName().equalsIgnoreCase(written == null ? "" : written.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("The report format '" + written + "' is not one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(ReportFormat::wireName).toList()) + ".");
    }
}
