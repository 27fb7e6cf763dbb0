package org.leadline.logic.selectors;

import java.util.List;

/** Finds every selector in a free text, in order of first appearance. Full rules arrive with issue [2]. */
public final class SelectorExtractor {

    private final String defaultRegion;

    public SelectorExtractor(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public List<Selector> extract(CharSequence text) {
        return List.of();
    }

    public String defaultRegion() {
        return defaultRegion;
    }
}
