package org.leadline.logic.leads;

import java.util.UUID;
import org.leadline.model.LeadKind;

/**
 * The outcome of adding one selector.
 *
 * @param newEntity true when no officer had this selector in the operation before
 */
public record AddedLead(UUID entityId, UUID recordId, LeadKind kind, String canonical, boolean verified, String reason,
                        boolean newEntity) {
}
