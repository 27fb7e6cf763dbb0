package org.leadline.ui.offers;

import java.math.BigDecimal;

/** How prices read in every offers view (and the paste dialog's suggestions): "12,000" or "1,400.5". */
public final class OfferText {
    private OfferText() {
    }

    public static String money(BigDecimal amount) {
        return OfferFormViewModel.money(amount);
    }
}
