package org.leadline.ui.packages;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.leadline.logic.packages.ImportSummary;
import org.leadline.logic.packages.Manifest;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.packages.RecordType;
import org.leadline.logic.packages.RecordTypes;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.OwnedWindow;
import org.leadline.ui.common.Session;

/**
 * File → Import packages… (Ctrl+Shift+I), also opened by dropping .leadpack files on the main window: choose the
 * files, read each one's verification report (who signed it and how their key stands here, what it holds, what an
 * import would add, update, find already here or keep in conflict; a refused package's reason, and "Trust this key…"
 * for an unknown signer), confirm, watch the import with Cancel, and read what each package did.
 *
 * <p>Keys: Enter goes on to the next step; Escape closes (cancelling what runs); Delete removes the selected file.
 */
public final class ImportWizard {
    static final double WIDTH = 1000;
    static final double HEIGHT = 720;

    private final ImportViewModel model;
    private final Session session;
    private final Runnable showConflicts;
    private Consumer<Scene> watch = scene -> { };
    private final BorderPane root = new BorderPane();
    private final ListView<Path> fileList = new ListView<>();
    private final TextField pathField = new TextField();
    private final VBox cards = new VBox();
    private final VBox outcomes = new VBox();
    private final Button next = new Button();
    /** "Open …" once packages went into an operation other than the open one. */
    private final Button openOperation = new Button();
    private Stage stage;

    private ImportWizard(ImportViewModel model, Session session, Runnable showConflicts) {
        this.model = model;
        this.session = session;
        this.showConflicts = showConflicts;
        root.setId("importWizard");
        root.getStyleClass().add("package-window");
        root.setTop(OwnedWindow.header("import.heading", "import.hint"));
        Node choose = choosePane();
        Node working = workingPane();
        Node report = scroll(cards, "importReports");
        Node done = scroll(outcomes, "importOutcomes");
        cards.getStyleClass().addAll("package-body", "package-cards");
        outcomes.getStyleClass().addAll("package-body", "package-cards");
        choose.visibleProperty().bind(model.step.isEqualTo(ImportViewModel.Step.CHOOSE));
        working.visibleProperty().bind(model.step.isEqualTo(ImportViewModel.Step.VERIFYING).or(model.step.isEqualTo(ImportViewModel.Step.IMPORTING)));
        report.visibleProperty().bind(model.step.isEqualTo(ImportViewModel.Step.REPORT));
        done.visibleProperty().bind(model.step.isEqualTo(ImportViewModel.Step.DONE));
        root.setCenter(new StackPane(choose, working, report, done));
        root.setBottom(footer());
        model.reports.addListener((ListChangeListener<PackageReport>) change -> {
            if (change.next() && (change.wasAdded() || change.wasRemoved() || change.wasReplaced())) {
                showReports();
                if (change.wasReplaced()) {
                    Platform.runLater(this::focusReport);
                }
            }
        });
        model.step.addListener((obs, before, after) -> onStep(after));
        acceptDrops();
    }

    /**
     * Opens the wizard; with files (dropped on the main window) it verifies them at once.
     *
     * @param onImported what each package taken in did (the main window reloads its operations)
     */
    public static ImportWizard show(Window owner, Session session, List<Path> files, Consumer<Scene> watch,
                                    Consumer<List<ImportSummary>> onImported, Runnable showConflicts) {
        ImportWizard wizard = new ImportWizard(new ImportViewModel(session, onImported), session, showConflicts);
        wizard.stage = OwnedWindow.open(owner, wizard.root, Messages.get("import.title"), WIDTH, HEIGHT, watch);
        wizard.watch = watch;
        wizard.stage.setOnHidden(event -> wizard.model.dispose());
        wizard.model.addFiles(files);
        if (!files.isEmpty() && !wizard.model.files.isEmpty()) {
            wizard.model.verify();
        } else {
            Platform.runLater(wizard.pathField::requestFocus);
        }
        return wizard;
    }

    public Stage stage() {
        return stage;
    }

    public ImportViewModel model() {
        return model;
    }

    private static ScrollPane scroll(Node content, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    // ---- step 1: the files ----

    private Node choosePane() {
        fileList.setId("importFiles");
        fileList.setItems(model.files);
        fileList.setCellFactory(list -> new FileCell());
        Label empty = Layouts.label("import.files.empty", "placeholder-hint");
        empty.setWrapText(true);
        fileList.setPlaceholder(empty);
        fileList.setOnKeyPressed(event -> {
            Path selected = fileList.getSelectionModel().getSelectedItem();
            if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && selected != null) {
                event.consume();
                model.remove(selected);
            }
        });
        VBox.setVgrow(fileList, Priority.ALWAYS);
        pathField.setId("importPath");
        pathField.setPromptText(Messages.get("import.path.prompt"));
        HBox.setHgrow(pathField, Priority.ALWAYS);
        Button add = new Button(Messages.get("import.add"));
        add.setId("importAdd");
        Runnable addTyped = () -> {
            if (model.addTyped(pathField.getText())) {
                pathField.clear();
            }
        };
        add.setOnAction(event -> addTyped.run());
        // Enter in the field adds the path; with the field empty it goes on, as the default button would.
        pathField.setOnAction(event -> {
            if (pathField.getText().isBlank()) {
                model.verify();
            } else {
                addTyped.run();
            }
        });
        Button choose = new Button(Messages.get("import.choose"));
        choose.setId("importChoose");
        choose.setOnAction(event -> choose());
        Button remove = new Button(Messages.get("import.remove"));
        remove.setId("importRemove");
        remove.disableProperty().bind(fileList.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(fileList.getSelectionModel().getSelectedItem()));
        HBox typed = new HBox(8, pathField, add, choose, remove);
        typed.setAlignment(Pos.CENTER_LEFT);
        Label error = Layouts.errorLine("importError");
        error.textProperty().bind(model.error);
        Label drop = Layouts.label("import.drop", "field-hint");
        VBox box = new VBox(8, Layouts.label("import.section.files", "form-section"), fileList, typed, drop, error);
        box.getStyleClass().add("package-body");
        return box;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.choose.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("export.choose.filter"), "*.leadpack"),
                new FileChooser.ExtensionFilter(Messages.get("evidence.attachFiles.all"), "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null) {
            model.addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Files dropped on the wizard join the list (before verification). */
    private void acceptDrops() {
        root.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && model.step.get() == ImportViewModel.Step.CHOOSE) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean taken = event.getDragboard().hasFiles() && model.step.get() == ImportViewModel.Step.CHOOSE;
            if (taken) {
                model.addFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    private static final class FileCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = Layouts.text(item.getFileName().toString(), "entry-text");
            Label where = Layouts.text(item.getParent() == null ? "" : item.getParent().toString(), "entry-meta");
            setText(null);
            setGraphic(new VBox(1, name, where));
        }
    }

    // ---- verifying and importing ----

    private Node workingPane() {
        Label what = new Label();
        what.setId("importWorking");
        what.getStyleClass().add("package-working");
        what.textProperty().bind(Bindings.when(model.cancelling).then(Messages.get("import.cancelling")).otherwise(model.working));
        ProgressBar bar = Layouts.progressBar("importProgress", model.progress);
        bar.setMaxWidth(520);
        bar.setPrefWidth(520);
        Button cancel = new Button(Messages.get("import.cancel"));
        cancel.setId("importCancelRunning");
        cancel.disableProperty().bind(model.cancelling);
        cancel.setOnAction(event -> model.cancel());
        VBox box = new VBox(14, what, bar, cancel);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("package-body");
        return box;
    }

    // ---- step 2: the reports ----

    private void showReports() {
        cards.getChildren().setAll(model.reports.stream().map(this::card).toList());
    }

    private Node card(PackageReport report) {
        int index = model.reports.indexOf(report);
        VBox card = new VBox(6);
        card.setId("importReport" + index);
        card.getStyleClass().addAll("package-card", "package-card-" + report.status.name().toLowerCase(java.util.Locale.ROOT));
        Label status = PackageTexts.badge(Messages.get("import.status." + report.status.name().toLowerCase(java.util.Locale.ROOT)),
                "status-" + report.status.name().toLowerCase(java.util.Locale.ROOT));
        status.setId("importStatus" + index);
        Label name = Layouts.text(report.file.getFileName().toString(), "package-card-title");
        HBox top = new HBox(10, status, name, Layouts.spacer());
        top.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(top);
        if (report.status == PackageReport.Status.READY) {
            CheckBox include = new CheckBox(report.otherOperation
                    ? Messages.get("import.include.other", report.verified.manifest().operation().name()) : Messages.get("import.include"));
            include.setId("importInclude" + index);
            include.selectedProperty().bindBidirectional(report.include);
            top.getChildren().add(include);
        }
        if (report.verified != null) {
            verifiedDetails(card, report, index);
        } else if (report.refusal != null) {
            refusedDetails(card, report, index);
        } else {
            Label failure = Layouts.text(report.failure, "error-line");
            failure.setWrapText(true);
            failure.setId("importFailure" + index);
            card.getChildren().add(failure);
        }
        return card;
    }

    private void verifiedDetails(VBox card, PackageReport report, int index) {
        Manifest m = report.verified.manifest();
        Label signer = Layouts.text(Messages.get("import.signedBy", m.signer().name(), m.signer().agency(),
                PackageTexts.country(m.signer().country())), "package-signer");
        signer.setId("importSigner" + index);
        Label trust = PackageTexts.badge(switch (report.trust) {
            case OWN -> Messages.get("import.trust.own");
            case TRUSTED -> Messages.get("import.trust.trusted", report.trustedSince == null ? "" : Format.dateTime(report.trustedSince));
            case UNKNOWN -> Messages.get("import.trust.unknown");
        }, report.trust == PackageReport.Trust.UNKNOWN ? "status-refused" : "status-trusted");
        trust.setId("importTrust" + index);
        HBox who = new HBox(10, signer, trust);
        who.setAlignment(Pos.CENTER_LEFT);
        Label fingerprint = PackageTexts.smallFingerprint(m.signer().fingerprint(), "importFingerprint" + index);
        Label what = Layouts.text(Messages.get("import.package", PackageTexts.kind(m.packageKind()), m.sequence(),
                Format.dateTime(m.createdAt())), "package-fact");
        what.setId("importKind" + index);
        Label operation = Layouts.text(Messages.get("import.operation", m.operation().name()), "package-fact");
        operation.setId("importOperation" + index);
        card.getChildren().addAll(who, fingerprint, what, operation);
        if (report.opened.wasSealed()) {
            Label sealed = Layouts.label("import.sealed", "package-fact");
            sealed.setId("importSealed" + index);
            card.getChildren().add(sealed);
        }
        if (report.otherOperation) {
            String open = session.operation() == null ? "" : session.operation().name();
            Label other = Layouts.text(Messages.get("import.operation.other", m.operation().name(), open,
                    report.plan.newOperation() ? 1 : 0), "package-warning");
            other.setId("importOtherOperation" + index);
            other.setWrapText(true);
            card.getChildren().add(other);
        } else if (report.plan.newOperation()) {
            Label created = Layouts.text(Messages.get("import.operation.new", m.operation().name()), "package-warning");
            created.setWrapText(true);
            card.getChildren().add(created);
        }
        if (report.status == PackageReport.Status.ALREADY) {
            Label already = Layouts.label("import.already", "package-fact");
            already.setId("importAlready" + index);
            card.getChildren().add(already);
        } else {
            card.getChildren().add(countsGrid(report, index));
            Label plan = Layouts.text(report.plan.planSentence(), "package-plan");
            plan.setId("importPlan" + index);
            plan.setWrapText(true);
            card.getChildren().add(plan);
        }
        Label blobs = Layouts.text(Messages.get("import.blobs.new", report.verified.blobs().size(), report.newBlobs), "package-fact");
        blobs.setId("importBlobs" + index);
        card.getChildren().add(blobs);
        if (!report.verified.embedded().isEmpty()) {
            card.getChildren().add(Layouts.text(Messages.get("import.merged", report.verified.embedded().size()), "package-fact"));
        }
        for (String warning : report.verified.warnings()) {
            Label line = Layouts.text(Messages.get("import.warning", warning), "package-warning");
            line.setWrapText(true);
            card.getChildren().add(line);
        }
    }

    private static GridPane countsGrid(PackageReport report, int index) {
        GridPane grid = new GridPane();
        grid.setId("importCounts" + index);
        grid.getStyleClass().add("package-counts");
        grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints());
        for (int i = 0; i < 5; i++) {
            javafx.scene.layout.ColumnConstraints number = new javafx.scene.layout.ColumnConstraints();
            number.setHalignment(javafx.geometry.HPos.RIGHT);
            grid.getColumnConstraints().add(number);
        }
        grid.addRow(0, head("import.counts.type"), head("import.counts.inPackage"), head("import.counts.new"),
                head("import.counts.updated"), head("import.counts.present"), head("import.counts.conflicts"));
        int row = 1;
        for (RecordType<?> type : RecordTypes.ALL) {
            int inPackage = report.verified.records().getOrDefault(type, List.of()).size();
            if (inPackage == 0) {
                continue;
            }
            ImportSummary.Counts c = report.plan.perType().getOrDefault(type.name(), ImportSummary.Counts.ZERO);
            Label conflicts = count(c.conflicts());
            if (c.conflicts() > 0) {
                conflicts.getStyleClass().add("count-conflict");
            }
            grid.addRow(row++, Layouts.text(PackageTexts.type(type.name())), count(inPackage), count(c.added()), count(c.updated()),
                    count(c.present()), conflicts);
        }
        return grid;
    }

    private static Label head(String key) {
        return Layouts.label(key, "count-head");
    }

    private static Label count(int value) {
        return Layouts.text(Format.count(value), "count-value");
    }

    private void refusedDetails(VBox card, PackageReport report, int index) {
        PackageRefusedException refused = report.refusal;
        Label sentence = Layouts.text(refused.describe(), "package-refusal");
        sentence.setId("importRefusal" + index);
        sentence.setWrapText(true);
        Label step = Layouts.text(Messages.get("import.refused.step", refused.step().ordinal() + 1, refused.step().label())
                + (refused.entry() == null ? "" : " · " + Messages.get("import.refused.entry", refused.entry())), "package-fact");
        card.getChildren().addAll(sentence, step);
        Manifest.Signer signer = report.unknownSigner;
        if (signer != null) {
            Label who = Layouts.text(Messages.get("import.refused.signer", signer.name(), signer.agency(),
                    PackageTexts.country(signer.country())), "package-signer");
            Label fingerprint = PackageTexts.smallFingerprint(signer.fingerprint(), "importRefusedFingerprint" + index);
            Button trust = new Button(Messages.get("import.trustKey"));
            trust.setId("importTrustKey" + index);
            trust.getStyleClass().add("accent");
            trust.setOnAction(event -> TrustKeyDialog.forFile(stage, session, report.file, watch, added -> model.reverify(report)));
            card.getChildren().addAll(who, fingerprint, trust);
        }
    }

    // ---- step 3: what happened ----

    private void showOutcomes() {
        outcomes.getChildren().clear();
        int i = 0;
        for (PackageReport report : model.reports) {
            boolean changed = report.imported != null && !report.imported.alreadyImported();
            // Taken in, or left as it was on purpose (imported before, not ticked), or not taken in for a reason to read.
            boolean unchanged = !changed && (report.status == PackageReport.Status.ALREADY
                    || report.status == PackageReport.Status.READY && report.imported == null && !report.include.get()
                    || report.imported != null);
            Label name = Layouts.text(report.file.getFileName().toString(), "package-card-title");
            Label what = Layouts.text(report.outcome, changed ? "package-plan" : unchanged ? "package-fact" : "package-refusal");
            what.setId("importOutcome" + i);
            what.setWrapText(true);
            HBox head = new HBox(8, name);
            if (changed || !unchanged) {
                head.getChildren().add(0, Icons.icon(changed ? Icons.CHECK : Icons.WARNING, 14, changed ? "icon-success" : "icon-warning"));
            }
            head.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(4, head, what);
            card.getStyleClass().add("package-card");
            outcomes.getChildren().add(card);
            i++;
        }
    }

    // ---- footer ----

    private Node footer() {
        Button back = new Button(Messages.get("import.back"));
        back.setId("importBack");
        back.visibleProperty().bind(model.step.isEqualTo(ImportViewModel.Step.REPORT));
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(event -> model.back());
        Button conflicts = new Button(Messages.get("import.done.conflicts"));
        conflicts.setId("importShowConflicts");
        conflicts.setVisible(false);
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        conflicts.setOnAction(event -> {
            stage.close();
            showConflicts.run();
        });
        model.step.addListener((obs, before, after) -> conflicts.setVisible(after == ImportViewModel.Step.DONE && model.conflictsAdded() > 0));
        // Packages that went into another operation than the open one: the window would still show the open one.
        openOperation.setId("importOpenOperation");
        openOperation.getStyleClass().add("accent");
        openOperation.visibleProperty().bind(model.step.isEqualTo(ImportViewModel.Step.DONE).and(model.elsewhere.isNotNull()));
        openOperation.managedProperty().bind(openOperation.visibleProperty());
        openOperation.defaultButtonProperty().bind(openOperation.visibleProperty());
        openOperation.textProperty().bind(Bindings.createStringBinding(() -> model.elsewhere.get() == null ? ""
                : Messages.get("import.done.open", model.elsewhere.get().operationName()), model.elsewhere));
        openOperation.setOnAction(event -> {
            model.openElsewhere();
            stage.close();
        });
        Button cancel = new Button(Messages.get("import.cancel"));
        cancel.setId("importCancel");
        cancel.textProperty().bind(Bindings.when(model.step.isEqualTo(ImportViewModel.Step.DONE))
                .then(Messages.get("import.close")).otherwise(Messages.get("import.cancel")));
        cancel.setOnAction(event -> stage.close());
        next.setId("importNext");
        next.getStyleClass().add("accent");
        next.defaultButtonProperty().bind(openOperation.visibleProperty().not());
        openOperation.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                next.getStyleClass().remove("accent");
            } else if (!next.getStyleClass().contains("accent")) {
                next.getStyleClass().add("accent");
            }
        });
        next.textProperty().bind(Bindings.createStringBinding(() -> switch (model.step.get()) {
            case CHOOSE, VERIFYING -> Messages.get("import.verify", model.files.size());
            case REPORT, IMPORTING -> Messages.get("import.import", model.included.get());
            case DONE -> Messages.get("import.close");
        }, model.step, model.files, model.included));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> switch (model.step.get()) {
            case CHOOSE -> model.files.isEmpty();
            case REPORT -> model.included.get() == 0;
            case VERIFYING, IMPORTING -> true;
            case DONE -> false;
        }, model.step, model.files, model.included));
        next.setOnAction(event -> {
            switch (model.step.get()) {
                case CHOOSE -> model.verify();
                case REPORT -> model.importChosen();
                case DONE -> stage.close();
                default -> { }
            }
        });
        cancel.visibleProperty().bind(model.step.isNotEqualTo(ImportViewModel.Step.DONE));
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox right = new HBox(8, back, conflicts, cancel, next, openOperation);
        right.setAlignment(Pos.CENTER_RIGHT);
        // Delete works on the list of files only, and Enter does what the default button says at each step.
        return OwnedWindow.footer(Bindings.createStringBinding(() -> Messages.get(switch (model.step.get()) {
            case CHOOSE -> "import.keys";
            case VERIFYING, IMPORTING -> "import.keys.working";
            case REPORT -> "import.keys.report";
            case DONE -> model.elsewhere.get() == null ? "import.keys.done" : "import.keys.doneElsewhere";
        }), model.step, model.elsewhere), right);
    }

    /** Enter imports when there is something to take in; otherwise the cursor waits on "Trust this key…" or Back. */
    private void focusReport() {
        if (model.included.get() > 0) {
            next.requestFocus();
            return;
        }
        cards.lookupAll(".button").stream().findFirst().ifPresentOrElse(javafx.scene.Node::requestFocus,
                () -> root.lookup("#importBack").requestFocus());
    }

    private void onStep(ImportViewModel.Step step) {
        switch (step) {
            case CHOOSE -> Platform.runLater(pathField::requestFocus);
            case REPORT -> Platform.runLater(this::focusReport);
            case DONE -> {
                showOutcomes();
                Platform.runLater(() -> (openOperation.isVisible() ? openOperation : next).requestFocus());
            }
            default -> { }
        }
    }
}
