package org.leadline.ui.leads;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leadline.logic.leads.LeadDetails;
import org.leadline.logic.leads.LeadMerges;
import org.leadline.logic.leads.Provenance;
import org.leadline.model.AuditEntry;
import org.leadline.model.Category;
import org.leadline.model.Lead;
import org.leadline.model.LeadStatus;
import org.leadline.model.LeadSummary;
import org.leadline.model.Note;
import org.leadline.model.Sighting;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/** Everything about the selected lead, and its edits: category, tags, notes; sightings and history read-only. */
public final class DetailPane {
    /** History lines shown; the audit log keeps all. */
    private static final int HISTORY_LINES = 30;

    private final DetailViewModel model;
    private final ObservableMap<String, String> tagColors;
    private final StackPane root = new StackPane();
    private final ScrollPane scroll;
    private final VBox content = new VBox();
    private final Label value = new Label();
    private final Label kind = new Label();
    private final HBox status = new HBox();
    private final Label provenance = new Label();
    private final Label seen = new Label();
    private final Tooltip finders = new Tooltip();
    private final ComboBox<Category> category = new ComboBox<>();
    private final FlowPane tags = new FlowPane();
    private final TextField tagField = new TextField();
    private final VBox notes = new VBox();
    private final TextField noteField = new TextField();
    private final VBox sightings = new VBox();
    private final VBox history = new VBox();
    private final VBox suggestions = new VBox();
    private final VBox merged = new VBox();
    private final VBox notesSection;
    private boolean updating;

    public DetailPane(DetailViewModel model, ObservableMap<String, String> tagColors) {
        this.model = model;
        this.tagColors = tagColors;
        root.setId("detailPane");
        root.getStyleClass().add("detail-pane");

        value.setId("detailValue");
        value.getStyleClass().add("detail-value");
        value.setWrapText(true);
        kind.getStyleClass().add("kind-badge");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        status.getStyleClass().add("detail-status");
        status.setAlignment(Pos.CENTER_LEFT);
        provenance.setId("detailProvenance");
        provenance.getStyleClass().addAll("detail-provenance", "detail-found-by");
        provenance.setWrapText(true);
        provenance.setTooltip(finders);
        finders.setShowDelay(javafx.util.Duration.millis(300));
        seen.setId("detailSeen");
        seen.getStyleClass().add("detail-provenance");
        HBox kindLine = new HBox(kind, status);
        kindLine.setAlignment(Pos.CENTER_LEFT);
        kindLine.getStyleClass().add("detail-kind-line");

        category.setId("categoryChooser");
        category.getItems().setAll(Arrays.asList(Category.values()));
        category.setCellFactory(list -> new CategoryCell());
        category.setButtonCell(new CategoryCell());
        category.setMaxWidth(Double.MAX_VALUE);
        category.valueProperty().addListener((obs, before, after) -> {
            if (!updating && after != null) {
                model.setCategory(after);
            }
        });

        tags.setId("detailTags");
        tags.getStyleClass().add("detail-tags");
        tagField.setId("tagField");
        tagField.setPromptText(Messages.get("detail.tags.prompt"));
        tagField.setOnAction(event -> {
            String text = tagField.getText();
            if (!text.isBlank()) {
                model.addTag(text);
                tagField.clear();
            }
        });

        notes.getStyleClass().add("detail-list");
        noteField.setId("noteField");
        noteField.setPromptText(Messages.get("detail.notes.prompt"));
        HBox.setHgrow(noteField, Priority.ALWAYS);
        Button addNote = new Button(Messages.get("detail.notes.add"));
        addNote.setId("addNoteButton");
        Runnable submitNote = () -> model.addNote(noteField.getText(), noteField::clear);
        addNote.setOnAction(event -> submitNote.run());
        noteField.setOnAction(event -> submitNote.run());
        HBox noteLine = new HBox(noteField, addNote);
        noteLine.getStyleClass().add("inline-row");

        sightings.getStyleClass().add("detail-list");
        history.getStyleClass().add("detail-list");

        Button delete = new Button(Messages.get("detail.delete"));
        delete.setId("deleteLeadButton");
        delete.getStyleClass().addAll("danger", "flat");
        delete.setOnAction(event -> confirmDelete());
        HBox deleteLine = new HBox(delete);
        deleteLine.setAlignment(Pos.CENTER_RIGHT);

        Label error = Layouts.errorLine("detailError");
        error.textProperty().bind(model.error);

        VBox suggestionBox = box("detail.suggestions", "merge-section", "suggestionsSection", suggestions);
        suggestionBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.suggestions));
        VBox mergedBox = box("detail.merges", "merged-section", "mergedSection", merged);
        mergedBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.merges));
        suggestions.getStyleClass().add("detail-list");
        merged.getStyleClass().add("detail-list");
        model.suggestions.addListener((javafx.collections.ListChangeListener<LeadMerges.Suggestion>) change -> showSuggestions());
        model.merges.addListener((javafx.collections.ListChangeListener<DetailViewModel.MergeLine>) change -> showMerges());

        notesSection = section("detail.notes", notes, noteLine);
        content.getChildren().addAll(
                value, kindLine, provenance, seen, error, suggestionBox, mergedBox,
                section("detail.category", category),
                section("detail.tags", tags, tagField),
                notesSection,
                section("detail.sightings", sightings),
                section("detail.history", history),
                deleteLine);
        content.getStyleClass().add("detail-content");
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("detail-scroll");

        VBox placeholder = new VBox(Icons.icon(Icons.LEAD, 36, "placeholder-icon"),
                Layouts.label("detail.none", "placeholder-title"), Layouts.label("detail.none.hint", "placeholder-hint"));
        placeholder.setAlignment(Pos.CENTER);
        placeholder.getStyleClass().add("detail-placeholder");
        placeholder.setId("detailPlaceholder");
        ((Label) placeholder.getChildren().get(2)).setWrapText(true);

        // The lead's fields join the scene when a lead is first shown: at start-up, styling, skinning and laying out
        // them behind the placeholder was part of the window's first layout pass.
        root.getChildren().setAll(placeholder);
        scroll.visibleProperty().bind(model.details.isNotNull());
        placeholder.visibleProperty().bind(model.details.isNull());
        model.details.addListener((obs, before, after) -> show(after, before));
    }

    public Parent root() {
        return root;
    }

    /** Adds a section of another screen's (the lead's evidence) between the tags and the notes. */
    public void addSection(Node section) {
        content.getChildren().add(content.getChildren().indexOf(notesSection), section);
    }

    public boolean hasLead() {
        return model.details.get() != null;
    }

    public void focusTagField() {
        if (hasLead()) {
            tagField.requestFocus();
        }
    }

    /** Ctrl+digit: the category, as if chosen in the combo box. */
    public void chooseCategory(Category chosen) {
        if (hasLead() && chosen != null) {
            category.setValue(chosen);
        }
    }

    /** Delete: asks first, then deletes the officer's own record of the lead. */
    public void confirmDelete() {
        LeadDetails current = model.details.get();
        if (current == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, ButtonType.OK);
        confirm.setTitle(Messages.get("detail.delete.title"));
        confirm.setHeaderText(Messages.get("detail.delete.header", current.summary().canonical()));
        confirm.setContentText(Messages.get("detail.delete.text"));
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText(Messages.get("detail.delete.confirm"));
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            model.delete(() -> { });
        }
    }

    private static VBox box(String key, String styleClass, String id, Node list) {
        VBox box = new VBox(Layouts.label(key, "section-title"), list);
        box.getStyleClass().add(styleClass);
        box.setId(id);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showSuggestions() {
        List<Node> lines = new java.util.ArrayList<>();
        for (int i = 0; i < model.suggestions.size(); i++) {
            LeadMerges.Suggestion suggestion = model.suggestions.get(i);
            Button merge = new Button(Messages.get("detail.suggestions.merge"));
            merge.setId("mergeSuggestion" + i);
            merge.getStyleClass().addAll("small", "merge-button");
            merge.setMinWidth(Region.USE_PREF_SIZE);
            String current = model.details.get() == null ? "" : model.details.get().summary().canonical();
            merge.setTooltip(new Tooltip(Messages.get("detail.suggestions.merge.tooltip", suggestion.lead().canonical(), current)));
            merge.setOnAction(event -> confirmMerge(suggestion.lead()));
            lines.add(mergeEntry(suggestion.lead().canonical(), suggestion.reason(), merge));
        }
        suggestions.getChildren().setAll(lines);
    }

    private void showMerges() {
        List<Node> lines = new java.util.ArrayList<>();
        for (int i = 0; i < model.merges.size(); i++) {
            DetailViewModel.MergeLine line = model.merges.get(i);
            Button undo = new Button(Messages.get("detail.merges.undo"));
            undo.setId("undoMerge" + i);
            undo.getStyleClass().addAll("small", "undo-merge-button");
            undo.setMinWidth(Region.USE_PREF_SIZE);
            undo.setOnAction(event -> model.undoMerge(line.merge()));
            lines.add(mergeEntry(line.value(), Messages.get("detail.byAt", line.by(), Format.dateTime(line.merge().mergedAt())), undo));
        }
        merged.getChildren().setAll(lines);
    }

    private static Node mergeEntry(String value, String meta, Button action) {
        Label text = Layouts.text(value, "merge-value");
        text.setWrapText(true);
        Label sub = Layouts.text(meta, "entry-meta");
        sub.setWrapText(true);
        VBox words = new VBox(text, sub);
        words.getStyleClass().add("detail-entry");
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox line = new HBox(words, action);
        line.getStyleClass().add("merge-entry");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Asks first, naming both values, then merges the other lead into the selected one. */
    void confirmMerge(LeadSummary other) {
        LeadDetails current = model.details.get();
        if (current == null) {
            return;
        }
        String survivor = current.summary().canonical();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, ButtonType.OK);
        confirm.setTitle(Messages.get("detail.merge.title"));
        confirm.setHeaderText(Messages.get("detail.merge.header", other.canonical(), survivor));
        confirm.setContentText(Messages.get("detail.merge.text", other.canonical(), survivor));
        Button ok = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Messages.get("detail.merge.confirm"));
        ok.setId("confirmMergeButton");
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
            confirm.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            model.merge(other);
        }
    }

    private void show(LeadDetails details, LeadDetails before) {
        if (details == null) {
            return;
        }
        if (scroll.getParent() == null) {
            root.getChildren().add(scroll);
        }
        LeadSummary summary = details.summary();
        boolean sameLead = before != null && before.summary().id().equals(summary.id());
        value.setText(summary.canonical());
        kind.setText(Format.kind(summary.kind()));
        kind.getStyleClass().removeIf(style -> style.startsWith("kind-") && !style.equals("kind-badge"));
        kind.getStyleClass().add("kind-" + summary.kind().wireName());
        status.getChildren().setAll(statusLine(details));
        Provenance found = model.provenance.get();
        provenance.setText(found == null ? "" : ProvenanceText.line(found, java.time.ZoneId.systemDefault()));
        finders.setText(found == null ? "" : ProvenanceText.tooltip(found));
        seen.setText(Messages.get("detail.seen", summary.sightings(), Format.dateTime(summary.firstSeen())));
        updating = true;
        try {
            category.setValue(summary.category());
        } finally {
            updating = false;
        }
        tags.getChildren().setAll(summary.tags().stream()
                .map(name -> TagChips.chip(name, tagColors.get(name), model::removeTag)).toList());
        if (summary.tags().isEmpty()) {
            tags.getChildren().setAll(Layouts.label("detail.tags.none", "muted"));
        }
        notes.getChildren().setAll(noteLines(details));
        sightings.getChildren().setAll(sightingLines(details));
        history.getChildren().setAll(historyLines(details));
        if (!sameLead) {
            tagField.clear();
            noteField.clear();
        }
    }

    private static List<Node> statusLine(LeadDetails details) {
        if (details.summary().status() == LeadStatus.VERIFIED) {
            return List.of(Icons.icon(Icons.CHECK, 13, "icon-success"), Layouts.label("detail.verified", "status-verified"));
        }
        String reason = details.records().stream().map(Lead::reason).filter(Objects::nonNull).findFirst()
                .orElse(Messages.get("detail.unverified.noReason"));
        Label text = Layouts.text(Messages.get("detail.unverified", reason), "status-unverified");
        text.setWrapText(true);
        text.setId("detailReason");
        return List.of(Icons.icon(Icons.WARNING, 13, "icon-warning"), text);
    }

    private static List<Node> noteLines(LeadDetails details) {
        if (details.notes().isEmpty()) {
            return List.of(Layouts.label("detail.notes.none", "muted"));
        }
        return details.notes().stream().filter(note -> !note.deleted())
                .sorted(Comparator.comparing(Note::createdAt).reversed())
                .map(note -> entry(note.text(), Messages.get("detail.byAt", details.officerName(note.origin()),
                        Format.dateTime(note.createdAt()))))
                .toList();
    }

    private static List<Node> sightingLines(LeadDetails details) {
        if (details.sightings().isEmpty()) {
            return List.of(Layouts.label("detail.sightings.none", "muted"));
        }
        return details.sightings().stream().filter(sighting -> !sighting.deleted())
                .sorted(Comparator.comparing(Sighting::seenAt).reversed())
                .map(sighting -> {
                    String where = sighting.sourceUrl() != null ? sighting.sourceUrl()
                            : sighting.platform() != null ? sighting.platform() : Messages.get("detail.sightings.typed");
                    return entry(where, Messages.get("detail.byAt", details.officerName(sighting.origin()),
                            Format.dateTime(sighting.seenAt())));
                })
                .toList();
    }

    private static List<Node> historyLines(LeadDetails details) {
        if (details.history().isEmpty()) {
            return List.of(Layouts.label("detail.history.none", "muted"));
        }
        return details.history().stream()
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed())
                .limit(HISTORY_LINES)
                .map(entry -> entry(action(entry.action()), Messages.get("detail.byAt", details.officerName(entry.actor()),
                        Format.dateTime(entry.at()))))
                .toList();
    }

    private static String action(String action) {
        String text = Messages.find("audit." + action);
        return text != null ? text : action;
    }

    private static Node entry(String main, String meta) {
        Label text = Layouts.text(main, "entry-text");
        text.setWrapText(true);
        Label sub = Layouts.text(meta, "entry-meta");
        VBox box = new VBox(text, sub);
        box.getStyleClass().add("detail-entry");
        return box;
    }

    private static VBox section(String key, Node... children) {
        Label title = Layouts.label(key, "section-title");
        VBox box = new VBox(title);
        box.getChildren().addAll(children);
        box.getStyleClass().add("detail-section");
        return box;
    }

    private static final class CategoryCell extends ListCell<Category> {
        private final Label name = new Label();
        private final Label shortcut = new Label();
        private final HBox line = new HBox(name, new Region(), shortcut);

        CategoryCell() {
            HBox.setHgrow(line.getChildren().get(1), Priority.ALWAYS);
            shortcut.getStyleClass().add("shortcut-hint");
            line.setAlignment(Pos.CENTER_LEFT);
            line.setSpacing(12);
        }

        @Override
        protected void updateItem(Category item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(Format.category(item));
            shortcut.setText(Format.categoryShortcut(item));
            setGraphic(line);
        }
    }

    /** For tests and tooltips: the text shown for a category. */
    static String categoryLabel(Category category) {
        return Format.category(category);
    }

    static Tooltip tooltip(String key) {
        return new Tooltip(Messages.get(key));
    }
}
