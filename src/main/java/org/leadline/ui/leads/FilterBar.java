package org.leadline.ui.leads;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.ui.common.Choice;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/** Search (debounced in the model) and the kind, category and tag filters. */
public final class FilterBar {
    private final HBox root;
    private final TextField search = new TextField();

    public FilterBar(LeadTableViewModel model) {
        search.setId("searchField");
        search.setPromptText(Messages.get("filter.search.prompt"));
        search.textProperty().bindBidirectional(model.search);
        search.getStyleClass().add("search-field");
        StackPane searchBox = new StackPane(search, Icons.icon(Icons.SEARCH, 14, "search-icon"));
        StackPane.setAlignment(searchBox.getChildren().get(1), Pos.CENTER_LEFT);
        searchBox.getChildren().get(1).setMouseTransparent(true);
        HBox.setHgrow(searchBox, Priority.ALWAYS);
        searchBox.setMaxWidth(420);
        searchBox.setMinWidth(200);

        ComboBox<Choice<LeadKind>> kind = Choice.combo("kindFilter",
                Choice.of(Messages.get("filter.kind.all"), Arrays.asList(LeadKind.values()), Format::kind), model.kind);
        ComboBox<Choice<Category>> category = Choice.combo("categoryFilter",
                Choice.of(Messages.get("filter.category.all"), Arrays.asList(Category.values()), Format::category), model.category);
        ComboBox<Choice<String>> tag = Choice.combo("tagFilter",
                Choice.of(Messages.get("filter.tag.all"), model.tagNames(), name -> name), model.tag);
        model.tagNames().addListener((ListChangeListener<String>) change -> {
            String current = model.tag.get();
            ObservableList<Choice<String>> fresh = Choice.of(Messages.get("filter.tag.all"), model.tagNames(), name -> name);
            tag.getItems().setAll(fresh);
            Choice.select(tag, current);
        });
        kind.setPrefWidth(130);
        category.setPrefWidth(190);
        tag.setPrefWidth(150);

        Label count = new Label();
        count.setId("rowCount");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int rows = model.rows().size();
            return model.hasMore.get() ? Messages.get("filter.count.more", rows) : Messages.get("filter.count", rows);
        }, model.rows(), model.hasMore));

        Label error = Layouts.errorLine("tableError");
        error.textProperty().bind(model.error);
        error.setMaxWidth(320);

        root = new HBox(searchBox, kind, category, tag, scopeChip(model), Layouts.spacer(), error, count);
        root.getStyleClass().add("filter-bar");
        root.setAlignment(Pos.CENTER_LEFT);
    }

    /** The operation picture's drill-down as a chip: what it is, how many leads, and ✕ (or Escape) to see all leads. */
    private static HBox scopeChip(LeadTableViewModel model) {
        Label text = new Label();
        text.setId("scopeChipText");
        text.getStyleClass().add("scope-chip-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> model.scopeCount.get() < 0
                        ? Messages.get("filter.scope.counting", model.scopeLabel.get())
                        : Messages.get("filter.scope", model.scopeLabel.get(), model.scopeCount.get()),
                model.scopeLabel, model.scopeCount));
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Button clear = new javafx.scene.control.Button("✕");
        clear.setId("scopeChipClear");
        clear.getStyleClass().addAll("scope-chip-clear", "flat", "small");
        clear.setTooltip(new javafx.scene.control.Tooltip(Messages.get("filter.scope.clear")));
        clear.setOnAction(event -> model.clearScope());
        HBox chip = new HBox(text, clear);
        chip.setId("scopeChip");
        chip.getStyleClass().add("scope-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.visibleProperty().bind(model.scope.isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        return chip;
    }

    public Parent root() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
