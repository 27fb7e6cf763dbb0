package org.leadline.ui.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.leadline.logic.json.Json;
import org.leadline.model.Capture;
import org.leadline.model.CaptureSummary;
import org.leadline.model.Officer;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The evidence viewer's state: one capture's record, its picture (or why there is none), zoom, the redaction boxes
 * being drawn, and the derived items around it. Reading, decoding, saving and deriving run off the FX thread.
 */
public final class ViewerViewModel {
    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 16;
    static final double ZOOM_STEP = 1.25;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

    /** One directory of metadata tags as the EXIF list shows it. */
    record TagGroup(String directory, List<Map.Entry<String, String>> tags) {
    }

    /** Everything the viewer shows about a capture, read in one go off the FX thread. */
    record Loaded(Capture capture, Image image, CaptureSummary original, List<CaptureSummary> derived, List<TagGroup> tags,
                  Officer capturedBy) {
    }

    private final Session session;
    private final Consumer<String> notice;
    final ObjectProperty<UUID> captureId = new SimpleObjectProperty<>();
    final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    final DoubleProperty zoom = new SimpleDoubleProperty(1);
    /** What a drag on the picture does: black out an area, frame one, or choose the crop; none pans. */
    enum Tool {
        REDACT, MARK, CROP
    }

    /** The tool in use, null for none (a drag pans); one at a time. */
    final ObjectProperty<Tool> tool = new SimpleObjectProperty<>();
    /** The tool the boxes were drawn with: they stay while the officer pans, and go when another tool is taken. */
    final ObjectProperty<Tool> boxesTool = new SimpleObjectProperty<>();
    final BooleanProperty saving = new SimpleBooleanProperty(false);
    /** The boxes drawn with the redaction or the marking tool, in the picture's pixels. */
    final ObservableList<RegionSelection.Box> boxes = FXCollections.observableArrayList();
    /** The one rectangle the crop tool keeps, in the picture's pixels. */
    final ObjectProperty<RegionSelection.Box> cropBox = new SimpleObjectProperty<>();
    final StringProperty error = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    private long generation;

    public Session session() {
        return session;
    }

    public ViewerViewModel(Session session, Consumer<String> notice) {
        this.session = session;
        this.notice = notice;
        captureId.addListener((obs, before, after) -> load());
        // Black boxes must not become red frames, nor red frames black boxes.
        tool.addListener((obs, before, after) -> {
            if (after != null && after != boxesTool.get()) {
                boxes.clear();
            }
            if (after != null && after != Tool.CROP) {
                cropBox.set(null);
            }
        });
        boxes.addListener((javafx.collections.ListChangeListener<RegionSelection.Box>) change -> {
            if (boxes.isEmpty()) {
                boxesTool.set(null);
            }
        });
    }

    /** The tool's key: the tool on, or off if it was on. */
    void toggle(Tool pressed) {
        tool.set(tool.get() == pressed ? null : pressed);
    }

    void open(UUID id) {
        if (id != null && id.equals(captureId.get())) {
            load();
        } else {
            captureId.set(id);
        }
    }

    void load() {
        long mine = ++generation;
        UUID id = captureId.get();
        tool.set(null);
        boxes.clear();
        cropBox.set(null);
        message.set("");
        if (id == null || session.isClosed()) {
            loaded.set(null);
            return;
        }
        Background.run(() -> read(id), result -> {
            if (mine == generation) {
                error.set("");
                loaded.set(result);
            }
        }, failure -> {
            if (mine == generation) {
                error.set(Errors.sentence(failure));
            }
        });
    }

    private Loaded read(UUID id) {
        Capture capture = session.evidence().capture(id);
        Image image = null;
        if (capture.hasPreview()) {
            Optional<byte[]> bytes = session.evidence().viewable(id);
            if (bytes.isPresent()) {
                Image decoded = new Image(new ByteArrayInputStream(bytes.get()));
                image = decoded.isError() ? null : decoded;
            }
        }
        CaptureSummary original = null;
        if (capture.derivedFrom() != null) {
            Capture from = session.evidence().capture(capture.derivedFrom());
            original = summary(from);
        }
        List<CaptureSummary> derived = session.evidence().derivedFrom(capture.isOriginal() ? id : capture.derivedFrom());
        return new Loaded(capture, image, original, derived, tagGroups(capture.metadataJson()),
                session.evidence().capturedBy(capture).orElse(null));
    }

    private static CaptureSummary summary(Capture c) {
        return new CaptureSummary(c.id(), c.sha256(), c.originalName(), c.mediaType(), c.size(), c.width(), c.height(),
                c.capturedAt(), c.hasPreview(), c.exif().warrantsWarning(), c.derivedFrom(), c.derivation());
    }

    /** {@code {directory:{tag:value}}} as groups of lines, in the order written; nothing for no metadata. */
    static List<TagGroup> tagGroups(String metadataJson) {
        if (metadataJson == null || metadataJson.isBlank()) {
            return List.of();
        }
        try {
            JsonNode root = Json.MAPPER.readTree(metadataJson);
            List<TagGroup> groups = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> dirs = root.fields(); dirs.hasNext(); ) {
                Map.Entry<String, JsonNode> dir = dirs.next();
                List<Map.Entry<String, String>> tags = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> each = dir.getValue().fields(); each.hasNext(); ) {
                    Map.Entry<String, JsonNode> tag = each.next();
                    tags.add(Map.entry(tag.getKey(), tag.getValue().isValueNode() ? tag.getValue().asText() : tag.getValue().toString()));
                }
                groups.add(new TagGroup(dir.getKey(), tags));
            }
            return groups;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The banner's sentence for camera time and position, or null when the capture carries neither. */
    static String exifWarning(Capture.ExifSummary exif) {
        if (exif == null || !exif.warrantsWarning()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (exif.cameraTime() != null) {
            parts.add(Messages.get("viewer.warning.time", shortTime(exif.cameraTime())));
        }
        if (exif.hasPosition()) {
            parts.add(Messages.get("viewer.warning.position", String.format(Locale.ROOT, "%.3f", exif.latitude()),
                    String.format(Locale.ROOT, "%.3f", exif.longitude())));
        }
        return Messages.get("viewer.warning", String.join(Messages.get("viewer.warning.and"), parts));
    }

    /** "2025:10:14 21:37:05" reads as "2025:10:14 21:37": seconds add nothing to a warning. */
    private static String shortTime(String cameraTime) {
        return cameraTime.matches("\\d{4}:\\d\\d:\\d\\d \\d\\d:\\d\\d:\\d\\d.*") ? cameraTime.substring(0, 16) : cameraTime;
    }

    static String utc(Instant at) {
        return TIME.format(at.atZone(ZoneId.of("UTC"))) + " UTC";
    }

    /** The capture time where the officer was, with the zone's name. */
    static String local(Instant at, String zone) {
        try {
            ZoneId id = ZoneId.of(zone);
            return TIME.format(at.atZone(id)) + " " + id.getId();
        } catch (RuntimeException e) {
            return zone;
        }
    }

    // ---------- Zoom ----------

    /** The zoom at which the whole picture fits the viewport. */
    static double fit(double imageWidth, double imageHeight, double viewWidth, double viewHeight) {
        if (imageWidth <= 0 || imageHeight <= 0 || viewWidth <= 0 || viewHeight <= 0) {
            return 1;
        }
        return clampZoom(Math.min(viewWidth / imageWidth, viewHeight / imageHeight));
    }

    static double clampZoom(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    void zoomBy(double factor) {
        zoom.set(clampZoom(zoom.get() * factor));
    }

    // ---------- Redaction ----------

    /** Adds the box dragged from one corner to the other (picture pixels), clamped to the picture; a click adds none. */
    void addBox(double x1, double y1, double x2, double y2) {
        inPicture(x1, y1, x2, y2).ifPresent(box -> {
            boxesTool.set(tool.get());
            boxes.add(box);
        });
    }

    /** The rectangle dragged becomes the crop, in place of the one before; a click keeps the one before. */
    void setCrop(double x1, double y1, double x2, double y2) {
        inPicture(x1, y1, x2, y2).ifPresent(cropBox::set);
    }

    private java.util.Optional<RegionSelection.Box> inPicture(double x1, double y1, double x2, double y2) {
        Loaded current = loaded.get();
        if (current == null || current.image() == null) {
            return java.util.Optional.empty();
        }
        int width = (int) current.image().getWidth();
        int height = (int) current.image().getHeight();
        return RegionSelection.crop(x1, y1, x2, y2, width, height, width, height);
    }

    void undoBox() {
        if (!boxes.isEmpty()) {
            boxes.remove(boxes.size() - 1);
        }
    }

    /** The picture with every box painted black, as PNG bytes; the original bytes are not touched. */
    static byte[] redact(byte[] picture, List<RegionSelection.Box> areas) {
        BufferedImage read = decoded(picture);
        return drawn(read.getWidth(), read.getHeight(), g -> {
            g.drawImage(read, 0, 0, null);
            g.setColor(Color.BLACK);
            for (RegionSelection.Box box : areas) {
                g.fillRect(box.x(), box.y(), box.width(), box.height());
            }
        });
    }

    /** The picture with a red frame round every box, as PNG bytes; the original bytes are not touched. */
    static byte[] mark(byte[] picture, List<RegionSelection.Box> areas) {
        BufferedImage read = decoded(picture);
        int stroke = Math.max(2, Math.min(read.getWidth(), read.getHeight()) / 150);
        return drawn(read.getWidth(), read.getHeight(), g -> {
            g.drawImage(read, 0, 0, null);
            g.setColor(MARK);
            g.setStroke(new java.awt.BasicStroke(stroke));
            for (RegionSelection.Box box : areas) {
                g.drawRect(box.x(), box.y(), box.width(), box.height());
            }
        });
    }

    /** The frames' red, as officers circle a number on a printed screenshot. */
    static final Color MARK = new Color(0xE0, 0x1B, 0x24);

    /** The picture's area inside the box, as PNG bytes; the original bytes are not touched. */
    static byte[] crop(byte[] picture, RegionSelection.Box box) {
        BufferedImage read = decoded(picture);
        return drawn(box.width(), box.height(), g -> g.drawImage(read, -box.x(), -box.y(), null));
    }

    private static BufferedImage decoded(byte[] picture) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(picture));
            if (read == null) {
                throw new IllegalArgumentException(Messages.get("viewer.error.redactRead"));
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new RGB picture of that size, drawn by {@code draw}, as PNG bytes. */
    private static byte[] drawn(int width, int height, java.util.function.Consumer<Graphics2D> draw) {
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            draw.accept(g);
        } finally {
            g.dispose();
        }
        return Png.encode(copy);
    }

    /**
     * Stores the redacted or the marked picture (the boxes of the tool in use) as a new capture derived from this one;
     * the viewer stays on the original.
     */
    void saveBoxes(Runnable onSaved) {
        Loaded current = loaded.get();
        if (current == null || boxes.isEmpty() || saving.get()) {
            return;
        }
        List<RegionSelection.Box> areas = List.copyOf(boxes);
        String name = current.capture().originalName();
        if (boxesTool.get() == Tool.MARK) {
            saveDerived(current, Capture.Derivation.ANNOTATION, picture -> mark(picture, areas),
                    Messages.get("viewer.marked.note", areas.size(), name), "viewer.marked", onSaved);
        } else {
            saveDerived(current, Capture.Derivation.REDACTION, picture -> redact(picture, areas),
                    Messages.get("viewer.redacted.note", areas.size(), name), "viewer.redacted", onSaved);
        }
    }

    /** Ctrl+S: what the tool in use made. */
    void saveTool(Runnable onSaved) {
        if (tool.get() == Tool.CROP || tool.get() == null && boxes.isEmpty()) {
            saveCrop(onSaved);
        } else {
            saveBoxes(onSaved);
        }
    }

    /** Stores the crop as a new capture derived from this one (a phone number out of a long post, say). */
    void saveCrop(Runnable onSaved) {
        Loaded current = loaded.get();
        RegionSelection.Box box = cropBox.get();
        if (current == null || box == null || saving.get()) {
            return;
        }
        saveDerived(current, Capture.Derivation.CROP, picture -> crop(picture, box), Messages.get("viewer.cropped.note",
                current.capture().originalName(), box.width(), box.height(), box.x(), box.y()), "viewer.cropped", onSaved);
    }

    private void saveDerived(Loaded current, Capture.Derivation derivation, java.util.function.UnaryOperator<byte[]> make, String note,
                             String doneKey, Runnable onSaved) {
        UUID id = current.capture().id();
        saving.set(true);
        Background.run(() -> {
            byte[] picture = session.evidence().viewable(id)
                    .orElseThrow(() -> new IllegalArgumentException(Messages.get("viewer.error.redactRead")));
            return session.evidence().derive(id, derivation, make.apply(picture), note);
        }, attached -> {
            saving.set(false);
            String done = Messages.get(doneKey, attached.name());
            notice.accept(done);
            session.changed();
            load();
            message.set(done);
            onSaved.run();
        }, failure -> {
            saving.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    /** Writes a verified copy of the original bytes to a file the officer chose. */
    void saveCopy(Path target) {
        Loaded current = loaded.get();
        if (current == null || target == null) {
            return;
        }
        UUID id = current.capture().id();
        Background.run(() -> session.evidence().saveCopy(id, target), () -> {
            message.set(Messages.get("viewer.saved", target.getFileName().toString()));
            error.set("");
        }, failure -> error.set(Errors.sentence(failure)));
    }

    /** Officer line: the owner or a colleague by name, agency and country; one the workspace does not know by their key. */
    String officer(Loaded loaded) {
        return officerLine(loaded.capturedBy(), loaded.capture().origin());
    }

    static String officerLine(Officer capturedBy, String origin) {
        return capturedBy == null ? Messages.get("viewer.officer.other", origin.substring(0, 8))
                : Messages.get("viewer.officer.known", capturedBy.name(), capturedBy.agency(), capturedBy.country());
    }
}
