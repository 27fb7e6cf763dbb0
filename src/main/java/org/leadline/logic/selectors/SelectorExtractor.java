package org.leadline.logic.selectors;

import java.util.List;

/**
 * Finds every selector in a free text (a copied post, a chat export, an advert).
 *
 * <p>Returns them in order of first appearance, each (kind, canonical) once with the span of its
 * first occurrence; the handle a profile URL yields comes right after that URL. Values that look
 * like a selector but do not normalise are returned unverified with their reason, never dropped.
 * Extraction is linear in the length of the text and safe to call from several threads.
 */
public final class SelectorExtractor {

    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region for numbers written without a country prefix (e.g. "FR"), may be null */
    public SelectorExtractor(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public List<Selector> extract(CharSequence text) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        return List.copyOf(new TextScan(text, defaultRegion).run());
    }

    public String defaultRegion() {
        return defaultRegion;
    }
}
