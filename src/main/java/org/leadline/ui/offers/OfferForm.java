package org.leadline.ui.offers;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.model.Offer;
import org.leadline.model.OfferStatus;
import org.leadline.model.OfferType;
import org.leadline.model.PriceUnit;
import org.leadline.model.Transport;
import org.leadline.ui.common.CaptureIds;
import org.leadline.ui.common.Chips;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;
import org.leadline.ui.evidence.EvidenceDesk;

/**
 * The offer form: type and status, the seller's words, the price (amount, currency of the operation's rates, unit)
 * with its EUR figure computed live, the route from → via … → to with places completed from the gazetteer, transport,
 * platform, when it was seen, the leads it is linked to and a note. A refusal shows under the field it names.
 *
 * <p>Keys: Ctrl+Enter saves; Escape cancels.
 */
public final class OfferForm {
    static final double WIDTH = 860;
    static final double HEIGHT = 700;
    private static List<String> completions;

    private final OfferFormViewModel model;
    private final Consumer<OfferFormViewModel.Result> onDone;
    private final BorderPane root = new BorderPane();
    private final java.util.Map<String, Control> controls = new java.util.HashMap<>();
    private Stage stage;

    private OfferForm(OfferFormViewModel model, Consumer<OfferFormViewModel.Result> onDone) {
        this.model = model;
        this.onDone = onDone;
        root.setId("offerForm");
        root.getStyleClass().add("offer-form");
        String heading = switch (model.mode()) {
            case ADD -> "offer.form.heading";
            case EDIT -> "offer.form.edit.heading";
            case DRAFT -> "offer.form.draft.heading";
        };
        root.setTop(OwnedWindow.header(heading, model.mode() == OfferFormViewModel.Mode.DRAFT ? "offer.form.draft.hint" : "offer.form.hint"));
        root.setCenter(body());
        root.setBottom(footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                save();
            }
        });
    }

    /** Opens the form for a new offer, linked to the given lead (the selected one) when not null. */
    public static OfferForm record(Window owner, Session session, UUID lead, Consumer<Offer> onSaved) {
        OfferDraft draft = new OfferDraft(OfferType.TRAVEL, null, null, "EUR", PriceUnit.PER_PERSON, null, List.of(), null, null,
                null, null, lead == null ? List.of() : List.of(lead), List.of(), null, null);
        return open(owner, new OfferFormViewModel(session, OfferFormViewModel.Mode.ADD, null, draft), "offer.form.title",
                result -> onSaved.accept(result.offer()));
    }

    /** Opens the form on a suggestion to correct: nothing is stored, onAccepted gets the checked draft. */
    public static OfferForm correct(Window owner, Session session, OfferDraft draft, Consumer<OfferDraft> onAccepted) {
        return open(owner, new OfferFormViewModel(session, OfferFormViewModel.Mode.DRAFT, null, draft), "offer.form.draft.title",
                result -> onAccepted.accept(result.draft()));
    }

    /** Opens one of the officer's own offers to edit; a colleague's offer opens nothing and says why in onError. */
    public static void edit(Window owner, Session session, Offer offer, Consumer<Offer> onSaved, Consumer<String> onError) {
        if (!offer.origin().equals(session.owner().fingerprint())) {
            onError.accept(Messages.get("offer.error.notOwn"));
            return;
        }
        open(owner, new OfferFormViewModel(session, OfferFormViewModel.Mode.EDIT, offer.id(), OfferService.draftOf(offer)),
                "offer.form.edit.title", result -> onSaved.accept(result.offer()));
    }

    private static OfferForm open(Window owner, OfferFormViewModel model, String titleKey, Consumer<OfferFormViewModel.Result> onDone) {
        OfferForm form = new OfferForm(model, onDone);
        form.stage = OwnedWindow.open(owner, form.root, Messages.get(titleKey), WIDTH, HEIGHT);
        model.load();
        Platform.runLater(() -> form.controls.get(model.mode() == OfferFormViewModel.Mode.ADD ? "text" : "amount").requestFocus());
        return form;
    }

    public Stage stage() {
        return stage;
    }

    OfferFormViewModel model() {
        return model;
    }

    private Node body() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("offer-grid");
        grid.setHgap(12);
        grid.setVgap(4);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }

        ComboBox<OfferType> type = enumCombo("offerType", OfferType.values(), "offer.type.", false);
        type.valueProperty().bindBidirectional(model.type);
        ComboBox<OfferStatus> status = enumCombo("offerStatus", OfferStatus.values(), "offer.status.", false);
        status.valueProperty().bindBidirectional(model.status);
        TextField platform = textField("offerPlatform", model.platform, "offer.platform.prompt");
        grid.add(field("type", "offer.field.type", type), 0, 0);
        grid.add(field(null, "offer.field.status", status), 1, 0);
        grid.add(field("platform", "offer.field.platform", platform), 2, 0);

        TextArea text = new TextArea();
        text.setId("offerText");
        text.setPrefRowCount(2);
        text.setWrapText(true);
        text.setPromptText(Messages.get("offer.text.prompt"));
        text.textProperty().bindBidirectional(model.text);
        controls.put("text", text);
        grid.add(field("text", "offer.field.text", text), 0, 1, 3, 1);

        TextField amount = textField("offerAmount", model.amount, "offer.amount.prompt");
        ComboBox<String> currency = new ComboBox<>(model.currencies);
        currency.setId("offerCurrency");
        currency.setEditable(true);
        currency.setMaxWidth(Double.MAX_VALUE);
        currency.getEditor().textProperty().bindBidirectional(model.currency);
        currency.valueProperty().addListener((obs, a, b) -> {
            if (b != null && !b.equals(model.currency.get())) {
                model.currency.set(b);
            }
        });
        controls.put("currency", currency);
        ComboBox<PriceUnit> unit = enumCombo("offerUnit", PriceUnit.values(), "offer.unit.", false);
        unit.valueProperty().bindBidirectional(model.unit);
        grid.add(field("amount", "offer.field.amount", amount), 0, 2);
        grid.add(field("currency", "offer.field.currency", currency), 1, 2);
        grid.add(field("unit", "offer.field.unit", unit), 2, 2);
        Label eur = new Label();
        eur.setId("offerEur");
        eur.getStyleClass().add("offer-eur");
        eur.textProperty().bind(model.eur);
        grid.add(eur, 0, 3, 3, 1);

        TextField from = placeField("offerFrom", model.from);
        TextField via = placeField("offerVia", model.via);
        via.setPromptText(Messages.get("offer.via.prompt"));
        TextField to = placeField("offerTo", model.to);
        grid.add(field("from", "offer.field.from", from), 0, 4);
        grid.add(field("via", "offer.field.via", via), 1, 4);
        grid.add(field("to", "offer.field.to", to), 2, 4);

        ComboBox<Transport> transport = enumCombo("offerTransport", Transport.values(), "offer.transport.", true);
        transport.valueProperty().bindBidirectional(model.transport);
        TextField seen = textField("offerSeen", model.seen, "offer.seen.prompt");
        Label leads = new Label();
        leads.setId("offerLeads");
        leads.getStyleClass().add("field-hint");
        leads.setWrapText(true);
        leads.textProperty().bind(Bindings.createStringBinding(() -> model.leads.isEmpty() ? Messages.get("offer.leads.none")
                : Messages.get("offer.leads", model.leads.size()), model.leads));
        controls.put("leads", new TextField());
        grid.add(field("transport", "offer.field.transport", transport), 0, 5);
        grid.add(field("seen", "offer.field.seen", seen), 1, 5);
        grid.add(field("leads", "offer.field.leads", leads), 2, 5);

        grid.add(field(null, "offer.field.evidence", evidence()), 0, 6, 3, 1);

        TextArea note = new TextArea();
        note.setId("offerNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.note);
        controls.put("note", note);
        grid.add(field("note", "offer.field.note", note), 0, 7, 3, 1);
        VBox box = new VBox(grid);
        box.getStyleClass().add("offer-body");
        return box;
    }

    /**
     * The captures the offer names, each a chip that can be taken off, and "Attach files…" (files dropped on the form
     * go the same way): they are captured when added and named by the offer when it is saved.
     */
    private Node evidence() {
        FlowPane chips = new FlowPane(6, 4);
        chips.setId("offerEvidence");
        chips.getStyleClass().add("tag-chips");
        // Beside the chips, not among them: a flow pane is as wide as its widest child, and this one is a sentence.
        Label none = Layouts.label("offer.evidence.none", "field-hint");
        none.setId("offerNoEvidence");
        none.setWrapText(true);
        none.setMinWidth(0);
        none.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(none, Priority.ALWAYS);
        Runnable show = () -> {
            chips.getChildren().clear();
            for (UUID id : model.evidence) {
                String name = model.evidenceNames.getOrDefault(id, CaptureIds.shortForm(id));
                chips.getChildren().add(evidenceChip(id, name));
            }
            boolean empty = model.evidence.isEmpty();
            chips.setManaged(!empty);
            chips.setVisible(!empty);
            none.setManaged(empty);
            none.setVisible(empty);
        };
        model.evidence.addListener((javafx.collections.ListChangeListener<UUID>) change -> show.run());
        model.evidenceNames.addListener((javafx.collections.MapChangeListener<UUID, String>) change -> show.run());
        show.run();
        Button attach = new Button(Messages.get("offer.evidence.attach"));
        attach.setId("offerAttachFiles");
        attach.setMinWidth(Region.USE_PREF_SIZE);
        attach.disableProperty().bind(model.attaching);
        attach.setOnAction(event -> attach(EvidenceDesk.chooseFiles(stage)));
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox row = new HBox(8, chips, none, OwnedWindow.busy(model.attaching), attach);
        row.setAlignment(Pos.CENTER_LEFT);
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                attach(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
        return row;
    }

    /** Captures files for the offer, as "Attach files…" and a drop on the form do. */
    public void attach(List<java.nio.file.Path> files) {
        model.attach(files);
    }

    private Node evidenceChip(UUID id, String name) {
        HBox chip = Chips.chip(name, null, null, Messages.get("offer.evidence.remove", name), () -> model.detach(id));
        chip.getStyleClass().add("evidence-chip");
        return chip;
    }

    private VBox field(String field, String labelKey, Node control) {
        Label label = Layouts.label(labelKey, "field-label");
        if (control instanceof Control c) {
            label.setLabelFor(c);
        }
        VBox box = new VBox(2, label, control);
        box.getStyleClass().add("offer-field");
        if (field != null) {
            Label error = Layouts.errorLine("offerError-" + field);
            error.textProperty().bind(model.errorOf(field));
            error.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(error);
            if (control instanceof Control c) {
                controls.putIfAbsent(field, c);
                model.errorOf(field).addListener((obs, a, b) -> {
                    if (b == null || b.isEmpty()) {
                        c.getStyleClass().remove("field-invalid");
                    } else if (!c.getStyleClass().contains("field-invalid")) {
                        c.getStyleClass().add("field-invalid");
                    }
                });
            }
        }
        return box;
    }

    private TextField textField(String id, javafx.beans.property.StringProperty value, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            field.setPromptText(Messages.get(promptKey));
        }
        return field;
    }

    private TextField placeField(String id, javafx.beans.property.StringProperty value) {
        TextField field = textField(id, value, "offer.place.prompt");
        if (completions == null) {
            completions = OfferFormViewModel.completions();
        }
        List<String> all = completions;
        TextFields.bindAutoCompletion(field, request -> OfferFormViewModel.complete(all, lastPart(request.getUserText(), id)));
        return field;
    }

    /** The via field completes its last stop only. */
    private static String lastPart(String typed, String id) {
        if (!"offerVia".equals(id) || typed == null) {
            return typed;
        }
        String[] parts = typed.split("[,;→>]");
        return parts.length == 0 || typed.matches(".*[,;→>]\\s*$") ? "" : parts[parts.length - 1].strip();
    }

    private <E extends Enum<E>> ComboBox<E> enumCombo(String id, E[] values, String keyPrefix, boolean withNone) {
        ComboBox<E> combo = new ComboBox<>();
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        var items = FXCollections.<E>observableArrayList();
        if (withNone) {
            items.add(null);
        }
        items.addAll(Arrays.asList(values));
        combo.setItems(items);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? Messages.get(keyPrefix + "none") : Messages.get(keyPrefix + value.name().toLowerCase().replace('_', '-'));
            }

            @Override
            public E fromString(String string) {
                return null;
            }
        });
        return combo;
    }

    private Node footer() {
        Label error = Layouts.errorLine("offerError");
        error.textProperty().bind(model.error);
        error.setMaxWidth(420);
        Button cancel = new Button(Messages.get("offer.cancel"));
        cancel.setId("offerCancelButton");
        cancel.setOnAction(event -> stage.close());
        Button save = new Button(Messages.get(model.mode() == OfferFormViewModel.Mode.DRAFT ? "offer.accept" : "offer.save"));
        save.setId("offerSaveButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.saving);
        save.setOnAction(event -> save());
        HBox right = new HBox(8, error, OwnedWindow.busy(model.saving), cancel, save);
        right.setAlignment(Pos.CENTER_RIGHT);
        return OwnedWindow.footer("offer.form.keys", right);
    }

    private void save() {
        model.save(result -> {
            stage.close();
            onDone.accept(result);
        });
        Platform.runLater(this::focusError);
        model.saving.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean before, Boolean after) {
                if (!after) {
                    obs.removeListener(this);
                    focusError();
                }
            }
        });
    }

    private void focusError() {
        String field = model.firstError();
        if (field != null && controls.containsKey(field) && controls.get(field).getScene() != null) {
            controls.get(field).requestFocus();
        }
    }
}
