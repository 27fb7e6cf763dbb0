package org.leadline.logic.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every report is drawn with, bundled so that a fresh machine renders Latin with accents and Arabic alike:
 * DejaVu Sans (regular and bold; its licence is beside the files).
 */
public final class ReportFonts {
    public static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/org/leadline/reports/fonts/DejaVuSans.ttf";
    static final String BOLD = "/org/leadline/reports/fonts/DejaVuSans-Bold.ttf";
    private static volatile Font regular;
    private static volatile Font bold;

    private ReportFonts() {
    }

    static InputStream open(String resource) {
        InputStream in = ReportFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The report font " + resource + " is missing from the application.");
        }
        return in;
    }

    /** The regular face for Java2D (charts), at 1 pt: derive the size. */
    static Font regular() {
        if (regular == null) {
            regular = load(REGULAR);
        }
        return regular;
    }

    static Font bold() {
        if (bold == null) {
            bold = load(BOLD);
        }
        return bold;
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The report font " + resource + " cannot be read.", e);
        }
    }
}
