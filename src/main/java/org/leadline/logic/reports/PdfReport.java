package org.leadline.logic.reports;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The HTML report laid out as PDF by Open HTML to PDF (on PDFBox), with the bundled fonts embedded and ICU's bidi
 * splitting and Arabic shaping, so that Arabic offers read right to left with joined letters.
 */
final class PdfReport {
    private PdfReport() {
    }

    static void write(String xhtml, OutputStream out) throws IOException {
        PdfLog.install();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> ReportFonts.open(ReportFonts.REGULAR), ReportFonts.FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> ReportFonts.open(ReportFonts.BOLD), ReportFonts.FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        // Nothing may reach the network: every resource is inline (data: images) or bundled (fonts).
        builder.useUriResolver((base, uri) -> uri.startsWith("data:") ? uri : null);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }
}
