package org.leadline.logic.reports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The report template of issue [6] for documents other than the operation report (the training debrief of issue
 * [7]): the same page, header, handling label, footer and TRAINING watermark around another body, laid out as PDF by
 * the same engine.
 */
public final class ReportDocument {
    private ReportDocument() {
    }

    /** The template filled: {@code body} is XHTML made with {@link #escape} for every text it holds. */
    public static String page(String title, String header, String footer, HandlingLabel label, boolean training, String body) {
        return HtmlReport.templateText()
                .replace("{{title}}", escape(title))
                .replace("{{labelColour}}", label.colour())
                .replace("{{footer}}", footer.replace("\\", "\\\\").replace("\"", "\\\""))
                .replace("{{header}}", escape(header) + (training ? " · <b>TRAINING</b>" : ""))
                .replace("{{label}}", escape(label.text()))
                .replace("{{watermark}}", training ? "<div class=\"watermark\">TRAINING</div>" : "")
                .replace("{{body}}", body);
    }

    public static String escape(String text) {
        return HtmlReport.xml(text);
    }

    public static void pdf(String xhtml, OutputStream out) throws IOException {
        PdfReport.write(xhtml, out);
    }
}
