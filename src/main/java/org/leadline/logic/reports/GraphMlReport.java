package org.leadline.logic.reports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.leadline.logic.links.GraphMlWriter;
import org.leadline.logic.links.LinkGraph;

/**
 * The link chart as GraphML through logic/links' writer, with the report's metadata (operation, date, agencies,
 * handling label, TRAINING) as the document's {@code <desc>}, which GraphML allows first in {@code <graphml>} and i2,
 * Maltego and Gephi ignore or show. The chart holds leads and links, no officer's name.
 */
final class GraphMlReport {
    private GraphMlReport() {
    }

    static void write(LinkGraph graph, ReportContent.Metadata meta, OutputStream out) throws IOException {
        String desc = "<desc>" + HtmlReport.xml(description(meta)) + "</desc>\n";
        GraphMlWriter.write(graph, new DescAfterRoot(out, desc.getBytes(StandardCharsets.UTF_8)));
    }

    static String description(ReportContent.Metadata meta) {
        return (meta.training() ? "TRAINING. " : "") + meta.label().text() + ". Link chart of the operation " + meta.operation() + " ("
                + meta.operationId() + "), made " + meta.generatedAt() + " by Leadline " + meta.toolVersion() + ". Agencies: "
                + String.join(", ", meta.agencies()) + ". " + meta.label().meaning();
    }

    /** Writes {@code insert} right after the end of the first {@code <graphml …>} start tag, passing everything else through. */
    private static final class DescAfterRoot extends FilterOutputStream {
        private static final byte[] ROOT = "<graphml".getBytes(StandardCharsets.US_ASCII);
        private final byte[] insert;
        private int matched;
        private boolean inRoot;
        private boolean done;

        DescAfterRoot(OutputStream out, byte[] insert) {
            super(out);
            this.insert = insert;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (done) {
                return;
            }
            if (inRoot) {
                if (b == '>') {
                    out.write('\n');
                    out.write(insert);
                    done = true;
                }
            } else if (b == ROOT[matched]) {
                matched++;
                inRoot = matched == ROOT.length;
            } else {
                matched = b == ROOT[0] ? 1 : 0;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (done) {
                out.write(b, off, len);
                return;
            }
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
