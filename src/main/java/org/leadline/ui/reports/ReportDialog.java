package org.leadline.ui.reports;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.reports.HandlingLabel;
import org.leadline.logic.reports.ReportFormat;
import org.leadline.logic.reports.ReportService.ReportResult;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * File → Report… (Ctrl+Shift+R): the format, the handling label, masking the officers' names, every country or one
 * country's annex, and the file; the report is written off the FX thread with a progress bar and Cancel, then the
 * dialog says what was written.
 *
 * <p>Keys: Enter writes (then closes); Escape closes, cancelling a running report; Alt+ the underlined letters.
 */
public final class ReportDialog {
    static final double WIDTH = 720;
    static final double HEIGHT = 640;

    private final ReportViewModel model;
    private final BorderPane root = new BorderPane();
    private final Button write = new Button(Messages.get("report.write"));
    private final Button close = new Button(Messages.get("report.close"));
    private final VBox summary = new VBox(10);
    private Stage stage;
    private Consumer<ReportResult> onDone = written -> { };

    private ReportDialog(ReportViewModel model) {
        this.model = model;
        root.setId("reportDialog");
        root.getStyleClass().add("package-window");
        root.setTop(OwnedWindow.header("report.heading", "report.hint"));
        ScrollPane form = new ScrollPane(form());
        form.setFitToWidth(true);
        form.getStyleClass().add("edge-to-edge");
        summary.setId("reportSummary");
        summary.getStyleClass().add("package-body");
        form.visibleProperty().bind(model.state.isNotEqualTo(ReportViewModel.State.DONE));
        summary.visibleProperty().bind(model.state.isEqualTo(ReportViewModel.State.DONE));
        root.setCenter(new StackPane(form, summary));
        root.setBottom(footer());
        model.result.addListener((obs, before, after) -> {
            if (after != null) {
                showSummary(after);
            }
        });
    }

    /** Opens the dialog over the main window for the session's open operation. */
    public static ReportDialog show(Window owner, Session session, Consumer<javafx.scene.Scene> watch, Consumer<String> notice) {
        ReportDialog dialog = new ReportDialog(new ReportViewModel(session));
        dialog.stage = OwnedWindow.open(owner, dialog.root, Messages.get("report.title"), WIDTH, HEIGHT, watch);
        dialog.stage.setOnHidden(event -> dialog.model.cancel());
        dialog.onDone = written -> notice.accept(Messages.get("report.done.notice", written.file().getFileName()));
        dialog.model.load();
        Platform.runLater(dialog.write::requestFocus);
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    public ReportViewModel model() {
        return model;
    }

    private Node form() {
        Label operation = Layouts.text(Messages.get("report.operation", model.operation().name()), "package-operation");
        operation.setId("reportOperation");

        HBox formats = new HBox(14);
        ToggleGroup formatGroup = new ToggleGroup();
        for (ReportFormat format : ReportFormat.values()) {
            RadioButton radio = new RadioButton(Messages.get("report.format." + format.wireName()));
            radio.setId("reportFormat-" + format.wireName());
            radio.setToggleGroup(formatGroup);
            radio.setUserData(format);
            radio.setSelected(format == model.format.get());
            formats.getChildren().add(radio);
        }
        formatGroup.selectedToggleProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.format.set((ReportFormat) after.getUserData());
            }
        });
        Label formatHint = new Label();
        formatHint.getStyleClass().add("field-hint");
        formatHint.setWrapText(true);
        formatHint.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("report.format." + model.format.get().wireName()
                + ".hint"), model.format));

        ComboBox<HandlingLabel> labels = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(model.labels()));
        labels.setId("reportLabel");
        labels.valueProperty().bindBidirectional(model.label);
        labels.setCellFactory(list -> labelCell());
        labels.setButtonCell(labelCell());
        Label labelTitle = Layouts.label("report.label", "field-label");
        labelTitle.setLabelFor(labels);
        labelTitle.setMnemonicParsing(true);
        Label meaning = new Label();
        meaning.getStyleClass().add("field-hint");
        meaning.setWrapText(true);
        meaning.textProperty().bind(Bindings.createStringBinding(() -> model.label.get().meaning(), model.label));

        CheckBox mask = new CheckBox(Messages.get("report.mask"));
        mask.setId("reportMask");
        mask.setMnemonicParsing(true);
        mask.selectedProperty().bindBidirectional(model.mask);

        ComboBox<String> countries = new ComboBox<>(model.countries);
        countries.setId("reportCountry");
        countries.valueProperty().bindBidirectional(model.country);
        countries.setCellFactory(list -> countryCell());
        countries.setButtonCell(countryCell());
        countries.setVisibleRowCount(14);
        Label countryTitle = Layouts.label("report.country", "field-label");
        countryTitle.setLabelFor(countries);
        countryTitle.setMnemonicParsing(true);
        Label countryHint = Layouts.label("report.country.hint", "field-hint");
        countryHint.setWrapText(true);

        TextField target = new TextField();
        target.setId("reportTarget");
        target.textProperty().bindBidirectional(model.target);
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = new Button(Messages.get("report.choose"));
        choose.setId("reportChoose");
        choose.setMnemonicParsing(true);
        choose.setOnAction(event -> choose());
        HBox where = new HBox(8, target, choose);
        where.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = Layouts.progressBar("reportProgress", model.progress);
        Label running = new Label();
        running.getStyleClass().add("field-hint");
        running.textProperty().bind(Bindings.when(model.cancelling).then(Messages.get("report.cancelling"))
                .otherwise(Messages.get("report.running")));
        HBox progress = new HBox(10, running, bar);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.state.isEqualTo(ReportViewModel.State.RUNNING));
        progress.managedProperty().bind(progress.visibleProperty());

        Label error = Layouts.errorLine("reportError");
        error.textProperty().bind(model.error);

        VBox what = section("report.section.what", operation, formats, formatHint);
        VBox rules = section("report.section.rules", new HBox(8, labelTitle, labels), meaning, mask, new HBox(8, countryTitle, countries),
                countryHint);
        VBox whereBox = section("report.section.where", where);
        for (Node part : java.util.List.of(what, rules, whereBox)) {
            part.disableProperty().bind(model.state.isEqualTo(ReportViewModel.State.RUNNING));
        }
        ((HBox) rules.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);
        ((HBox) rules.getChildren().get(4)).setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(what, rules, whereBox, progress, error);
        body.getStyleClass().add("package-body");
        return body;
    }

    private static ListCell<HandlingLabel> labelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(HandlingLabel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        };
    }

    private static ListCell<String> countryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isEmpty() ? Messages.get("report.country.all")
                        : org.leadline.logic.reports.CountryCodes.name(item) + " (" + item + ")");
            }
        };
    }

    private static VBox section(String titleKey, Node... children) {
        VBox box = new VBox(6);
        box.getChildren().add(Layouts.label(titleKey, "form-section"));
        box.getChildren().addAll(children);
        box.getStyleClass().add("package-section");
        return box;
    }

    private void choose() {
        ReportFormat format = model.format.get();
        org.leadline.ui.common.SaveChooser.choose(stage, Messages.get("report.choose.title"), model.target.get(),
                Messages.get("report.format." + format.wireName()), "*." + format.extension()).ifPresent(model::chose);
    }

    private Node footer() {
        Button cancel = new Button(Messages.get("report.cancel"));
        cancel.setId("reportCancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(event -> {
            if (model.state.get() == ReportViewModel.State.RUNNING) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        cancel.visibleProperty().bind(model.state.isNotEqualTo(ReportViewModel.State.DONE));
        cancel.managedProperty().bind(cancel.visibleProperty());
        write.setId("reportWrite");
        write.getStyleClass().add("accent");
        write.setDefaultButton(true);
        write.disableProperty().bind(model.state.isNotEqualTo(ReportViewModel.State.FORM));
        write.visibleProperty().bind(model.state.isNotEqualTo(ReportViewModel.State.DONE));
        write.managedProperty().bind(write.visibleProperty());
        write.setOnAction(event -> model.write(written -> onDone.accept(written)));
        OwnedWindow.refocusAfterRun(model.state, ReportViewModel.State.RUNNING, ReportViewModel.State.FORM, write);
        close.setId("reportClose");
        close.getStyleClass().add("accent");
        close.visibleProperty().bind(model.state.isEqualTo(ReportViewModel.State.DONE));
        close.managedProperty().bind(close.visibleProperty());
        close.defaultButtonProperty().bind(close.visibleProperty());
        close.setOnAction(event -> stage.close());
        HBox right = new HBox(8, cancel, write, close);
        right.setAlignment(Pos.CENTER_RIGHT);
        return OwnedWindow.footer("report.keys", right);
    }

    private void showSummary(ReportResult written) {
        Label title = Layouts.label("report.done.title", "package-done-title");
        TextField file = new TextField(written.file().toString());
        file.setId("reportDoneFile");
        file.setEditable(false);
        file.getStyleClass().add("mono");
        Label facts = Layouts.text(Messages.get("report.done.facts", Messages.get("report.format." + written.format().wireName()),
                written.label().text(), org.leadline.logic.evidence.Sizes.readable(written.bytes())), "package-fact");
        facts.setId("reportDoneFacts");
        facts.setWrapText(true);
        summary.getChildren().setAll(new HBox(8, org.leadline.ui.common.Icons.icon(org.leadline.ui.common.Icons.CHECK, 18, "icon-success"),
                title), file, facts);
        ((HBox) summary.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
        if (written.training()) {
            summary.getChildren().add(Layouts.label("report.done.training", "field-hint"));
        }
        Platform.runLater(close::requestFocus);
    }
}
