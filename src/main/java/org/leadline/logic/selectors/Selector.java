package org.leadline.logic.selectors;

import org.leadline.model.LeadKind;

/**
 * One selector found in a text or typed by an officer.
 *
 * @param kind      what it is
 * @param canonical the canonical value of the selectors contract; for an unverified selector, the cleaned raw text
 * @param raw       the text as it stood in the source
 * @param start     start of the span in the source text (inclusive, UTF-16 index)
 * @param end       end of the span (exclusive)
 * @param verified  false when the value looks like a selector but did not normalise
 * @param reason    why it is unverified, one sentence; null when verified
 * @param phone     phone details, only for {@link LeadKind#PHONE}
 * @param platform  platform name for {@link LeadKind#HANDLE} (e.g. "telegram", "unknown"), else null
 */
public record Selector(
        LeadKind kind,
        String canonical,
        String raw,
        int start,
        int end,
        boolean verified,
        String reason,
        PhoneDetails phone,
        String platform) {
}
