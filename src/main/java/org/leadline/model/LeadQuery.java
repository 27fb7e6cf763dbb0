package org.leadline.model;

import java.util.UUID;

/**
 * What the lead table asks for: filters, a sort, and the last row of the previous page (keyset paging).
 *
 * @param text     free text: every word must start a word of the value, a note or a tag
 * @param reversed the sort's opposite direction
 * @param after    the last row of the previous page, or null for the first page
 * @param scope    the leads behind one number of the operation picture, on top of the other filters
 */
public record LeadQuery(UUID operationId, LeadKind kind, Category category, String tag, String text, LeadSort sort,
                        boolean reversed, LeadSummary after, int limit, LeadScope scope) {

    public LeadQuery {
        scope = scope == null ? LeadScope.all() : scope;
    }

    /** A query over every live lead (no picture scope). */
    public LeadQuery(UUID operationId, LeadKind kind, Category category, String tag, String text, LeadSort sort,
                     boolean reversed, LeadSummary after, int limit) {
        this(operationId, kind, category, tag, text, sort, reversed, after, limit, LeadScope.all());
    }

    public static LeadQuery firstPage(UUID operationId, int limit) {
        return new LeadQuery(operationId, null, null, null, null, LeadSort.LAST_SEEN, false, null, limit);
    }

    public LeadQuery after(LeadSummary last) {
        return new LeadQuery(operationId, kind, category, tag, text, sort, reversed, last, limit, scope);
    }

    public LeadQuery withFilters(LeadKind newKind, Category newCategory, String newTag, String newText) {
        return new LeadQuery(operationId, newKind, newCategory, newTag, newText, sort, reversed, null, limit, scope);
    }

    public LeadQuery sortedBy(LeadSort newSort, boolean newReversed) {
        return new LeadQuery(operationId, kind, category, tag, text, newSort, newReversed, null, limit, scope);
    }

    public LeadQuery withScope(LeadScope newScope) {
        return new LeadQuery(operationId, kind, category, tag, text, sort, reversed, null, limit, newScope);
    }
}
