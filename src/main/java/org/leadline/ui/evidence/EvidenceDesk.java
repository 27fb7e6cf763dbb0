package org.leadline.ui.evidence;

import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The evidence screens of one main window, and the ways in: the detail pane's section, the operation's grid, the
 * viewer, attaching from files, the clipboard and a screen region. One thumbnail cache and one attach queue serve them all.
 */
public final class EvidenceDesk {
    /** What the desk needs of the window around it. */
    public record Window(Supplier<Stage> stage, Supplier<List<String>> stylesheets, BooleanSupplier dark, Consumer<Scene> watch) {
    }

    private final Session session;
    private final Window window;
    private final Clock clock;
    private final Consumer<String> notice;
    private final ThumbnailCache cache;
    private final AttachViewModel attach;
    private final LeadEvidenceViewModel leadModel;
    private final LeadEvidenceSection section;
    private final EvidenceGridViewModel gridModel;
    private final EvidenceGridView grid;
    private ViewerView viewer;

    /**
     * @param onBack   leaves the evidence grid for the lead table
     * @param notice   shows a passing success line
     */
    public EvidenceDesk(Session session, Window window, Clock clock, Consumer<String> notice, Runnable onBack) {
        this.session = session;
        this.window = window;
        this.clock = clock;
        this.notice = notice;
        this.cache = new ThumbnailCache(session);
        this.attach = new AttachViewModel(session, notice);
        this.leadModel = new LeadEvidenceViewModel(session);
        this.section = new LeadEvidenceSection(leadModel, attach, cache, this::openViewer, () -> attachFiles(leadModel.leadId.get()),
                () -> captureRegion(leadModel.leadId.get()));
        this.gridModel = new EvidenceGridViewModel(session);
        this.grid = new EvidenceGridView(gridModel, cache, this::openViewer, onBack);
    }

    public LeadEvidenceViewModel leadModel() {
        return leadModel;
    }

    public LeadEvidenceSection section() {
        return section;
    }

    public EvidenceGridView grid() {
        return grid;
    }

    public EvidenceGridViewModel gridModel() {
        return gridModel;
    }

    public AttachViewModel attach() {
        return attach;
    }

    public ThumbnailCache cache() {
        return cache;
    }

    /** "Attach files…": a file chooser (several files at once) for the lead. */
    public void attachFiles(UUID lead) {
        if (lead == null) {
            notice.accept(Messages.get("evidence.error.noLead"));
            return;
        }
        List<java.nio.file.Path> chosen = chooseFiles(window.stage().get());
        if (!chosen.isEmpty()) {
            attach.attachFiles(chosen, List.of(lead));
        }
    }

    /** The evidence file chooser (several files at once, images and PDFs first); nothing when the officer cancels. */
    public static List<java.nio.file.Path> chooseFiles(javafx.stage.Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("evidence.attachFiles.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("evidence.attachFiles.images"),
                        "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.webp", "*.tif", "*.tiff", "*.heic", "*.heif", "*.pdf",
                        "*.PNG", "*.JPG", "*.JPEG", "*.GIF", "*.BMP", "*.WEBP", "*.TIF", "*.TIFF", "*.HEIC", "*.HEIF", "*.PDF"),
                new FileChooser.ExtensionFilter(Messages.get("evidence.attachFiles.all"), "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    /** Whether Ctrl+V should attach the clipboard (an image, or files) rather than paste a post. */
    public static boolean clipboardHoldsEvidence(Clipboard clipboard) {
        return clipboard.hasImage() || clipboard.hasFiles() && !clipboard.getFiles().isEmpty();
    }

    /** Attaches the clipboard's image (as PNG) or files to the lead. */
    public void pasteEvidence(Clipboard clipboard, UUID lead) {
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            attach.attachFiles(clipboard.getFiles().stream().map(File::toPath).toList(), List.of(lead));
            return;
        }
        Image image = clipboard.getImage();
        if (image == null) {
            return;
        }
        attachPicture(image, "pasted-" + RegionSelection.fileName(clock.instant()).substring("screen-".length()), lead);
    }

    /** A picture on screen becomes a PNG file's worth of evidence: pixels copied here, encoded off the FX thread. */
    private void attachPicture(Image image, String name, UUID lead) {
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        attach.attach(() -> List.of(Source.bytes(name, Png.encode(pixels))), List.of(lead), Context.plain());
    }

    /** "Capture screen region…": the window steps aside, the officer drags a rectangle, the region is attached. */
    public void captureRegion(UUID lead) {
        if (lead == null) {
            notice.accept(Messages.get("evidence.error.noLead"));
            return;
        }
        new RegionCaptureView(window.stage().get(),
                region -> attachPicture(region, RegionSelection.fileName(clock.instant()), lead)).start();
    }

    /** Opens a capture in the viewer (one viewer window; opening another capture replaces what it shows). */
    public void openViewer(UUID captureId) {
        if (viewer != null && viewer.stage().isShowing()) {
            viewer.model().open(captureId);
            viewer.stage().toFront();
            return;
        }
        viewer = new ViewerView(new ViewerViewModel(session, notice), cache);
        viewer.offerAttachTo(leadModel.leadId, this::attachToSelectedLead);
        viewer.open(window.stage().get(), window.stylesheets().get(), window.dark().getAsBoolean(), window.watch());
        viewer.model().open(captureId);
    }

    /**
     * Attaches a capture the officer is looking at to the lead selected in the main window as well: its verified bytes
     * go through attach, which finds them among the officer's evidence and only links them.
     */
    private void attachToSelectedLead(org.leadline.model.Capture capture) {
        UUID lead = leadModel.leadId.get();
        if (lead == null) {
            notice.accept(Messages.get("evidence.error.noLead"));
            return;
        }
        attach.attach(() -> List.of(Source.bytes(capture.originalName(), session.evidence().originalBytes(capture.id()))),
                List.of(lead), Context.plain());
    }

    /** The viewer window, when it is open (tests and screenshots). */
    public ViewerView viewer() {
        return viewer != null && viewer.stage().isShowing() ? viewer : null;
    }

    /** The window is going away: stop the thumbnail worker and stop following the session. */
    public void dispose() {
        cache.shutdown();
        leadModel.dispose();
    }
}
