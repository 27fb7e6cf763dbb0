package org.leadline.ui.documents;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.documents.SavedDocument;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.model.CheckDigit;
import org.leadline.model.DocumentType;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.CaptureIds;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * The document dialog: the machine-readable zone in a monospace area, read as it is typed; the fields it fills, all
 * editable, with each check digit's ✓ or ✗ beside its field; Save stores the record and yields its document lead.
 *
 * <p>Keys: Tab leaves the zone for the fields; Ctrl+Enter (or Enter in a field) saves; Escape cancels.
 */
public final class DocumentDialog {
    static final double WIDTH = 940;
    static final double HEIGHT = 620;

    private final DocumentViewModel model;
    private final Consumer<SavedDocument> onSaved;
    private final BorderPane root = new BorderPane();
    private final TextArea zone = new TextArea();
    private final ComboBox<DocumentType> type = new ComboBox<>();
    private Stage stage;

    private DocumentDialog(DocumentViewModel model, Consumer<SavedDocument> onSaved) {
        this.model = model;
        this.onSaved = onSaved;
        root.setId("documentDialog");
        root.getStyleClass().add("document-dialog");
        root.setTop(model.isEdit() ? OwnedWindow.header("document.edit.heading", "document.edit.hint")
                : OwnedWindow.header("document.heading", "document.hint"));
        root.setCenter(body());
        root.setBottom(footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                save();
            }
        });
    }

    /** Opens the dialog over the main window for the open operation, with the captured images the record links to. */
    public static DocumentDialog show(Window owner, Session session, List<UUID> imageIds) {
        return show(owner, session, imageIds, saved -> { });
    }

    /** As {@link #show(Window, Session, List)}, telling the caller what was saved (for a status line). */
    public static DocumentDialog show(Window owner, Session session, List<UUID> imageIds, Consumer<SavedDocument> onSaved) {
        DocumentDialog dialog = new DocumentDialog(new DocumentViewModel(session, imageIds), onSaved);
        dialog.stage = OwnedWindow.open(owner, dialog.root, Messages.get("document.title"), WIDTH, HEIGHT);
        Platform.runLater(dialog.zone::requestFocus);
        return dialog;
    }

    /**
     * Opens one of the officer's own records for editing (read off the FX thread first); the zone stays as it was
     * read, the fields can be corrected. A colleague's record or a deleted one opens nothing and says why in onError.
     */
    public static void edit(Window owner, Session session, UUID documentId, Consumer<SavedDocument> onSaved,
                            Consumer<String> onError) {
        DocumentService documents = new DocumentService(session.workspace());
        Background.run(() -> documents.get(documentId), document -> {
            if (document.deleted() || !document.origin().equals(session.owner().fingerprint())) {
                onError.accept(Messages.get(document.deleted() ? "document.error.deleted" : "document.error.notOwn"));
                return;
            }
            DocumentDialog dialog = new DocumentDialog(new DocumentViewModel(session, document), onSaved);
            dialog.stage = OwnedWindow.open(owner, dialog.root, Messages.get("document.edit.title"), WIDTH, HEIGHT);
            Platform.runLater(dialog.type::requestFocus);
        }, failure -> onError.accept(Errors.sentence(failure)));
    }

    public Stage stage() {
        return stage;
    }

    private Node body() {
        Label zoneTitle = Layouts.label("document.zone", "section-title");
        zone.setId("mrzText");
        zone.getStyleClass().add("mrz-editor");
        zone.setPromptText(Messages.get("document.zone.prompt"));
        zone.setPrefRowCount(3);
        zone.setWrapText(false);
        zone.textProperty().bindBidirectional(model.mrz);
        zoneTitle.setLabelFor(zone);
        // A tab means nothing in a zone: Tab moves on to the fields, as everywhere else.
        zone.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isShortcutDown()) {
                event.consume();
                type.requestFocus();
            }
        });
        Label status = new Label();
        status.setId("mrzStatus");
        status.setWrapText(true);
        status.getStyleClass().add("field-hint");
        status.textProperty().bind(Bindings.createStringBinding(model::zoneStatus, model.reading));
        Runnable colour = () -> {
            status.getStyleClass().removeAll("zone-valid", "zone-failed");
            if (model.reading.get() != null && model.reading.get().readable()) {
                status.getStyleClass().add(model.reading.get().valid() ? "zone-valid" : "zone-failed");
            }
        };
        model.reading.addListener((obs, before, after) -> colour.run());
        colour.run();
        HBox otherChecks = new HBox(checkMark("personal number", true), checkMark("composite", true));
        otherChecks.getStyleClass().add("zone-checks");
        VBox zoneBox = new VBox(zoneTitle, zone, status, otherChecks);
        zoneBox.getStyleClass().add("document-zone");
        // An edit keeps the zone as it was read: it is what the document printed, the fields are what the officer holds.
        zone.setEditable(!model.isEdit());
        zoneBox.setVisible(!model.isEdit() || !model.mrz.get().isEmpty());
        zoneBox.setManaged(zoneBox.isVisible());

        type.setId("documentType");
        type.getItems().setAll(DocumentType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType value) {
                return value == null ? "" : Messages.get("document.type." + value.wireName());
            }

            @Override
            public DocumentType fromString(String text) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(model.type);
        type.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("document-grid");
        // label | field | check digit | gap | label | field: only the left fields carry check digits.
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints(200), new ColumnConstraints(8),
                new ColumnConstraints(), grow());
        int row = 0;
        addField(grid, row, 0, "document.type", type, null);
        addField(grid, row++, 4, "document.country", code("documentCountry", model.country, 3), null);
        addField(grid, row, 0, "document.number", text("documentNumber", model.number), checkMark(DocumentViewModel.NUMBER_CHECK, false));
        addField(grid, row++, 4, "document.nationality", code("documentNationality", model.nationality, 3), null);
        addField(grid, row, 0, "document.surname", text("documentSurname", model.surname), null);
        addField(grid, row++, 4, "document.givenNames", text("documentGivenNames", model.givenNames), null);
        addField(grid, row, 0, "document.birth", date("documentBirth", model.birth), checkMark(DocumentViewModel.BIRTH_CHECK, false));
        addField(grid, row++, 4, "document.sex", sexField(), null);
        addField(grid, row, 0, "document.expiry", date("documentExpiry", model.expiry), checkMark(DocumentViewModel.EXPIRY_CHECK, false));
        Label images = Layouts.text(model.imageIds().isEmpty() ? Messages.get("document.images.none")
                : Messages.get("document.images", model.imageIds().size(), shortIds(model.imageIds())), "field-hint");
        images.setId("documentImages");
        images.setWrapText(true);
        // Named as they were captured once their records are read; short ids until then.
        List<UUID> linked = model.imageIds();
        if (!linked.isEmpty()) {
            Background.run(() -> new EvidenceService(model.session().workspace()).summaries(linked), found ->
                    images.setText(Messages.get("document.images", linked.size(), String.join(", ", linked.stream()
                            .map(id -> found.containsKey(id) ? found.get(id).originalName() : CaptureIds.shortForm(id)).toList()))),
                    failure -> { });
        }
        addField(grid, row++, 4, "document.imagesTitle", images, null);
        TextField note = text("documentNote", model.note);
        Label noteLabel = Layouts.label("document.note", "field-label");
        noteLabel.setLabelFor(note);
        grid.add(noteLabel, 0, row);
        grid.add(note, 1, row, 5, 1);

        Label fieldsTitle = Layouts.label("document.fields", "section-title");
        VBox content = new VBox(zoneBox, fieldsTitle, grid);
        content.getStyleClass().add("document-body");
        return content;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints field = new ColumnConstraints(150, 230, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        return field;
    }

    private static void addField(GridPane grid, int row, int column, String key, Node control, Node mark) {
        Label label = Layouts.label(key, "field-label");
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, column, row);
        grid.add(control, column + 1, row);
        if (mark != null) {
            grid.add(mark, column + 2, row);
        }
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(event -> save());
        return field;
    }

    /** Country codes: letters only, upper case, at most three. */
    private TextField code(String id, javafx.beans.property.StringProperty property, int length) {
        TextField field = text(id, property);
        field.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""));
            return change.getControlNewText().length() <= length ? change : null;
        }));
        field.setPromptText(Messages.get("document.country.prompt"));
        field.setPrefColumnCount(4);
        return field;
    }

    private TextField date(String id, javafx.beans.property.StringProperty property) {
        TextField field = text(id, property);
        field.setPromptText(Messages.get("document.date.prompt"));
        return field;
    }

    private TextField sexField() {
        TextField field = text("documentSex", model.sex);
        field.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT).replaceAll("[^MFX]", ""));
            return change.getControlNewText().length() <= 1 ? change : null;
        }));
        field.setPromptText(Messages.get("document.sex.prompt"));
        field.setPrefColumnCount(3);
        field.setMaxWidth(80);
        return field;
    }

    /** ✓ or ✗ with the digit, beside a field or in the zone's row; empty while no readable zone has that digit. */
    private Label checkMark(String field, boolean named) {
        Label mark = new Label();
        mark.setId("check-" + field.replace(' ', '-'));
        mark.getStyleClass().add("check-mark");
        Runnable update = () -> {
            CheckDigit check = model.check(field);
            mark.getStyleClass().removeAll("check-ok", "check-failed");
            mark.setVisible(check != null);
            mark.setManaged(check != null || !named);
            if (check == null) {
                mark.setText("");
                mark.setTooltip(null);
                return;
            }
            mark.getStyleClass().add(check.ok() ? "check-ok" : "check-failed");
            String text = check.ok() ? Messages.get("document.check.ok", check.written())
                    : Messages.get("document.check.failed", check.written(), check.computed());
            mark.setText(named ? Messages.get("document.check.named", text, field) : text);
            mark.setTooltip(new Tooltip(Messages.get(check.ok() ? "document.check.ok.tooltip" : "document.check.failed.tooltip", field)));
        };
        model.reading.addListener((obs, before, after) -> update.run());
        update.run();
        return mark;
    }

    private static String shortIds(List<UUID> ids) {
        return String.join(", ", ids.stream().map(CaptureIds::shortForm).toList());
    }

    private Node footer() {
        Label error = Layouts.errorLine("documentError");
        error.textProperty().bind(model.error);
        error.setMaxWidth(520);
        Button cancel = new Button(Messages.get("document.cancel"));
        cancel.setId("documentCancelButton");
        cancel.setOnAction(event -> stage.close());
        Button save = new Button(Messages.get("document.save"), Icons.icon(Icons.CHECK, 12, "icon-on-accent"));
        save.setId("documentSaveButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.saving);
        save.setOnAction(event -> save());
        return OwnedWindow.footer("document.keys", error, OwnedWindow.busy(model.saving), cancel, save);
    }

    private void save() {
        if (model.saving.get()) {
            return;
        }
        model.save(saved -> {
            stage.close();
            onSaved.accept(saved);
        });
    }
}
