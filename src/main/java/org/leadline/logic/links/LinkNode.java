package org.leadline.logic.links;

import java.util.UUID;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;

/**
 * A lead entity on the chart. {@code mergedInto} names the entity it was merged into by hand (it then has no records
 * of its own and is linked to that survivor only). Nodes are equal by id alone, so that graphs hash them cheaply.
 *
 * @param region the phone's country (ISO 3166 alpha-2), or null
 */
public record LinkNode(UUID id, LeadKind kind, String canonical, Category category, String region, UUID mergedInto) {

    public boolean possibleFacilitator() {
        return category == Category.POSSIBLE_FACILITATOR;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkNode node && node.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
