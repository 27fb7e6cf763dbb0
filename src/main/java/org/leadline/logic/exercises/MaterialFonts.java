package org.leadline.logic.exercises;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;

/**
 * The fonts the material is drawn in: DejaVu Sans as the reports bundle it (Latin, French and Arabic glyphs on any
 * machine, fonts installed or not), else the first installed family that draws them, else the JDK's sans-serif.
 */
final class MaterialFonts {
    private static final String SAMPLE = "Passage départ € £ → رحلة من زوارة ٤٥٠٠";
    private static final boolean BUNDLED = register("/org/leadline/reports/fonts/DejaVuSans.ttf")
            & register("/org/leadline/reports/fonts/DejaVuSans-Bold.ttf");
    private static final String FAMILY = pick(List.of("DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "FreeSans", "Arial"), Font.SANS_SERIF);
    private static final String MONO = pick(List.of("DejaVu Sans Mono", "Noto Sans Mono", "FreeMono", "Courier New"), Font.MONOSPACED);

    private MaterialFonts() {
    }

    static Font regular(int size) {
        return new Font(FAMILY, Font.PLAIN, size);
    }

    static Font bold(int size) {
        return new Font(FAMILY, Font.BOLD, size);
    }

    static Font mono(int size) {
        return new Font(MONO, Font.BOLD, size);
    }

    /** Whether the material's text font draws every glyph of the text (tests check the Arabic). */
    static boolean draws(String text) {
        return regular(18).canDisplayUpTo(text) < 0;
    }

    /** Makes a bundled font known to Java2D by its family name; false when it cannot be read. */
    private static boolean register(String resource) {
        try (java.io.InputStream in = MaterialFonts.class.getResourceAsStream(resource)) {
            return in != null && GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (java.io.IOException | java.awt.FontFormatException e) {
            return false;
        }
    }

    private static String pick(List<String> families, String fallback) {
        List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : families) {
            if (installed.contains(family) && (families.get(0).contains("Mono") || new Font(family, Font.PLAIN, 18).canDisplayUpTo(SAMPLE) < 0)) {
                return family;
            }
        }
        return fallback;
    }
}
