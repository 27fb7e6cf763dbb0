package org.leadline.ui.paste;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.leadline.logic.leads.PasteService;
import org.leadline.logic.selectors.Selector;

/** One selector found in the post, as the list shows it: the officer confirms, corrects or drops it. */
public final class PasteRow {
    /** Not known in the operation yet. */
    static final int NEW = -1;

    final ObjectProperty<Selector> selector;
    /** Sightings of the known lead, or {@link #NEW}. */
    final IntegerProperty timesSeen;
    final BooleanProperty confirmed;
    final BooleanProperty corrected = new SimpleBooleanProperty(false);

    PasteRow(PasteService.Found found) {
        selector = new SimpleObjectProperty<>(found.selector());
        timesSeen = new SimpleIntegerProperty(found.known().isPresent() ? found.timesSeen() : NEW);
        confirmed = new SimpleBooleanProperty(found.selector().verified());
    }

    /** What the list and the text highlights redraw on. */
    Observable[] observables() {
        return new Observable[] {selector, timesSeen, confirmed};
    }

    public Selector selector() {
        return selector.get();
    }

    public boolean isConfirmed() {
        return confirmed.get();
    }

    public boolean known() {
        return timesSeen.get() != NEW;
    }

    int start() {
        return selector.get().start();
    }

    int end() {
        return selector.get().end();
    }
}
