package org.leadline.ui.evidence;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.model.CaptureSummary;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Session;

/**
 * The operation's evidence, newest first, paged in by keyset as the officer scrolls: a grid of 10,000 captures holds
 * only the pages scrolled through, and only the visible tiles load thumbnails.
 */
public final class EvidenceGridViewModel {
    static final int PAGE = 240;

    private final Session session;
    final ObservableList<CaptureSummary> captures = FXCollections.observableArrayList();
    final IntegerProperty total = new SimpleIntegerProperty(0);
    final IntegerProperty selected = new SimpleIntegerProperty(-1);
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final BooleanProperty loadedOnce = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty("");
    private boolean exhausted;
    private long generation;

    public EvidenceGridViewModel(Session session) {
        this.session = session;
    }

    private record FirstPage(int total, List<CaptureSummary> page) {
    }

    /** The first page and the count again (the grid is shown, or something changed while it is). */
    public void reload() {
        UUID operationId = session.operationId();
        long mine = ++generation;
        if (operationId == null || session.isClosed()) {
            captures.clear();
            total.set(0);
            return;
        }
        loading.set(true);
        Background.run(() -> new FirstPage(session.evidence().count(operationId), session.evidence().page(operationId, null, PAGE)),
                first -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    exhausted = first.page().size() < PAGE;
                    UUID keep = selectedCapture() == null ? null : selectedCapture().id();
                    captures.setAll(first.page());
                    total.set(first.total());
                    error.set("");
                    int again = keep == null ? -1 : indexOf(keep);
                    selected.set(again >= 0 ? again : captures.isEmpty() ? -1 : Math.min(Math.max(selected.get(), 0), captures.size() - 1));
                    loadedOnce.set(true);
                }, failure -> {
                    if (mine == generation) {
                        loading.set(false);
                        error.set(Errors.sentence(failure));
                    }
                });
    }

    /** The next page after the last one loaded, unless one is on its way or there is no more. */
    void loadMore() {
        UUID operationId = session.operationId();
        if (loading.get() || exhausted || captures.isEmpty() || operationId == null) {
            return;
        }
        long mine = generation;
        CaptureSummary last = captures.get(captures.size() - 1);
        loading.set(true);
        Background.run(() -> session.evidence().page(operationId, last, PAGE), page -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            exhausted = page.size() < PAGE;
            captures.addAll(page);
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                error.set(Errors.sentence(failure));
            }
        });
    }

    /** How many captures the operation holds, as the grid last counted them (the bench's probe checks it). */
    public int total() {
        return total.get();
    }

    CaptureSummary selectedCapture() {
        int index = selected.get();
        return index >= 0 && index < captures.size() ? captures.get(index) : null;
    }

    /** Moves the selection by delta tiles, staying inside what is loaded; nearing the end pages in more. */
    void move(int delta) {
        if (captures.isEmpty()) {
            return;
        }
        int next = Math.max(0, Math.min(captures.size() - 1, Math.max(0, selected.get()) + delta));
        selected.set(next);
        if (next >= captures.size() - PAGE / 4) {
            loadMore();
        }
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < captures.size(); i++) {
            if (captures.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
