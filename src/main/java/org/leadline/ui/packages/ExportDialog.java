package org.leadline.ui.packages;

import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.packages.PackageExporter.ExportResult;
import org.leadline.logic.packages.PackageKind;
import org.leadline.logic.workspace.Bytes;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * File → Export package… (Ctrl+Shift+E): the kind of package and the operation it holds, where it goes, for whom it is
 * encrypted; the export runs off the FX thread with a progress bar and Cancel, then the dialog shows what was written
 * and the fingerprint it was signed with.
 *
 * <p>Keys: Enter exports (then closes); Escape closes, cancelling a running export.
 */
public final class ExportDialog {
    static final double WIDTH = 780;
    static final double HEIGHT = 700;

    private final ExportViewModel model;
    private final BorderPane root = new BorderPane();
    private final TextField target = new TextField();
    private final Button export = new Button(Messages.get("export.export"));
    private final Button close = new Button(Messages.get("export.close"));
    private final VBox summary = new VBox();
    private Stage stage;

    private ExportDialog(ExportViewModel model) {
        this.model = model;
        root.setId("exportDialog");
        root.getStyleClass().add("package-window");
        root.setTop(OwnedWindow.header("export.heading", "export.hint"));
        ScrollPane form = new ScrollPane(form());
        form.setFitToWidth(true);
        form.getStyleClass().add("edge-to-edge");
        ScrollPane done = new ScrollPane(summary);
        done.setFitToWidth(true);
        done.getStyleClass().add("edge-to-edge");
        summary.setId("exportSummary");
        summary.getStyleClass().add("package-body");
        form.visibleProperty().bind(model.state.isNotEqualTo(ExportViewModel.State.DONE));
        done.visibleProperty().bind(model.state.isEqualTo(ExportViewModel.State.DONE));
        root.setCenter(new StackPane(form, done));
        root.setBottom(footer());
        model.result.addListener((obs, before, after) -> {
            if (after != null) {
                showSummary(after);
            }
        });
    }

    /** Opens the dialog over the main window for the session's open operation. */
    public static ExportDialog show(Window owner, Session session, Consumer<javafx.scene.Scene> watch, Consumer<String> notice) {
        ExportDialog dialog = new ExportDialog(new ExportViewModel(session));
        dialog.stage = OwnedWindow.open(owner, dialog.root, Messages.get("export.title"), WIDTH, HEIGHT, watch);
        dialog.stage.setOnHidden(event -> dialog.model.cancel());
        dialog.model.load();
        dialog.onDone = written -> notice.accept(Messages.get("export.done.notice", written.file().getFileName(), written.sequence()));
        Platform.runLater(dialog.export::requestFocus);
        return dialog;
    }

    private Consumer<ExportResult> onDone = written -> { };

    public Stage stage() {
        return stage;
    }

    public ExportViewModel model() {
        return model;
    }

    private Node form() {
        Label operation = Layouts.text(Messages.get("export.operation", model.operation().name()), "package-operation");
        operation.setId("exportOperation");
        VBox kinds = new VBox();
        kinds.getStyleClass().add("package-choices");
        ToggleGroup group = new ToggleGroup();
        model.kinds.addListener((ListChangeListener<PackageKind>) change -> {
            kinds.getChildren().clear();
            for (PackageKind kind : model.kinds) {
                RadioButton radio = new RadioButton(PackageTexts.kind(kind));
                radio.setId("exportKind-" + kind.wireName());
                radio.setToggleGroup(group);
                radio.setUserData(kind);
                radio.setSelected(kind == model.kind.get());
                Label hint = Layouts.text(Messages.get("packages.kind." + kind.wireName() + ".hint", model.operation().name()),
                        "field-hint", "choice-hint");
                hint.setWrapText(true);
                kinds.getChildren().add(new VBox(2, radio, hint));
            }
        });
        group.selectedToggleProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.kind.set((PackageKind) after.getUserData());
            }
        });
        model.kind.addListener((obs, before, after) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == after).findFirst().ifPresent(group::selectToggle));
        // The kinds come in the background: once they are there, Enter exports.
        model.kind.addListener((obs, before, after) -> {
            if (before == null && after != null) {
                Platform.runLater(export::requestFocus);
            }
        });

        target.setId("exportTarget");
        target.setPromptText(Messages.get("export.target.prompt"));
        target.textProperty().bindBidirectional(model.target);
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = new Button(Messages.get("export.choose"));
        choose.setId("exportChoose");
        choose.setOnAction(event -> choose());
        HBox where = new HBox(8, target, choose);
        where.setAlignment(Pos.CENTER_LEFT);

        VBox encrypt = new VBox();
        encrypt.getStyleClass().add("package-choices");
        model.recipients.addListener((ListChangeListener<ExportViewModel.Recipient>) change -> fillRecipients(encrypt));
        fillRecipients(encrypt);
        Label encryptHint = Layouts.label("export.encrypt.hint", "field-hint");
        encryptHint.setWrapText(true);

        ProgressBar bar = Layouts.progressBar("exportProgress", model.progress);
        Label running = new Label();
        running.getStyleClass().add("field-hint");
        running.textProperty().bind(Bindings.when(model.cancelling).then(Messages.get("export.cancelling"))
                .otherwise(Messages.get("export.running")));
        HBox progress = new HBox(10, running, bar);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.state.isEqualTo(ExportViewModel.State.RUNNING));
        progress.managedProperty().bind(progress.visibleProperty());

        Label error = Layouts.errorLine("exportError");
        error.textProperty().bind(model.error);

        VBox what = section("export.section.what", operation, kinds);
        VBox whereBox = section("export.section.where", where);
        VBox encryptBox = section("export.section.encrypt", encryptHint, encrypt);
        VBox body = new VBox(what, whereBox, encryptBox, progress, error);
        body.getStyleClass().add("package-body");
        for (Node part : java.util.List.of(what, whereBox, encryptBox)) {
            part.disableProperty().bind(model.state.isEqualTo(ExportViewModel.State.RUNNING));
        }
        return body;
    }

    private void fillRecipients(VBox box) {
        box.getChildren().clear();
        if (model.recipients.isEmpty()) {
            Label none = Layouts.label("export.encrypt.none", "muted");
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        int i = 0;
        for (ExportViewModel.Recipient recipient : model.recipients) {
            var key = recipient.key();
            CheckBox check = new CheckBox(PackageTexts.officer(key.name(), key.agency(), key.country()));
            check.setId("exportRecipient" + i++);
            check.selectedProperty().bindBidirectional(recipient.chosenProperty());
            check.setDisable(!recipient.available());
            Label fingerprint = Layouts.text(Bytes.groupsOfFour(key.fingerprint()).substring(0, 39) + " …", "mono", "field-hint");
            VBox line = new VBox(1, check, fingerprint);
            if (!recipient.available()) {
                Label why = Layouts.text(Messages.get("export.encrypt.noKey"), "field-hint", "choice-warning");
                why.setWrapText(true);
                line.getChildren().add(why);
            }
            line.getStyleClass().add("choice-line");
            box.getChildren().add(line);
        }
        CheckBox me = new CheckBox(Messages.get("export.encrypt.self"));
        me.setId("exportForMe");
        me.selectedProperty().bindBidirectional(model.forMe);
        box.getChildren().add(me);
    }

    private static VBox section(String titleKey, Node... children) {
        VBox box = new VBox(6);
        box.getChildren().add(Layouts.label(titleKey, "form-section"));
        box.getChildren().addAll(children);
        box.getStyleClass().add("package-section");
        return box;
    }

    private void choose() {
        org.leadline.ui.common.SaveChooser.choose(stage, Messages.get("export.choose.title"), model.target.get(),
                Messages.get("export.choose.filter"), "*.leadpack").ifPresent(model::chose);
    }

    private Node footer() {
        Button cancel = new Button(Messages.get("export.cancel"));
        cancel.setId("exportCancel");
        cancel.setOnAction(event -> {
            if (model.state.get() == ExportViewModel.State.RUNNING) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        cancel.visibleProperty().bind(model.state.isNotEqualTo(ExportViewModel.State.DONE));
        cancel.managedProperty().bind(cancel.visibleProperty());
        export.setId("exportButton");
        export.getStyleClass().add("accent");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.state.isNotEqualTo(ExportViewModel.State.FORM).or(model.kind.isNull()));
        export.visibleProperty().bind(model.state.isNotEqualTo(ExportViewModel.State.DONE));
        export.managedProperty().bind(export.visibleProperty());
        export.setOnAction(event -> model.export(written -> onDone.accept(written)));
        OwnedWindow.refocusAfterRun(model.state, ExportViewModel.State.RUNNING, ExportViewModel.State.FORM, export);
        close.setId("exportClose");
        close.getStyleClass().add("accent");
        close.visibleProperty().bind(model.state.isEqualTo(ExportViewModel.State.DONE));
        close.managedProperty().bind(close.visibleProperty());
        close.defaultButtonProperty().bind(close.visibleProperty());
        close.setOnAction(event -> stage.close());
        HBox right = new HBox(8, cancel, export, close);
        right.setAlignment(Pos.CENTER_RIGHT);
        return OwnedWindow.footer("export.keys", right);
    }

    private void showSummary(ExportResult written) {
        Label title = Layouts.label("export.done.title", "package-done-title");
        TextField file = new TextField(written.file().toString());
        file.setId("exportDoneFile");
        file.setEditable(false);
        file.getStyleClass().add("mono");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("package-facts");
        int row = 0;
        row = fact(facts, row, "export.done.kind", PackageTexts.kind(written.kind()), "exportDoneKind");
        row = fact(facts, row, "export.done.sequence", Long.toString(written.sequence()), "exportDoneSequence");
        GridPane counts = new GridPane();
        counts.setId("exportDoneCounts");
        counts.getStyleClass().add("package-counts");
        int line = 0;
        for (Map.Entry<String, Long> entry : written.counts().entrySet()) {
            Label count = Layouts.text(Format.count(entry.getValue()), "count-value");
            counts.addRow(line++, Layouts.text(PackageTexts.type(entry.getKey())), count);
        }
        if (written.counts().isEmpty()) {
            counts.addRow(0, Layouts.text("0"));
        }
        Label records = Layouts.label("export.done.records", "package-fact-name");
        GridPane.setValignment(records, javafx.geometry.VPos.TOP);
        facts.add(records, 0, row);
        facts.add(counts, 1, row++);
        row = fact(facts, row, "export.done.blobs", Format.count(written.blobs()), "exportDoneBlobs");
        row = fact(facts, row, "export.done.size", org.leadline.logic.evidence.Sizes.readable(written.bytes()), "exportDoneSize");
        String sealed = written.sealedFor().isEmpty() ? Messages.get("export.done.notSealed")
                : String.join(", ", written.sealedFor().stream().map(model::nameOf).toList());
        row = fact(facts, row, "export.done.sealed", sealed, "exportDoneSealed");
        Label signed = Layouts.label("export.done.signed", "field-label");
        Label fingerprint = PackageTexts.fingerprint(written.fingerprint(), "exportDoneFingerprint");
        summary.getChildren().setAll(new HBox(8, org.leadline.ui.common.Icons.icon(org.leadline.ui.common.Icons.CHECK, 18, "icon-success"),
                title), file, facts, signed, fingerprint);
        ((HBox) summary.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        Platform.runLater(close::requestFocus);
    }

    private static int fact(GridPane grid, int row, String nameKey, String value, String id) {
        Label text = Layouts.text(value, "package-fact");
        text.setId(id);
        text.setWrapText(true);
        grid.add(Layouts.label(nameKey, "package-fact-name"), 0, row);
        grid.add(text, 1, row);
        return row + 1;
    }
}
