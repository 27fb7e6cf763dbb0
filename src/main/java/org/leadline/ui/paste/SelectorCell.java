package org.leadline.ui.paste;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleObjectProperty;
import org.leadline.logic.selectors.Selector;
import org.leadline.model.LeadKind;
import org.leadline.ui.common.Choice;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Icons;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/**
 * One found selector: check box (save it or not), kind, value, what the logic says about it, whether the operation
 * knows it, and Edit. While editing, the value and kind can be corrected in place (Enter applies, Escape cancels).
 */
final class SelectorCell extends ListCell<PasteRow> {
    private final PasteViewModel model;
    private final CheckBox check = new CheckBox();
    private final Label badge = new Label();
    private final Label value = new Label();
    private final Label detail = new Label();
    private final Label reason = new Label();
    private final HBox reasonLine;
    private final Label known = new Label();
    private final Button edit = new Button(Messages.get("paste.edit"));
    private final VBox text = new VBox();
    private final HBox line;
    private final TextField editValue = new TextField();
    private final SimpleObjectProperty<LeadKind> editKindValue = new SimpleObjectProperty<>();
    private final ComboBox<Choice<LeadKind>> editKind;
    private final Button apply = new Button(Messages.get("paste.edit.apply"));
    private final Button cancel = new Button(Messages.get("paste.edit.cancel"));
    private final Label editError = Layouts.errorLine("pasteEditError");
    private final VBox editor;

    SelectorCell(PasteViewModel model) {
        this.model = model;
        getStyleClass().add("selector-cell");
        // As wide as the list, never wider: a long URL is cut with an ellipsis (its tooltip has it whole).
        setPrefWidth(0);
        check.setFocusTraversable(false);
        check.getStyleClass().add("selector-check");
        check.setOnAction(event -> {
            PasteRow row = getItem();
            if (row != null) {
                row.confirmed.set(check.isSelected());
            }
            getListView().requestFocus();
        });
        check.setTooltip(new Tooltip(Messages.get("paste.check.tooltip")));
        badge.getStyleClass().add("kind-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        VBox badgeBox = new VBox(badge);
        badgeBox.setMinWidth(76);
        badgeBox.setAlignment(Pos.TOP_LEFT);
        value.getStyleClass().add("selector-value");
        value.setMinWidth(0);
        detail.getStyleClass().add("selector-detail");
        detail.setWrapText(true);
        detail.setMinWidth(0);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        reason.getStyleClass().add("selector-reason");
        reason.setWrapText(true);
        reason.setMinWidth(0);
        // Wrapped, not cut: a wrapping label keeps the height its lines need.
        reason.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(reason, Priority.ALWAYS);
        reasonLine = new HBox(Icons.icon(Icons.WARNING, 12, "icon-warning"), reason);
        reasonLine.getStyleClass().add("selector-reason-line");
        reasonLine.setAlignment(Pos.TOP_LEFT);
        reasonLine.managedProperty().bind(reasonLine.visibleProperty());
        known.getStyleClass().add("selector-known");
        known.managedProperty().bind(known.visibleProperty());
        detail.managedProperty().bind(detail.visibleProperty());
        text.getChildren().setAll(value, detail, reasonLine, known);
        text.getStyleClass().add("selector-text");
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        edit.getStyleClass().addAll("flat", "small", "selector-edit");
        edit.setFocusTraversable(false);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setTooltip(new Tooltip(Messages.get("paste.edit.tooltip")));
        edit.setOnAction(event -> {
            getListView().getSelectionModel().select(getIndex());
            getListView().edit(getIndex());
        });
        line = new HBox(check, badgeBox, text, edit);
        line.getStyleClass().add("selector-line");
        line.setAlignment(Pos.TOP_LEFT);

        editValue.setId("pasteEditValue");
        editValue.getStyleClass().add("selector-edit-field");
        HBox.setHgrow(editValue, Priority.ALWAYS);
        editKind = Choice.combo("pasteEditKind", Choice.of(Messages.get("quickAdd.kind.auto"), Arrays.asList(LeadKind.values()),
                Format::kind), editKindValue);
        editKind.setPrefWidth(120);
        apply.setId("pasteEditApply");
        apply.getStyleClass().add("accent");
        cancel.setId("pasteEditCancel");
        apply.setOnAction(event -> applyEdit());
        cancel.setOnAction(event -> cancelEdit());
        editValue.setOnAction(event -> applyEdit());
        editValue.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancelEdit();
                getListView().requestFocus();
            }
        });
        editKind.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !editKind.isShowing()) {
                event.consume();
                cancelEdit();
                getListView().requestFocus();
            } else if (event.getCode() == KeyCode.ENTER && !editKind.isShowing()) {
                event.consume();
                applyEdit();
            }
        });
        HBox editActions = new HBox(editKind, apply, cancel);
        editActions.getStyleClass().add("inline-row");
        editActions.setAlignment(Pos.CENTER_LEFT);
        editor = new VBox(Layouts.label("paste.edit.title", "field-label"), editValue, editActions, editError);
        editor.getStyleClass().add("selector-editor");
        HBox.setHgrow(editor, Priority.ALWAYS);
    }

    @Override
    protected void updateItem(PasteRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        render(row);
        if (isEditing()) {
            line.getChildren().set(2, editor);
            line.getChildren().get(3).setVisible(false);
        } else {
            line.getChildren().set(2, text);
            line.getChildren().get(3).setVisible(true);
        }
        setGraphic(line);
    }

    private void render(PasteRow row) {
        Selector selector = row.selector();
        check.setSelected(row.isConfirmed());
        badge.setText(Format.kind(selector.kind()));
        badge.getStyleClass().removeIf(style -> style.startsWith("kind-") && !style.equals("kind-badge"));
        badge.getStyleClass().add("kind-" + selector.kind().wireName());
        value.setText(selector.canonical());
        value.setTooltip(new Tooltip(selector.canonical()));
        String details = details(selector, row.corrected.get());
        detail.setText(details);
        detail.setVisible(!details.isEmpty());
        reason.setText(selector.verified() ? "" : Messages.get("paste.unverified", reasonOf(selector)));
        reasonLine.setVisible(!selector.verified());
        known.setVisible(row.known());
        known.setText(row.timesSeen.get() > 0 ? Messages.get("paste.known.seen", row.timesSeen.get()) : Messages.get("paste.known"));
        line.getStyleClass().remove("dropped");
        if (!row.isConfirmed()) {
            line.getStyleClass().add("dropped");
        }
    }

    private static String reasonOf(Selector selector) {
        return selector.reason() == null ? Messages.get("detail.unverified.noReason") : selector.reason();
    }

    /** Phone region and validity, handle platform, chain, and whether the officer corrected it. */
    static String details(Selector selector, boolean corrected) {
        List<String> parts = new ArrayList<>();
        if (selector.phone() != null) {
            String region = selector.phone().region();
            String country = Format.country(region);
            parts.add(country.isEmpty() ? region : Messages.get("paste.detail.region", country, region));
            parts.add(Messages.get(selector.phone().valid() ? "paste.detail.valid" : "paste.detail.invalid"));
            String lineType = selector.phone().lineType();
            if (lineType != null && !lineType.isBlank() && !lineType.equals("unknown")) {
                String named = Messages.find("paste.lineType." + lineType.toLowerCase(Locale.ROOT));
                parts.add(named != null ? named : lineType.toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        if (selector.platform() != null) {
            String platform = selector.platform();
            if (platform.equals("unknown")) {
                parts.add(Messages.get("paste.detail.platformUnknown"));
            } else {
                String named = Messages.find("paste.platform." + platform);
                parts.add(Messages.get("paste.detail.platform", named != null ? named
                        : platform.substring(0, 1).toUpperCase(Locale.ROOT) + platform.substring(1)));
            }
        }
        if (selector.chain() != null) {
            parts.add(Messages.get("paste.detail.chain", selector.chain()));
        }
        if (selector.document() != null) {
            parts.add(Messages.get("paste.detail.mrz"));
        }
        if (corrected) {
            parts.add(Messages.get("paste.detail.corrected"));
        }
        return String.join(" · ", parts);
    }

    @Override
    public void startEdit() {
        PasteRow row = getItem();
        if (row == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editValue.setText(row.selector().canonical());
        editKindValue.set(row.selector().kind());
        editError.setText("");
        apply.setDisable(false);
        line.getChildren().set(2, editor);
        line.getChildren().get(3).setVisible(false);
        Platform.runLater(() -> {
            editValue.requestFocus();
            editValue.selectAll();
        });
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        line.getChildren().set(2, text);
        line.getChildren().get(3).setVisible(true);
        if (getItem() != null) {
            render(getItem());
        }
    }

    private void applyEdit() {
        PasteRow row = getItem();
        if (row == null || apply.isDisabled()) {
            return;
        }
        apply.setDisable(true);
        editError.setText("");
        model.correct(row, editValue.getText(), editKindValue.get(), () -> {
            apply.setDisable(false);
            if (isEditing() && getItem() == row) {
                getListView().edit(-1);
            }
            getListView().requestFocus();
        }, problem -> {
            apply.setDisable(false);
            editError.setText(problem);
        });
    }
}
