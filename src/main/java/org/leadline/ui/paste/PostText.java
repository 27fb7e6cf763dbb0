package org.leadline.ui.paste;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.leadline.logic.selectors.Selector;
import org.leadline.ui.common.Layouts;
import org.leadline.ui.common.Messages;

/**
 * The analysed post, read-only, with every found selector highlighted in place: one colour per kind, a dashed
 * warning outline for unverified values, grey for dropped ones and an outline around the selected one. Long posts
 * show one part at a time ({@link TextParts}). Clicking a highlight selects its row.
 */
final class PostText {
    private final VBox root = new VBox();
    private final Marked marked = new Marked();
    private final ScrollPane scroll = new ScrollPane(marked);
    private final Label partLabel = new Label();
    private final Button previous = new Button(Messages.get("paste.part.previous"));
    private final Button next = new Button(Messages.get("paste.part.next"));
    private final HBox partBar;
    private String text = "";
    private List<TextParts.Part> parts = List.of();
    private ObservableList<PasteRow> rows;
    private int shown = -1;
    private PasteRow selected;
    private Consumer<PasteRow> onPick = row -> { };
    private final ListChangeListener<PasteRow> rowsChanged = change -> {
        while (change.next()) {
            if (change.wasUpdated()) {
                marked.restyle();
                return;
            }
        }
    };

    PostText() {
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("post-scroll");
        scroll.setId("postText");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        previous.setId("previousPart");
        next.setId("nextPart");
        previous.getStyleClass().add("flat");
        next.getStyleClass().add("flat");
        previous.setOnAction(event -> showPart(shown - 1));
        next.setOnAction(event -> showPart(shown + 1));
        partLabel.getStyleClass().add("field-hint");
        partBar = new HBox(previous, partLabel, next);
        partBar.getStyleClass().add("part-bar");
        partBar.setAlignment(Pos.CENTER_LEFT);
        partBar.managedProperty().bind(partBar.visibleProperty());
        partBar.setVisible(false);
        root.getChildren().setAll(scroll, partBar);
        root.getStyleClass().add("post-text-box");
    }

    Node root() {
        return root;
    }

    void setOnPick(Consumer<PasteRow> onPick) {
        this.onPick = onPick;
    }

    /** Shows an analysed post with its rows (which it follows for corrections and check boxes). */
    void show(String post, List<TextParts.Part> postParts, ObservableList<PasteRow> postRows) {
        if (rows != null) {
            rows.removeListener(rowsChanged);
        }
        text = post;
        parts = postParts.isEmpty() ? List.of(new TextParts.Part(0, post.length())) : postParts;
        rows = postRows;
        rows.addListener(rowsChanged);
        selected = null;
        shown = -1;
        showPart(0);
    }

    void clear() {
        if (rows != null) {
            rows.removeListener(rowsChanged);
        }
        rows = null;
        text = "";
        parts = List.of();
        shown = -1;
        selected = null;
        marked.setPart("", 0, List.of());
    }

    /** Outlines the row's span and scrolls to it, switching part when needed. */
    void select(PasteRow row) {
        selected = row;
        if (row == null || rows == null) {
            marked.setSelected(null);
            return;
        }
        int part = TextParts.partOf(parts, row.start());
        if (part >= 0 && part != shown) {
            showPart(part);
        }
        marked.setSelected(row);
        marked.scrollPending = true;
        marked.requestLayout();
    }

    private void showPart(int index) {
        if (index < 0 || index >= parts.size() || rows == null) {
            return;
        }
        shown = index;
        TextParts.Part part = parts.get(index);
        List<PasteRow> inPart = new ArrayList<>();
        for (PasteRow row : rows) {
            if (part.holds(row.start(), row.end())) {
                inPart.add(row);
            }
        }
        marked.setPart(text.substring(part.start(), part.end()), part.start(), inPart);
        marked.setSelected(selected != null && inPart.contains(selected) ? selected : null);
        partBar.setVisible(parts.size() > 1);
        partLabel.setText(Messages.get("paste.part", index + 1, parts.size()));
        previous.setDisable(index == 0);
        next.setDisable(index == parts.size() - 1);
        scroll.setVvalue(0);
    }

    private void scrollTo(Bounds bounds) {
        double content = marked.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        double top = scroll.getVvalue() * (content - viewport);
        if (bounds.getMinY() >= top + 8 && bounds.getMaxY() <= top + viewport - 8) {
            return;
        }
        double wanted = Math.max(0, bounds.getMinY() - viewport / 3);
        scroll.setVvalue(Math.min(1, wanted / (content - viewport)));
    }

    /** The text of one part, the highlights behind it and the selection outline above it. */
    private final class Marked extends Region {
        private final Text body = new Text();
        private final TextFlow flow = new TextFlow(body);
        private final Group marks = new Group();
        private final Path selection = new Path();
        private final List<PasteRow> shownRows = new ArrayList<>();
        private int offset;
        private PasteRow outlined;
        boolean scrollPending;

        Marked() {
            getStyleClass().add("post-text");
            body.getStyleClass().add("post-body");
            flow.getStyleClass().add("post-flow");
            selection.getStyleClass().add("mark-selected");
            selection.setMouseTransparent(true);
            marks.setMouseTransparent(true);
            getChildren().setAll(marks, flow, selection);
            setCursor(Cursor.TEXT);
            setOnMouseClicked(event -> pick(flow.parentToLocal(event.getX(), event.getY())));
        }

        void setPart(String partText, int partOffset, List<PasteRow> partRows) {
            offset = partOffset;
            body.setText(partText);
            shownRows.clear();
            shownRows.addAll(partRows);
            List<Node> paths = new ArrayList<>(partRows.size());
            int lastStart = -1;
            int lastEnd = -1;
            for (PasteRow row : partRows) {
                Path path = new Path();
                path.setUserData(row);
                // A URL and the handle it yields share a span: one highlight, the first row's colour.
                path.setVisible(row.start() != lastStart || row.end() != lastEnd);
                lastStart = row.start();
                lastEnd = row.end();
                paths.add(path);
            }
            marks.getChildren().setAll(paths);
            restyle();
        }

        void setSelected(PasteRow row) {
            outlined = row;
            requestLayout();
        }

        void restyle() {
            for (Node node : marks.getChildren()) {
                PasteRow row = (PasteRow) node.getUserData();
                Selector selector = row.selector();
                node.getStyleClass().setAll("post-mark", "mark-" + selector.kind().wireName());
                if (!selector.verified()) {
                    node.getStyleClass().add("mark-unverified");
                }
                if (!row.isConfirmed()) {
                    node.getStyleClass().add("mark-dropped");
                }
            }
            requestLayout();
        }

        private void pick(Point2D point) {
            if (shownRows.isEmpty()) {
                return;
            }
            HitInfo hit = flow.hitTest(point);
            int index = hit.getCharIndex() + offset;
            List<PasteRow> under = shownRows.stream().filter(row -> row.start() <= index && index < row.end()).toList();
            if (under.isEmpty()) {
                return;
            }
            int current = under.indexOf(selected);
            onPick.accept(under.get((current + 1) % under.size()));
        }

        @Override
        protected double computePrefHeight(double width) {
            Insets insets = getInsets();
            double inner = width < 0 ? flow.prefWidth(-1) : width - insets.getLeft() - insets.getRight();
            return insets.getTop() + flow.prefHeight(inner) + insets.getBottom();
        }

        @Override
        protected double computePrefWidth(double height) {
            return 300;
        }

        @Override
        protected void layoutChildren() {
            Insets insets = getInsets();
            double width = getWidth() - insets.getLeft() - insets.getRight();
            flow.resizeRelocate(insets.getLeft(), insets.getTop(), width, flow.prefHeight(width));
            flow.layout();
            marks.setLayoutX(insets.getLeft());
            marks.setLayoutY(insets.getTop());
            selection.setLayoutX(insets.getLeft());
            selection.setLayoutY(insets.getTop());
            for (Node node : marks.getChildren()) {
                PasteRow row = (PasteRow) node.getUserData();
                ((Path) node).getElements().setAll(flow.rangeShape(row.start() - offset, row.end() - offset));
            }
            if (outlined != null && shownRows.contains(outlined)) {
                selection.getElements().setAll(flow.rangeShape(outlined.start() - offset, outlined.end() - offset));
                selection.setVisible(true);
            } else {
                selection.getElements().clear();
                selection.setVisible(false);
            }
            if (scrollPending && selection.isVisible()) {
                scrollPending = false;
                Bounds bounds = selection.getBoundsInParent();
                Platform.runLater(() -> scrollTo(bounds));
            }
        }
    }

    static Label hint() {
        Label legend = Layouts.label("paste.legend", "field-hint");
        legend.setWrapText(true);
        return legend;
    }
}
