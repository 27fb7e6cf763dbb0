package org.leadline.logic.reports;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open HTML to PDF logs through java.util.logging to standard error by default, which would break the command line's
 * rule that standard error holds one sentence: its warnings go to the workspace's log instead, its chatter nowhere.
 */
final class PdfLog implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.leadline.reports.pdf");
    private static volatile boolean installed;

    private PdfLog() {
    }

    static void install() {
        if (!installed) {
            synchronized (PdfLog.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new PdfLog());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message);
        }
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
