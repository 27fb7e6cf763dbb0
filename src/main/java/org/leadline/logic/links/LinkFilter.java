package org.leadline.logic.links;

import java.util.EnumSet;
import java.util.Set;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;

/** Which leads the chart shows: those of one of the kinds and one of the categories. */
public record LinkFilter(Set<LeadKind> kinds, Set<Category> categories) {
    public static final LinkFilter ALL = new LinkFilter(EnumSet.allOf(LeadKind.class), EnumSet.allOf(Category.class));

    public LinkFilter {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    public boolean matches(LinkNode node) {
        return kinds.contains(node.kind()) && categories.contains(node.category());
    }

    public boolean isAll() {
        return kinds.size() == LeadKind.values().length && categories.size() == Category.values().length;
    }

    public LinkFilter withKinds(Set<LeadKind> chosen) {
        return new LinkFilter(chosen, categories);
    }

    public LinkFilter withCategories(Set<Category> chosen) {
        return new LinkFilter(kinds, chosen);
    }
}
