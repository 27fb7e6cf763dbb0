package org.leadline.ui.leads;

import java.util.List;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.util.Duration;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadScope;
import org.leadline.model.LeadSort;
import org.leadline.model.LeadSummary;
import org.leadline.model.Tag;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Session;

/**
 * The lead table's rows: filtered, sorted and paged in the database (keyset paging). Only the pages the officer
 * scrolled through are in memory; a refresh reloads as many rows as were showing so the scroll position holds.
 */
public final class LeadTableViewModel {
    static final int PAGE_SIZE = 100;
    static final int MAX_RELOAD = 1000;
    static final Duration SEARCH_DELAY = Duration.millis(200);

    private final Session session;
    private final ObservableList<LeadSummary> rows = FXCollections.observableArrayList();
    private final ObservableMap<String, String> tagColors = FXCollections.observableHashMap();
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    final ObjectProperty<LeadKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<LeadSort> sort = new SimpleObjectProperty<>(LeadSort.LAST_SEEN);
    final BooleanProperty reversed = new SimpleBooleanProperty(false);
    final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final BooleanProperty loadedOnce = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty("");
    final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    /** The leads behind a number of the operation picture, or null: shown as a removable chip above the table. */
    final ObjectProperty<LeadScope> scope = new SimpleObjectProperty<>();
    /** What the chip says the scope is ("Phone numbers in Libya"). */
    final StringProperty scopeLabel = new SimpleStringProperty("");
    /** How many leads the scope holds (all of them, not only the pages loaded), or -1 while it is counted. */
    final javafx.beans.property.IntegerProperty scopeCount = new javafx.beans.property.SimpleIntegerProperty(-1);
    private final BooleanBinding filtered;
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private String appliedSearch = "";
    private long generation;
    /** Called after the rows were replaced, so that the view can select {@link #selected} again. */
    private Runnable afterReplace = () -> { };

    public LeadTableViewModel(Session session) {
        this.session = session;
        filtered = Bindings.createBooleanBinding(() -> kind.get() != null || category.get() != null || tag.get() != null
                || !search.get().isBlank() || scope.get() != null, kind, category, tag, search, scope);
        scope.addListener((obs, a, b) -> {
            reload(false);
            countScope();
        });
        kind.addListener((obs, a, b) -> reload(false));
        category.addListener((obs, a, b) -> reload(false));
        tag.addListener((obs, a, b) -> reload(false));
        searchDelay.setOnFinished(event -> applySearch());
        search.addListener((obs, a, b) -> searchDelay.playFromStart());
        session.revisionProperty().addListener((obs, a, b) -> refresh());
        session.operationProperty().addListener((obs, a, b) -> {
            selected.set(null);
            loadedOnce.set(false);
            clearFilters();
            refresh();
        });
    }

    public ObservableList<LeadSummary> rows() {
        return rows;
    }

    public ObservableMap<String, String> tagColors() {
        return tagColors;
    }

    public ObservableList<String> tagNames() {
        return tagNames;
    }

    public BooleanProperty loadedOnceProperty() {
        return loadedOnce;
    }

    public BooleanBinding filteredBinding() {
        return filtered;
    }

    void setAfterReplace(Runnable afterReplace) {
        this.afterReplace = afterReplace;
    }

    /** Escape: the search goes, then the picture's scope. Returns whether there was anything to clear. */
    public boolean clearSearch() {
        if (!search.get().isEmpty()) {
            search.set("");
            applySearch();
            return true;
        }
        if (scope.get() != null) {
            clearScope();
            return true;
        }
        return false;
    }

    /** Shows exactly the leads behind a number of the operation picture, the other filters cleared. */
    public void showScope(LeadScope newScope, String label) {
        clearTableFilters();
        scopeLabel.set(label);
        if (newScope.equals(scope.get())) {
            reload(false);
            countScope();
        } else {
            scope.set(newScope);
        }
    }

    public void clearScope() {
        scope.set(null);
        scopeLabel.set("");
    }

    public ObjectProperty<LeadScope> scopeProperty() {
        return scope;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty scopeCountProperty() {
        return scopeCount;
    }

    /** Counts the scope's leads in the background (the table loads only its first page). */
    private void countScope() {
        LeadScope counted = scope.get();
        UUID operationId = session.operationId();
        scopeCount.set(-1);
        if (counted == null || operationId == null || session.isClosed()) {
            return;
        }
        Background.run(() -> new org.leadline.logic.picture.PictureService(session.workspace()).count(operationId, counted), n -> {
            if (counted.equals(scope.get())) {
                scopeCount.set(n);
            }
        }, failure -> error.set(Errors.sentence(failure)));
    }

    void clearFilters() {
        clearTableFilters();
        clearScope();
    }

    /** The search and the kind, category and tag filters; the picture's scope stays. */
    private void clearTableFilters() {
        searchDelay.stop();
        search.set("");
        appliedSearch = "";
        kind.set(null);
        category.set(null);
        tag.set(null);
    }

    private void applySearch() {
        searchDelay.stop();
        String now = search.get().strip();
        if (!now.equals(appliedSearch)) {
            appliedSearch = now;
            reload(false);
        }
    }

    /** A column header was clicked: same sort again reverses it, another sort starts in its natural direction. */
    void sortBy(LeadSort newSort) {
        if (newSort == sort.get()) {
            reversed.set(!reversed.get());
        } else {
            sort.set(newSort);
            reversed.set(false);
        }
        reload(false);
    }

    /** Reloads after a change, keeping as many rows as were showing, and the tag list. */
    public void refresh() {
        reload(true);
        loadTags();
        if (scope.get() != null) {
            countScope();
        }
    }

    private LeadQuery query(int limit) {
        UUID operationId = session.operationId();
        String text = appliedSearch.isBlank() ? null : appliedSearch;
        return LeadQuery.firstPage(operationId, limit)
                .withFilters(kind.get(), category.get(), tag.get(), text)
                .sortedBy(sort.get(), reversed.get())
                .withScope(scope.get());
    }

    void reload(boolean keepSize) {
        long mine = ++generation;
        if (session.operationId() == null || session.isClosed()) {
            rows.clear();
            hasMore.set(false);
            return;
        }
        int limit = keepSize ? Math.min(MAX_RELOAD, Math.max(PAGE_SIZE, rows.size())) : PAGE_SIZE;
        // One row more than is shown says whether there are more: a page that is exactly full (100 leads of 100) is not.
        LeadQuery query = query(limit + 1);
        loading.set(true);
        Background.run(() -> session.leads().page(query), page -> {
            if (mine != generation) {
                return;
            }
            error.set("");
            // Still "loading" while the rows are replaced, so that the table's selection survives the swap.
            rows.setAll(shown(page, limit));
            hasMore.set(page.size() > limit);
            afterReplace.run();
            loading.set(false);
            loadedOnce.set(true);
        }, failure -> failed(mine, failure));
    }

    /** Loads the next page after the last row, when the officer scrolls near the end. */
    void loadMore() {
        if (!hasMore.get() || loading.get() || rows.isEmpty() || session.operationId() == null) {
            return;
        }
        long mine = generation;
        LeadQuery query = query(PAGE_SIZE + 1).after(rows.get(rows.size() - 1));
        loading.set(true);
        Background.run(() -> session.leads().page(query), page -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            rows.addAll(shown(page, PAGE_SIZE));
            hasMore.set(page.size() > PAGE_SIZE);
        }, failure -> failed(mine, failure));
    }

    private static List<LeadSummary> shown(List<LeadSummary> page, int limit) {
        return page.size() > limit ? page.subList(0, limit) : page;
    }

    private void failed(long mine, Throwable failure) {
        if (mine == generation) {
            loading.set(false);
            error.set(Errors.sentence(failure));
        }
    }

    private void loadTags() {
        UUID operationId = session.operationId();
        if (operationId == null || session.isClosed()) {
            return;
        }
        Background.run(() -> session.leads().tags(operationId), tags -> {
            if (!operationId.equals(session.operationId())) {
                return;
            }
            tagColors.clear();
            for (Tag each : tags) {
                tagColors.put(each.name(), each.color());
            }
            List<String> names = tags.stream().map(Tag::name).sorted().toList();
            if (!names.equals(tagNames)) {
                tagNames.setAll(names);
            }
        }, failure -> error.set(Errors.sentence(failure)));
    }
}
