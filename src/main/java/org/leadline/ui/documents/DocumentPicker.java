package org.leadline.ui.documents;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.documents.DocumentService;
import org.leadline.model.TravelDocument;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * Adds a captured image to one of the officer's own document records of the operation (the back of a passport found
 * after its data page was recorded): the records in a list, Enter or a double click adds the image to the selected one.
 */
public final class DocumentPicker {
    static final double WIDTH = 620;
    static final double HEIGHT = 460;

    private final Session session;
    private final UUID imageId;
    private final Consumer<TravelDocument> onAdded;
    private final ObservableList<TravelDocument> records = FXCollections.observableArrayList();
    private final ListView<TravelDocument> list = new ListView<>(records);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BorderPane root = new BorderPane();
    private Stage stage;

    private DocumentPicker(Session session, UUID imageId, Consumer<TravelDocument> onAdded) {
        this.session = session;
        this.imageId = imageId;
        this.onAdded = onAdded;
        root.setId("documentPicker");
        root.getStyleClass().add("document-dialog");
        root.setTop(OwnedWindow.header("documentPicker.heading", "documentPicker.hint"));
        root.setCenter(body());
        root.setBottom(footer());
    }

    /** Opens the list over the viewer; onAdded gets the record once the image is added to it. */
    public static DocumentPicker show(Window owner, Session session, UUID imageId, Consumer<TravelDocument> onAdded) {
        DocumentPicker picker = new DocumentPicker(session, imageId, onAdded);
        picker.stage = OwnedWindow.open(owner, picker.root, Messages.get("documentPicker.title"), WIDTH, HEIGHT);
        picker.load();
        return picker;
    }

    public Stage stage() {
        return stage;
    }

    private Node body() {
        list.setId("documentPickerList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TravelDocument document, boolean empty) {
                super.updateItem(document, empty);
                setText(empty || document == null ? null : describe(document));
                setDisable(!empty && document != null && document.imageIds().contains(imageId));
            }
        });
        Label empty = Layouts.label("documentPicker.empty", "placeholder-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        list.setPlaceholder(empty);
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                add();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                add();
            }
        });
        Label problem = Layouts.errorLine("documentPickerError");
        problem.textProperty().bind(error);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, list, problem);
        box.getStyleClass().add("document-body");
        return box;
    }

    /** "passport:SYR:Y1674561 · HADDAD Omar · 1 image", or "… · already shows this image". */
    private String describe(TravelDocument document) {
        String name = String.join(" ", List.of(nonNull(document.surname()), nonNull(document.givenNames()))).strip();
        String images = document.imageIds().contains(imageId) ? Messages.get("documentPicker.hasImage")
                : Messages.get("documentPicker.images", document.imageIds().size());
        return document.canonical() + (name.isEmpty() ? "" : " · " + name) + " · " + images;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private Node footer() {
        Button cancel = new Button(Messages.get("documentPicker.cancel"));
        cancel.setId("documentPickerCancel");
        cancel.setOnAction(event -> stage.close());
        Button add = new Button(Messages.get("documentPicker.add"));
        add.setId("documentPickerAdd");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(busy.or(list.getSelectionModel().selectedItemProperty().isNull()));
        add.setOnAction(event -> add());
        HBox right = new HBox(8, OwnedWindow.busy(busy), cancel, add);
        right.setAlignment(Pos.CENTER_RIGHT);
        return OwnedWindow.footer("documentPicker.keys", right);
    }

    private void load() {
        UUID operationId = session.operationId();
        String me = session.owner().fingerprint();
        busy.set(true);
        Background.run(() -> new DocumentService(session.workspace()).list(operationId).stream()
                .filter(document -> document.origin().equals(me)).toList(), own -> {
            busy.set(false);
            records.setAll(own);
            int first = 0;
            while (first < own.size() && own.get(first).imageIds().contains(imageId)) {
                first++;
            }
            if (first < own.size()) {
                list.getSelectionModel().select(first);
            }
            list.requestFocus();
        }, failure -> {
            busy.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    private void add() {
        TravelDocument chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null || busy.get()) {
            return;
        }
        if (chosen.imageIds().contains(imageId)) {
            error.set(Messages.get("documentPicker.error.hasImage"));
            return;
        }
        error.set("");
        busy.set(true);
        Background.run(() -> new DocumentService(session.workspace()).linkImage(chosen.id(), imageId), added -> {
            busy.set(false);
            session.changed();
            stage.close();
            onAdded.accept(added);
        }, failure -> {
            busy.set(false);
            error.set(Errors.sentence(failure));
        });
    }
}
