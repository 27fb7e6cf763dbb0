package org.leadline.logic.selectors;

import org.leadline.model.LeadKind;

/**
 * One selector found in a text or typed by an officer.
 *
 * <p>Two components were added after the original nine, both null unless they apply: {@code chain}
 * names the blockchain of a {@link LeadKind#CRYPTO} address ("BTC", "ETH" or "TRON"), kept apart from
 * {@code platform} so that "platform" keeps meaning a social platform; {@code document} carries the
 * holder fields and check results of a document read from a machine-readable zone. The nine-argument
 * constructor of the original API is still there.
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
 * @param chain     chain of a {@link LeadKind#CRYPTO} address ("BTC", "ETH", "TRON"), else null
 * @param document  the parsed machine-readable zone of a {@link LeadKind#DOCUMENT} read from an MRZ, else null
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
        String platform,
        String chain,
        MrzDocument document) {

    /** The original nine-component form, for callers that know nothing of chains and zones. */
    public Selector(LeadKind kind, String canonical, String raw, int start, int end, boolean verified,
                    String reason, PhoneDetails phone, String platform) {
        this(kind, canonical, raw, start, end, verified, reason, phone, platform, null, null);
    }

    static Selector verified(LeadKind kind, String canonical, String raw, int start, int end) {
        return new Selector(kind, canonical, raw, start, end, true, null, null, null, null, null);
    }
}
