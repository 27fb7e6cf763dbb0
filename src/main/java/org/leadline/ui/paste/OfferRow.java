package org.leadline.ui.paste;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferSuggestion;
import org.leadline.model.PriceUnit;
import org.leadline.ui.common.Messages;

/**
 * One offer suggested from the post: its draft (as read, or as the officer corrected it in the offer form) and
 * whether it is to be recorded. Unchecked at first: the officer confirms each suggested offer.
 */
public final class OfferRow {
    final ObjectProperty<OfferDraft> draft = new SimpleObjectProperty<>();
    final BooleanProperty checked = new SimpleBooleanProperty(false);
    final BooleanProperty corrected = new SimpleBooleanProperty(false);

    OfferRow(OfferSuggestion suggestion) {
        draft.set(new OfferDraft(suggestion.type(), suggestion.offeredText(),
                suggestion.price() == null ? null : suggestion.price().amount(),
                suggestion.price() == null ? null : suggestion.price().currency(),
                suggestion.unit() == null ? PriceUnit.UNKNOWN : suggestion.unit(),
                suggestion.route() == null ? null : suggestion.route().from(),
                suggestion.route() == null ? java.util.List.of() : suggestion.route().via(),
                suggestion.route() == null ? null : suggestion.route().to(),
                suggestion.transport(), null, null, java.util.List.of(), java.util.List.of(), null, null));
    }

    public OfferDraft draft() {
        return draft.get();
    }

    public boolean isChecked() {
        return checked.get();
    }

    public void setChecked(boolean value) {
        checked.set(value);
    }

    Observable[] observables() {
        return new Observable[] {draft, checked};
    }

    /** "Travel · 12,000 EUR / person · LY → IT · boat". */
    public String describe() {
        OfferDraft d = draft.get();
        StringBuilder out = new StringBuilder(Messages.get("offer.type." + d.type().wireName()));
        out.append(" · ");
        if (d.amount() == null) {
            out.append(Messages.get("paste.offer.noPrice"));
        } else {
            out.append(org.leadline.ui.offers.OfferText.money(d.amount())).append(' ').append(d.currency());
            if (d.unit() != null && d.unit() != PriceUnit.UNKNOWN) {
                out.append(" / ").append(Messages.get("offer.unit." + d.unit().wireName()));
            }
        }
        out.append(" · ");
        if (d.from() == null || d.to() == null) {
            out.append(Messages.get("paste.offer.noRoute"));
        } else {
            out.append(d.from());
            d.via().forEach(stop -> out.append(" → ").append(stop));
            out.append(" → ").append(d.to());
        }
        if (d.transport() != null) {
            out.append(" · ").append(Messages.get("offer.transport." + d.transport().wireName()));
        }
        return out.toString();
    }
}
