package org.leadline.ui.main;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.leadline.model.CaptureSummary;
import org.leadline.model.Category;
import org.leadline.model.Operation;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Counters;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;
import org.leadline.ui.evidence.EvidenceDesk;
import org.leadline.ui.documents.DocumentDialog;
import org.leadline.ui.facechecks.FaceCheckView;
import org.leadline.ui.leads.DetailPane;
import org.leadline.ui.leads.DetailViewModel;
import org.leadline.ui.leads.FilterBar;
import org.leadline.ui.leads.LeadTable;
import org.leadline.ui.leads.LeadTableViewModel;
import org.leadline.ui.leads.QuickAddBar;
import org.leadline.ui.leads.QuickAddViewModel;
import org.leadline.ui.paste.PasteView;
import org.leadline.ui.packages.PackagesDesk;
import org.leadline.ui.paste.PasteViewModel;

/** The main window: menus, the operation header, quick add, filters, the lead table and the detail pane. */
public final class MainView {
    private final MainViewModel model;
    private final Shell shell;
    private final String version;
    private final BorderPane root = new BorderPane();
    private final LeadTableViewModel tableModel;
    private final QuickAddBar quickAdd;
    private final FilterBar filterBar;
    private final LeadTable leadTable;
    private final DetailPane detail;
    private final EvidenceDesk evidence;
    private final PackagesDesk packages;
    /** True while the operation's evidence grid replaces the lead table. */
    private final javafx.beans.property.BooleanProperty showingEvidence = new javafx.beans.property.SimpleBooleanProperty(false);
    /** True while the operation picture (the dashboard) replaces the lead table. */
    private final javafx.beans.property.BooleanProperty showingPicture = new javafx.beans.property.SimpleBooleanProperty(false);
    /** Made when first shown: its charts and map would otherwise be built and laid out before the first page. */
    private org.leadline.ui.dashboard.DashboardView dashboard;
    private final StackPane center;
    private static final KeyCombination PASTE_POST = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private final Menu switchMenu = new Menu(Messages.get("menu.file.switch"));
    private Stage pasteWindow;

    public MainView(MainViewModel model, Shell shell, String version) {
        this.model = model;
        this.shell = shell;
        this.version = version;
        Session session = model.session();
        root.setId("mainRoot");
        root.getStyleClass().add("main-root");

        tableModel = new LeadTableViewModel(session);
        leadTable = new LeadTable(tableModel);
        DetailViewModel detailModel = new DetailViewModel(session);
        detailModel.leadIdProperty().bind(Bindings.createObjectBinding(() -> tableSelection(), leadTable.table().getSelectionModel().selectedItemProperty()));
        detail = new DetailPane(detailModel, tableModel.tagColors());
        evidence = new EvidenceDesk(session, new EvidenceDesk.Window(() -> (Stage) window(), shell::stylesheets,
                () -> shell.darkThemeProperty().get(), shell::watchActivity), session.workspace().clock(), model::notice,
                this::showLeads);
        evidence.leadModel().leadIdProperty().bind(detailModel.leadIdProperty());
        detail.addSection(evidence.section().root());
        evidence.section().acceptDrops(detail.root());
        packages = new PackagesDesk(session, new PackagesDesk.Window(() -> (Stage) window(), shell::watchActivity, model::notice,
                model.status::set), this::imported);
        acceptPackageDrops();
        acceptDropsOnRows();
        leadTable.setOnDelete(detail::confirmDelete);
        quickAdd = new QuickAddBar(new QuickAddViewModel(session), leadTable::selectWhenLoaded);
        filterBar = new FilterBar(tableModel);

        SplitPane split = new SplitPane(leadTable.root(), detail.root());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        split.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(detail.root(), false);
        VBox workArea = new VBox(filterBar.root(), split);
        workArea.getStyleClass().add("work-area");
        VBox.setVgrow(split, Priority.ALWAYS);

        Node welcome = welcome();
        Node noOperation = noOperation();
        StackPane leads = new StackPane(workArea, welcome, noOperation);
        Node grid = evidence.grid().root();
        center = new StackPane(leads, grid);
        leads.visibleProperty().bind(showingEvidence.not().and(showingPicture.not()));
        grid.visibleProperty().bind(showingEvidence);
        center.getStyleClass().add("main-center");
        var noOp = Bindings.createBooleanBinding(() -> model.ready.get() && session.operation() == null,
                model.ready, session.operationProperty());
        var empty = Bindings.createBooleanBinding(() -> session.operation() != null && tableModel.rows().isEmpty()
                        && !tableModel.filteredBinding().get() && tableModel.loadedOnceProperty().get(),
                session.operationProperty(), tableModel.rows(), tableModel.filteredBinding(), tableModel.loadedOnceProperty());
        noOperation.visibleProperty().bind(noOp);
        welcome.visibleProperty().bind(empty.and(noOp.not()));
        workArea.visibleProperty().bind(empty.not().and(noOp.not()));

        VBox top = new VBox(menuBar(), trainingBanner(), header(), quickAdd.root());
        top.getStyleClass().add("main-top");
        root.setTop(top);
        root.setCenter(center);
        root.setBottom(statusBar());
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && tableModel.clearSearch()) {
                event.consume();
            }
        });
        // Ctrl+V outside a text field pastes a whole post; inside one it stays the field's paste.
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PASTE_POST.match(event) && !inTextInput() && session.operation() != null) {
                event.consume();
                Clipboard clipboard = Clipboard.getSystemClipboard();
                // An image (or image files) goes to the selected lead as evidence; text is a post to analyse.
                if (EvidenceDesk.clipboardHoldsEvidence(clipboard)) {
                    pasteEvidence(clipboard);
                } else {
                    openPaste(clipboard.hasString() ? clipboard.getString() : null);
                }
            }
        });
        quickAdd.root().disableProperty().bind(session.operationProperty().isNull());
        // The cursor starts in the quick-add field as soon as an operation is open (it is disabled before).
        session.operationProperty().addListener((obs, before, after) -> {
            if (after != null && before == null) {
                focusQuickAdd();
            }
            if (showingEvidence.get()) {
                evidence.gridModel().reload();
            }
        });
        session.revisionProperty().addListener((obs, before, after) -> {
            if (showingEvidence.get()) {
                evidence.gridModel().reload();
            }
        });
    }

    private void pasteEvidence(Clipboard clipboard) {
        java.util.UUID lead = tableSelection();
        if (lead == null) {
            model.status.set(Messages.get("evidence.error.pasteNoLead"));
            return;
        }
        evidence.pasteEvidence(clipboard, lead);
    }

    /** Files dragged from a file manager onto a row of the lead table are attached to that row's lead. */
    private void acceptDropsOnRows() {
        var table = leadTable.table();
        table.addEventHandler(javafx.scene.input.DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && rowUnder(event.getPickResult().getIntersectedNode()) != null) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                event.consume();
            }
        });
        table.addEventHandler(javafx.scene.input.DragEvent.DRAG_DROPPED, event -> {
            var row = rowUnder(event.getPickResult().getIntersectedNode());
            boolean taken = row != null && event.getDragboard().hasFiles();
            if (taken) {
                table.getSelectionModel().clearAndSelect(row.getIndex());
                evidence.attach().attachFiles(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList(),
                        java.util.List.of(row.getItem().id()));
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    private static javafx.scene.control.TableRow<org.leadline.model.LeadSummary> rowUnder(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof org.leadline.model.LeadSummary) {
                @SuppressWarnings("unchecked")
                var typed = (javafx.scene.control.TableRow<org.leadline.model.LeadSummary>) row;
                return typed;
            }
        }
        return null;
    }

    /**
     * Lead packages dropped anywhere on the window open the import wizard; the filter runs before the evidence drops of
     * the table and the detail pane, which take every other file.
     */
    private void acceptPackageDrops() {
        root.addEventFilter(javafx.scene.input.DragEvent.DRAG_OVER, event -> {
            if (onlyPackages(event.getDragboard())) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                event.consume();
            }
        });
        root.addEventFilter(javafx.scene.input.DragEvent.DRAG_DROPPED, event -> {
            if (onlyPackages(event.getDragboard())) {
                packages.importPackages(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    private static boolean onlyPackages(javafx.scene.input.Dragboard board) {
        return board.hasFiles() && !board.getFiles().isEmpty()
                && board.getFiles().stream().allMatch(file -> PackagesDesk.isPackage(file.toPath()));
    }

    /** After an import: a new operation shows in File → Switch operation; with none open, the imported one opens. */
    private void imported(java.util.List<org.leadline.logic.packages.ImportSummary> done) {
        model.loadOperations();
        model.refreshCounters();
        if (model.session().operation() == null && !done.isEmpty()) {
            model.switchTo(done.get(0).operationId());
        }
    }

    /** The package screens of this window (tests reach the dialogs through it). */
    public PackagesDesk packages() {
        return packages;
    }

    /**
     * True, with a word in the status bar, when no operation is open: still opening just after the unlock (a shortcut
     * pressed then is not told that there is none; the notice fades, as the opening ends), or none at all.
     */
    private boolean noOperationYet() {
        if (model.session().operation() != null) {
            return false;
        }
        if (model.ready.get()) {
            model.status.set(Messages.get("quickAdd.error.noOperation"));
        } else {
            model.notice(Messages.get("main.operationOpening"));
        }
        return true;
    }

    /** View → Evidence (Ctrl+E): the operation's evidence grid in place of the lead table; Ctrl+E again goes back. */
    public void toggleEvidence() {
        if (showingEvidence.get()) {
            showLeads();
            return;
        }
        if (noOperationYet()) {
            return;
        }
        // The query first: it runs in the background while the FX thread lays the grid out.
        evidence.gridModel().reload();
        showingPicture.set(false);
        showingEvidence.set(true);
        Platform.runLater(evidence.grid()::focus);
    }

    /** View → Link chart (Ctrl+Shift+K); "Open in main window" there shows the lead in the table. */
    public org.leadline.ui.links.LinkChartWindow openLinkChart() {
        return org.leadline.ui.links.LinkChartWindow.show(window(), model.session(), lead -> {
            showLeads();
            leadTable.reveal(lead.id(), lead.canonical());
        });
    }

    private void showLeads() {
        showingEvidence.set(false);
        showingPicture.set(false);
        leadTable.focus();
    }

    /**
     * View → Operation picture (Ctrl+Shift+P): the dashboard of the open operation in place of the lead table; Ctrl+Shift+P
     * or Escape goes back. It computes the picture when shown and again after every change while it shows.
     */
    public void togglePicture() {
        if (showingPicture.get()) {
            showLeads();
            return;
        }
        if (noOperationYet()) {
            return;
        }
        showingEvidence.set(false);
        showingPicture.set(true);
        Platform.runLater(dashboard()::focus);
    }

    private org.leadline.ui.dashboard.DashboardView dashboard() {
        if (dashboard == null) {
            var pictureModel = new org.leadline.ui.dashboard.DashboardViewModel(model.session());
            pictureModel.activeProperty().bind(showingPicture);
            dashboard = new org.leadline.ui.dashboard.DashboardView(pictureModel, this::showScope, java.util.Map.of(
                    "offers", () -> org.leadline.ui.offers.OffersScreen.show(window(), model.session()),
                    "conflicts", packages::conflicts), this::showLeads);
            dashboard.root().visibleProperty().bind(showingPicture);
            center.getChildren().add(dashboard.root());
        }
        return dashboard;
    }

    /** A number of the picture was chosen: the lead table shows exactly its leads, under a removable chip. */
    private void showScope(org.leadline.model.LeadScope scope, String label) {
        tableModel.showScope(scope, label);
        showLeads();
    }

    /** The window is going away with its workspace: the thumbnail worker stops, the evidence views let go of the session. */
    public void dispose() {
        evidence.dispose();
    }

    /** The evidence screens of this window (tests and screenshots reach the viewer through it). */
    public EvidenceDesk evidence() {
        return evidence;
    }

    private boolean inTextInput() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        return focused instanceof TextInputControl || focused instanceof ComboBoxBase<?> combo && combo.isEditable();
    }

    /** Opens the paste dialog, with a post to analyse at once or empty with the cursor in its text area. */
    public void openPaste(String text) {
        if (!active()) {
            return;
        }
        if (noOperationYet()) {
            return;
        }
        if (pasteWindow != null && pasteWindow.isShowing()) {
            pasteWindow.toFront();
            return;
        }
        PasteView view = new PasteView(new PasteViewModel(model.session()), saved -> {
            model.notice(Messages.get("paste.saved", saved.saved(), saved.known()));
            if (saved.first() != null) {
                leadTable.selectWhenLoaded(saved.first());
            }
            leadTable.focus();
        });
        pasteWindow = view.stage();
        view.open(window(), shell.stylesheets(), shell.darkThemeProperty().get(), text, shell::watchActivity);
    }

    /** The document form, with the selected lead's captured images linked (a document is usually seen in them). */
    private void recordDocument() {
        java.util.UUID lead = tableSelection();
        if (lead == null) {
            DocumentDialog.show(window(), model.session(), java.util.List.of(), saved -> model.session().changed());
            return;
        }
        Background.run(() -> model.session().evidence().forLead(lead).stream().map(CaptureSummary::id).toList(),
                images -> DocumentDialog.show(window(), model.session(), images, saved -> model.session().changed()),
                failure -> DocumentDialog.show(window(), model.session(), java.util.List.of(), saved -> model.session().changed()));
    }

    private java.util.UUID tableSelection() {
        var item = leadTable.table().getSelectionModel().getSelectedItem();
        return item == null ? null : item.id();
    }

    public Parent root() {
        return root;
    }

    /** Starts loading the open operation and puts the cursor in the quick-add field. */
    public void start() {
        model.start();
        focusQuickAdd();
    }

    /** True once the lead table has shown its first page (the start-up benchmark waits for it). */
    public javafx.beans.property.ReadOnlyBooleanProperty firstPageShownProperty() {
        return tableModel.loadedOnceProperty();
    }

    public void focusQuickAdd() {
        Platform.runLater(quickAdd::focus);
    }

    /** Shortcuts only act while this view is the window's content (not behind the lock screen). */
    private boolean active() {
        return root.getScene() != null;
    }

    private MenuBar menuBar() {
        MenuItem newOperation = item("menu.file.newOperation", null, () -> Dialogs.newOperation(window(), shell.stylesheets(), model,
                regionForNewOperation()));
        newOperation.setId("menuNewOperation");
        MenuItem changePassphrase = item("menu.file.changePassphrase", null,
                () -> Dialogs.changePassphrase(window(), shell.stylesheets(), model.session()));
        MenuItem preferences = item("menu.file.preferences", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                () -> Dialogs.preferences(window(), shell.stylesheets(), shell));
        MenuItem lock = item("menu.file.lock", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), shell::lock);
        lock.setId("menuLock");
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), shell::quit);
        switchMenu.setId("menuSwitchOperation");
        model.operations.addListener((ListChangeListener<Operation>) change -> rebuildSwitchMenu());
        model.session().operationProperty().addListener((obs, a, b) -> rebuildSwitchMenu());
        rebuildSwitchMenu();
        MenuItem exportPackage = item("menu.file.exportPackage", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), packages::exportPackage);
        exportPackage.setId("menuExportPackage");
        MenuItem importPackages = item("menu.file.importPackages", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> packages.importPackages(java.util.List.of()));
        importPackages.setId("menuImportPackages");
        MenuItem report = item("menu.file.report", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> org.leadline.ui.reports.ReportDialog.show(window(), model.session(), shell::watchActivity, model::notice));
        report.setId("menuReport");
        Menu file = new Menu(Messages.get("menu.file"), null, newOperation, switchMenu, new SeparatorMenuItem(), exportPackage,
                importPackages, report, new SeparatorMenuItem(), changePassphrase, preferences, new SeparatorMenuItem(), lock, quit);

        MenuItem add = item("menu.lead.add", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), quickAdd::focus);
        MenuItem paste = item("menu.lead.paste", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> openPaste(null));
        paste.setId("menuPastePost");
        MenuItem search = item("menu.lead.search", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), filterBar::focusSearch);
        MenuItem tag = item("menu.lead.tag", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), detail::focusTagField);
        MenuItem next = item("menu.lead.next", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> leadTable.move(1));
        MenuItem previous = item("menu.lead.previous", new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> leadTable.move(-1));
        MenuItem table = item("menu.lead.table", null, this::showLeads);
        MenuItem delete = item("menu.lead.delete", null, detail::confirmDelete);
        MenuItem attachFiles = item("menu.lead.attachFiles", new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> evidence.attachFiles(tableSelection()));
        attachFiles.setId("menuAttachFiles");
        MenuItem captureRegion = item("menu.lead.captureRegion", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> evidence.captureRegion(tableSelection()));
        captureRegion.setId("menuCaptureRegion");
        MenuItem document = item("menu.lead.document", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::recordDocument);
        document.setId("menuRecordDocument");
        Menu categories = new Menu(Messages.get("menu.lead.category"));
        for (int i = 0; i < Format.CATEGORY_SHORTCUTS.size(); i++) {
            Category category = Format.CATEGORY_SHORTCUTS.get(i);
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i == 9 ? 0 : i + 1));
            MenuItem choose = new MenuItem(Format.category(category));
            choose.setAccelerator(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN));
            choose.setOnAction(event -> {
                if (active()) {
                    detail.chooseCategory(category);
                }
            });
            categories.getItems().add(choose);
        }
        MenuItem recordOffer = item("menu.lead.recordOffer", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> org.leadline.ui.offers.OfferForm.record(window(), model.session(), tableSelection(),
                offer -> model.notice(Messages.get("offer.saved", offer.from() + " → " + offer.to()))));
        Menu lead = new Menu(Messages.get("menu.lead"), null, add, paste, recordOffer, search, tag, categories, new SeparatorMenuItem(),
                attachFiles, captureRegion, document, new SeparatorMenuItem(), table, next,
                previous, new SeparatorMenuItem(), delete);

        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setId("menuDarkTheme");
        dark.selectedProperty().bindBidirectional(shell.darkThemeProperty());
        MenuItem evidenceGrid = item("menu.view.evidence", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                this::toggleEvidence);
        evidenceGrid.setId("menuEvidence");
        MenuItem picture = item("menu.view.picture", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::togglePicture);
        picture.setId("menuPicture");
        MenuItem faceChecks = item("menu.view.faceChecks", new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> FaceCheckView.show(window(), model.session(), null, evidence.cache()));
        faceChecks.setId("menuFaceChecks");
        MenuItem offers = item("menu.view.offers", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> org.leadline.ui.offers.OffersScreen.show(window(), model.session()));
        MenuItem linkChart = item("menu.view.links", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::openLinkChart);
        linkChart.setId("menuLinkChart");
        MenuItem trust = item("menu.view.trust", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), packages::trustList);
        trust.setId("menuTrust");
        MenuItem conflicts = item("menu.view.conflicts", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), packages::conflicts);
        conflicts.setId("menuConflicts");
        MenuItem scoreExercise = item("menu.view.scoreExercise", new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> org.leadline.ui.training.TrainerScreen.show(window(), model.session(), shell::watchActivity));
        scoreExercise.setId("menuScoreExercise");
        MenuItem buildExercise = item("menu.view.buildExercise", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> org.leadline.ui.training.BuilderWindow.show(window(), model.session(), shell::watchActivity,
                tableSelection()));
        buildExercise.setId("menuBuildExercise");
        MenuItem material = item("menu.view.material", new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::openMaterial);
        material.setId("menuMaterial");
        Menu view = new Menu(Messages.get("menu.view"), null, offers, linkChart, evidenceGrid, picture, faceChecks, new SeparatorMenuItem(), trust,
                conflicts, new SeparatorMenuItem(), buildExercise, material, scoreExercise, new SeparatorMenuItem(), dark);

        MenuItem shortcuts = item("menu.help.shortcuts", new KeyCodeCombination(KeyCode.F1), () -> Dialogs.shortcuts(window(), shell.stylesheets()));
        MenuItem about = item("menu.help.about", null, () -> Dialogs.about(window(), shell.stylesheets(), model.session().owner(), version));
        Menu help = new Menu(Messages.get("menu.help"), null, shortcuts, about);

        MenuBar bar = new MenuBar(file, lead, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** View → Exercise material (training operations): the posts' text and images, leads added from them. */
    private void openMaterial() {
        Operation open = model.session().operation();
        if (noOperationYet()) {
            return;
        }
        if (!model.training.get()) {
            model.status.set(Messages.get("material.error.real", open.name()));
            return;
        }
        org.leadline.ui.training.MaterialWindow.show(window(), model.session(), shell::watchActivity, leadTable::selectWhenLoaded,
                this::openPaste);
    }

    private String regionForNewOperation() {
        Operation open = model.session().operation();
        return open != null ? open.defaultRegion() : model.session().owner().country();
    }

    private void rebuildSwitchMenu() {
        ToggleGroup group = new ToggleGroup();
        switchMenu.getItems().clear();
        for (Operation operation : model.operations) {
            RadioMenuItem item = new RadioMenuItem(operation.name());
            item.setToggleGroup(group);
            item.setSelected(operation.id().equals(model.session().operationId()));
            item.setOnAction(event -> model.switchTo(operation.id()));
            switchMenu.getItems().add(item);
        }
        if (switchMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.switch.none"));
            none.setDisable(true);
            switchMenu.getItems().add(none);
        }
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(event -> {
            if (active()) {
                action.run();
            }
        });
        return item;
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    /** A training exercise says so on every screen of the main window, so nobody mistakes it for an action day. */
    private Node trainingBanner() {
        Label label = new Label(Messages.get("training.banner"));
        label.setId("trainingBanner");
        label.getStyleClass().add("training-banner");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        label.visibleProperty().bind(model.training);
        label.managedProperty().bind(model.training);
        return label;
    }

    private Node header() {
        Label caption = Layouts.label("header.operation", "header-caption");
        Label name = new Label();
        name.setId("operationName");
        name.getStyleClass().add("header-title");
        Label meta = new Label();
        meta.getStyleClass().add("header-meta");
        model.session().operationProperty().addListener((obs, before, after) -> {
            name.setText(after == null ? Messages.get("header.noOperation") : after.name());
            meta.setText(after == null ? "" : Messages.get("header.meta", after.defaultRegion(), Format.country(after.defaultRegion()),
                    (after.startsOn() != null ? after.startsOn()
                            : after.createdAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()).toString()));
        });
        VBox title = new VBox(caption, name, meta);
        title.getStyleClass().add("header-titles");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMinWidth(200);

        StatTile leads = new StatTile("statLeads", "stat.leads");
        StatTile phones = new StatTile("statPhones", "stat.phones");
        StatTile handles = new StatTile("statHandles", "stat.handles");
        StatTile facilitators = new StatTile("statFacilitators", "stat.facilitators");
        StatTile officers = new StatTile("statOfficers", "stat.officers");
        model.counters.addListener((obs, before, after) -> {
            Counters c = after == null ? Counters.NONE : after;
            leads.set(Format.count(c.leads()));
            phones.set(Messages.get("stat.phones.value", c.phones(), c.phoneCountries()));
            handles.set(Format.count(c.handlesAndUrls()));
            facilitators.set(Format.count(c.facilitators()));
            officers.set(Format.count(c.officers()));
        });
        HBox tiles = new HBox(leads, phones, handles, facilitators, officers);
        tiles.getStyleClass().add("stat-tiles");
        tiles.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(title, tiles);
        header.setId("operationHeader");
        header.getStyleClass().add("operation-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node welcome() {
        Label title = new Label();
        title.getStyleClass().add("welcome-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.session().operation() == null ? ""
                : Messages.get("welcome.title", model.session().operation().name()), model.session().operationProperty()));
        title.setWrapText(true);
        Label text = Layouts.label("welcome.text", "welcome-text");
        text.setWrapText(true);
        Button addFirst = new Button(Messages.get("welcome.add"), Icons.icon(Icons.PLUS, 12, "icon-on-accent"));
        addFirst.setId("addFirstLeadButton");
        addFirst.getStyleClass().add("accent");
        addFirst.setOnAction(event -> quickAdd.focus());
        Button demo = new Button(Messages.get("welcome.demo"));
        demo.setId("openDemoButton");
        demo.setOnAction(event -> model.openDemo());
        demo.disableProperty().bind(model.demoBusy);
        demo.setVisible(model.demoAvailable());
        demo.setManaged(model.demoAvailable());
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("busy-indicator");
        progress.visibleProperty().bind(model.demoBusy);
        progress.managedProperty().bind(model.demoBusy);
        Label busy = Layouts.label("welcome.demo.busy", "field-hint");
        busy.visibleProperty().bind(model.demoBusy);
        busy.managedProperty().bind(model.demoBusy);
        HBox actions = new HBox(addFirst, demo, progress, busy);
        actions.getStyleClass().add("welcome-actions");
        actions.setAlignment(Pos.CENTER);
        Label hint = Layouts.label("welcome.hint", "field-hint");
        hint.setWrapText(true);
        hint.setVisible(model.demoAvailable());
        hint.setManaged(model.demoAvailable());
        VBox box = new VBox(Icons.icon(Icons.LEAD, 48, "welcome-icon"), title, text, actions, hint);
        box.setId("welcomePane");
        box.getStyleClass().add("welcome");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(620);
        StackPane holder = new StackPane(box);
        holder.getStyleClass().add("welcome-holder");
        return holder;
    }

    private Node noOperation() {
        Label title = Layouts.label("noOperation.title", "welcome-title");
        Label text = Layouts.label("noOperation.text", "welcome-text");
        text.setWrapText(true);
        Button create = new Button(Messages.get("noOperation.create"));
        create.setId("noOperationCreate");
        create.getStyleClass().add("accent");
        create.setOnAction(event -> Dialogs.newOperation(window(), shell.stylesheets(), model, regionForNewOperation()));
        VBox box = new VBox(Icons.icon(Icons.LEAD, 48, "welcome-icon"), title, text, create);
        box.getStyleClass().add("welcome");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(560);
        StackPane holder = new StackPane(box);
        holder.getStyleClass().add("welcome-holder");
        holder.setId("noOperationPane");
        return holder;
    }

    private Node statusBar() {
        var owner = model.session().owner();
        Label who = Layouts.text(Messages.get("status.officer", owner.name(), owner.agency(), owner.country()), "status-text");
        Label message = new Label();
        message.setId("statusMessage");
        message.getStyleClass().add("status-error");
        message.textProperty().bind(model.status);
        Label autoLock = new Label();
        autoLock.getStyleClass().add("status-text");
        autoLock.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("status.autoLock", shell.idleMinutesProperty().get()),
                shell.idleMinutesProperty()));
        Label notice = new Label();
        notice.setId("statusNotice");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(model.notice);
        Button conflicts = new Button();
        conflicts.setId("conflictBadge");
        conflicts.getStyleClass().addAll("conflict-badge", "small", "flat");
        conflicts.setGraphic(Icons.icon(Icons.WARNING, 12, "icon-warning"));
        conflicts.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("conflicts.badge", model.conflicts.get()),
                model.conflicts));
        conflicts.setTooltip(new javafx.scene.control.Tooltip(Messages.get("conflicts.badge.tooltip")));
        conflicts.visibleProperty().bind(model.conflicts.greaterThan(0));
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        conflicts.setFocusTraversable(false);
        conflicts.setOnAction(event -> packages.conflicts());
        HBox bar = new HBox(Icons.icon(Icons.SHIELD, 12, "status-icon"), who, message, notice, Layouts.spacer(), conflicts, autoLock);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
