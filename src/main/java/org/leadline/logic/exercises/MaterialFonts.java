package org.leadline.logic.exercises;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;

/**
 * The fonts the material is drawn in: the first installed family that has Latin, French and Arabic glyphs (DejaVu
 * Sans, Noto Sans Arabic), else the JDK's logical sans-serif font.
 */
final class MaterialFonts {
    private static final String SAMPLE = "Passage départ € £ → رحلة من زوارة ٤٥٠٠";
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
