package org.leadline.ui;

import static org.leadline.ui.ShotTool.fx;
import static org.leadline.ui.ShotTool.settle;
import static org.leadline.ui.ShotTool.waitFor;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.leadline.logic.evidence.EvidenceService;
import org.leadline.logic.evidence.EvidenceService.Context;
import org.leadline.logic.evidence.EvidenceService.Source;
import org.leadline.logic.evidence.EvidenceService.Target;
import org.leadline.logic.evidence.TestImages;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadSummary;

/**
 * Screenshots of the evidence screens at 1366×768 (whole screen through ImageMagick's import): run under
 * {@code xvfb-run -a -s "-screen 0 1366x768x24"} with the test class path; the first argument is the output folder.
 */
public final class EvidenceShotTool {
    private static final String PASSPHRASE = "correct horse battery";
    private static final String LEAD = "telegram:zuwara_crossings";
    private static Path out;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "/tmp");
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("leadline-evidence-shot");
        Path files = Files.createTempDirectory("leadline-evidence-files");
        try (Workspace workspace = Workspace.create(folder, PASSPHRASE.toCharArray(),
                new NewOfficer("Amira Haddad", "OCRIEST", "FR"), Clock.systemUTC())) {
            UUID op = new OperationService(workspace).create("Cyberprotect action day — Central Med", null, "LY",
                    LocalDate.now(), null).id();
            List<UUID> others = SampleData.fill(workspace, op, 80, 7);
            UUID lead = new LeadService(workspace).add(op, LEAD, LeadKind.HANDLE, List.of("libya-route", "boat-offer"), null,
                    new SightingSource("https://t.me/s/zuwara_crossings/812", "telegram", null)).get(0).entityId();
            EvidenceService evidence = new EvidenceService(workspace);
            // The operation's grid: a hundred and fifty captures on other leads.
            List<Source> bulk = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                bulk.add(Source.bytes("post-" + (1000 + i) + ".png", post(i, 360, 240)));
            }
            evidence.attach(op, bulk, Context.plain(), List.of(Target.lead(others.get(0))), Progress.NONE);
            // The lead's own: screenshots, a photo with GPS, a WebP, a PDF, a damaged PNG kept without a preview.
            List<Source> own = List.of(
                    Source.bytes("offer-2026-11-30.png", post(1, 900, 620)),
                    Source.bytes("price-list.png", post(2, 700, 900)),
                    Source.bytes("profile.webp", Files.readAllBytes(Path.of("src/test/resources/evidence/profile.webp"))),
                    Source.bytes("boarding-instructions.pdf", pdf()),
                    Source.bytes("chat-export.png", post(3, 1200, 700)));
            evidence.attach(op, own, Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
            evidence.attach(op, List.of(Source.bytes("cut-screenshot.png", TestImages.truncated(post(4, 600, 400)))),
                    Context.plain().keepingBroken(), List.of(Target.lead(lead)), Progress.NONE);
            evidence.attach(op, List.of(Source.bytes("IMG_4471.jpg", Files.readAllBytes(Path.of("src/test/resources/evidence/gps.jpg")))),
                    Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
        }
        // A second argument "dark" takes the same shots in the dark theme.
        boolean dark = args.length > 1 && args[1].equals("dark");
        if (dark) {
            Files.writeString(folder.resolve("ui-settings.properties"), "theme.dark=true\n");
            prefix = "dark-";
        }
        Files.write(files.resolve("notes.txt"), "not an image".getBytes(StandardCharsets.UTF_8));
        Files.write(files.resolve("half-upload.png"), TestImages.truncated(post(9, 500, 300)));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Stage main = fx(() -> {
            Stage s = new Stage();
            new LeadlineApp(folder, Clock.systemUTC()).start(s);
            return s;
        });
        settle();
        fx(() -> {
            ((javafx.scene.control.TextInputControl) main.getScene().lookup("#passphraseField")).setText(PASSPHRASE);
            ((Button) main.getScene().lookup("#unlockButton")).fire();
            return null;
        });
        waitFor(() -> main.getScene().lookup("#leadTable") != null && !table(main).getItems().isEmpty());
        selectLead(main, LEAD);
        waitFor(() -> main.getScene().lookup("#leadEvidence6") != null);
        settle();
        Thread.sleep(1200);
        // The evidence section sits below the tags: scroll the detail pane to it.
        fx(() -> {
            Node section = main.getScene().lookup("#evidenceSection");
            var scroll = (javafx.scene.control.ScrollPane) main.getScene().lookup(".detail-scroll");
            double y = section.getBoundsInParent().getMinY();
            double h = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / h)));
            return null;
        });
        Thread.sleep(400);
        screen("evgui-detail.png");

        // The viewer on the photo with GPS, metadata tags open.
        fx(() -> {
            Node tile = main.getScene().lookup("#leadEvidence0");
            tile.requestFocus();
            Event.fireEvent(tile, key(KeyCode.ENTER, false, false));
            return null;
        });
        waitFor(() -> viewer(main) != null && viewer(main).getScene().lookup("#viewerSha256") != null);
        settle();
        Thread.sleep(500);
        screen("evgui-viewer-gps.png");
        fx(() -> {
            ((TitledPane) viewer(main).getScene().lookup("#viewerTags")).setExpanded(true);
            return null;
        });
        Thread.sleep(500);
        screen("evgui-viewer-tags.png");
        fx(() -> {
            viewer(main).close();
            return null;
        });

        // The chat export in the viewer, two boxes drawn in redaction mode.
        fx(() -> {
            Node tile = main.getScene().lookup("#leadEvidence2");
            Event.fireEvent(tile, key(KeyCode.ENTER, false, false));
            return null;
        });
        waitFor(() -> viewer(main) != null && viewer(main).getScene().lookup("#viewerName") != null
                && ((javafx.scene.control.Label) viewer(main).getScene().lookup("#viewerName")).getText().equals("chat-export.png"));
        settle();
        Thread.sleep(400);
        fx(() -> {
            Node redact = viewer(main).getScene().lookup("#viewerRedact");
            ((javafx.scene.control.ToggleButton) redact).fire();
            Node canvas = viewer(main).getScene().lookup("#viewerCanvas");
            box(canvas, 620, 205, 1010, 250);
            box(canvas, 78, 40, 170, 130);
            mouse(canvas, MouseEvent.MOUSE_PRESSED, 620, 300);
            mouse(canvas, MouseEvent.MOUSE_DRAGGED, 900, 345);
            return null;
        });
        Thread.sleep(400);
        screen("evgui-redaction.png");
        fx(() -> {
            Node canvas = viewer(main).getScene().lookup("#viewerCanvas");
            mouse(canvas, MouseEvent.MOUSE_RELEASED, 900, 345);
            ((Button) viewer(main).getScene().lookup("#viewerSaveRedacted")).fire();
            return null;
        });
        waitFor(() -> viewer(main).getScene().lookup("#viewerDerived0") != null);
        settle();
        Thread.sleep(400);
        screen("evgui-redaction-saved.png");
        fx(() -> {
            ((javafx.scene.control.Hyperlink) viewer(main).getScene().lookup("#viewerDerived0")).fire();
            return null;
        });
        waitFor(() -> viewer(main).getScene().lookup("#viewerOriginalLink") != null);
        settle();
        Thread.sleep(400);
        screen("evgui-viewer-derived.png");
        fx(() -> {
            viewer(main).close();
            return null;
        });

        // The PDF: kept, but no preview.
        fx(() -> {
            for (int i = 0; i < 12; i++) {
                Node tile = main.getScene().lookup("#leadEvidence" + i);
                if (tile != null && "PDF".equals(((javafx.scene.control.Label) tile.lookup(".tile-placeholder")).getText())) {
                    Event.fireEvent(tile, key(KeyCode.ENTER, false, false));
                    break;
                }
            }
            return null;
        });
        waitFor(() -> viewer(main) != null && viewer(main).getScene().lookup("#viewerNoPreview").isVisible());
        settle();
        Thread.sleep(400);
        screen("evgui-viewer-pdf.png");
        fx(() -> {
            viewer(main).close();
            return null;
        });

        // Refusals: a text file, then a damaged image with the offer to keep it.
        pasteFiles(main, files.resolve("notes.txt"));
        waitFor(() -> main.getScene().lookup("#attachError").isVisible());
        settle();
        screen("evgui-error-not-image.png");
        pasteFiles(main, files.resolve("half-upload.png"));
        waitFor(() -> main.getScene().lookup("#keepWithoutPreview").isVisible());
        settle();
        screen("evgui-error-keep.png");
        fx(() -> {
            ((Button) main.getScene().lookup("#attachDismiss")).fire();
            return null;
        });

        // The operation's grid.
        fx(() -> {
            menuItem(main, "menuEvidence").fire();
            return null;
        });
        waitFor(() -> main.getScene().lookup("#evidenceGrid").isVisible());
        settle();
        Thread.sleep(1500);
        fx(() -> {
            Node rows = main.getScene().lookup("#evidenceRows");
            for (int i = 0; i < 3; i++) {
                Event.fireEvent(rows, key(KeyCode.RIGHT, false, false));
            }
            Event.fireEvent(rows, key(KeyCode.DOWN, false, false));
            return null;
        });
        Thread.sleep(600);
        screen("evgui-grid.png");
        long start = System.nanoTime();
        fx(() -> {
            Node rows = main.getScene().lookup("#evidenceRows");
            for (int i = 0; i < 8; i++) {
                Event.fireEvent(rows, key(KeyCode.PAGE_DOWN, false, false));
            }
            return null;
        });
        System.out.println("8 pages down in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Thread.sleep(1500);
        screen("evgui-grid-scrolled.png");
        fx(() -> {
            menuItem(main, "menuEvidence").fire();
            return null;
        });

        // The screen-region capture overlay, a drag half done.
        selectLead(main, LEAD);
        settle();
        fx(() -> {
            menuItem(main, "menuCaptureRegion").fire();
            return null;
        });
        waitFor(() -> overlay(main) != null);
        Thread.sleep(400);
        fx(() -> {
            Node layer = overlay(main).getScene().getRoot();
            mouse(layer, MouseEvent.MOUSE_PRESSED, 40, 150);
            mouse(layer, MouseEvent.MOUSE_DRAGGED, 900, 520);
            return null;
        });
        Thread.sleep(400);
        screen("evgui-capture.png");
        fx(() -> {
            Node layer = overlay(main).getScene().getRoot();
            mouse(layer, MouseEvent.MOUSE_RELEASED, 900, 520);
            return null;
        });
        Thread.sleep(1500);
        settle();
        screen("evgui-captured.png");
        fx(() -> {
            main.close();
            return null;
        });
        Platform.exit();
    }

    private static void pasteFiles(Stage main, Path file) throws Exception {
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(file.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
            Node table = main.getScene().lookup("#leadTable");
            table.requestFocus();
            Event.fireEvent(table, key(KeyCode.V, false, true));
            return null;
        });
    }

    private static void selectLead(Stage main, String canonical) throws Exception {
        waitFor(() -> table(main).getItems().stream().anyMatch(row -> row.canonical().equals(canonical)));
        fx(() -> {
            TableView<LeadSummary> table = table(main);
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).canonical().equals(canonical)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                }
            }
            table.requestFocus();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<LeadSummary> table(Stage main) {
        return (TableView<LeadSummary>) main.getScene().lookup("#leadTable");
    }

    private static MenuItem menuItem(Stage main, String id) {
        MenuBar bar = (MenuBar) main.getScene().lookup("#menuBar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    private static Stage viewer(Stage main) {
        return window(main, "#viewer");
    }

    private static Stage overlay(Stage main) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != main && window.isShowing() && window instanceof Stage stage && stage.getStyle() == javafx.stage.StageStyle.TRANSPARENT) {
                return stage;
            }
        }
        return null;
    }

    private static Stage window(Stage main, String rootId) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != main && window.isShowing() && window instanceof Stage stage && stage.getScene() != null
                    && stage.getScene().lookup(rootId) != null) {
                return stage;
            }
        }
        return null;
    }

    private static KeyEvent key(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    private static void box(Node canvas, double x1, double y1, double x2, double y2) {
        mouse(canvas, MouseEvent.MOUSE_PRESSED, x1, y1);
        mouse(canvas, MouseEvent.MOUSE_DRAGGED, x2, y2);
        mouse(canvas, MouseEvent.MOUSE_RELEASED, x2, y2);
    }

    private static void mouse(Node node, javafx.event.EventType<MouseEvent> type, double x, double y) {
        var scene = node.localToScene(x, y);
        var screen = node.localToScreen(x, y);
        Event.fireEvent(node, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null));
    }

    /** A picture that looks like a screenshot of a smuggling offer: header, avatar, text, a photo of the sea. */
    static byte[] post(int seed, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF0, 0xF2, 0xF5));
        g.fillRect(0, 0, width, height);
        Color[] headers = {new Color(0x22, 0x8B, 0xE6), new Color(0x3B, 0x59, 0x98), new Color(0x11, 0x11, 0x11), new Color(0xC1, 0x35, 0x84)};
        g.setColor(headers[seed % headers.length]);
        g.fillRect(0, 0, width, Math.max(24, height / 12));
        int unit = Math.max(10, Math.min(width, height) / 22);
        g.setColor(new Color(0x80 + seed * 37 % 120, 0x70, 0x60 + seed * 53 % 150));
        g.fillOval(unit, height / 12 + unit, unit * 3, unit * 3);
        g.setColor(new Color(0x1C, 0x1E, 0x21));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, unit));
        String[] names = {"Abu Yusuf Travels", "Safe Passage EU", "Mediterranean Trips", "Docs & Visas 24h"};
        g.drawString(names[seed % names.length], unit * 5, height / 12 + unit * 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, unit * 8 / 10)));
        String[] lines = {"Trip Libya -> Italy this week, 12000 EUR all included.", "Call / WhatsApp +218 91 234 5678",
                "Departures from Zuwara every Friday. Places left: 14", "Telegram @zuwara_crossings  #" + (1000 + seed)};
        int y = height / 12 + unit * 5;
        for (String line : lines) {
            g.drawString(line, unit, y);
            y += unit * 3 / 2;
        }
        int photoTop = y;
        if (photoTop < height - unit) {
            g.setPaint(new GradientPaint(0, photoTop, new Color(0x5D, 0xA9, 0xE9), 0, height, new Color(0x0B, 0x3D, 0x91)));
            g.fillRect(unit, photoTop, width - 2 * unit, height - photoTop - unit);
            g.setColor(new Color(0xE8, 0x6A, 0x1F));
            int boatY = photoTop + (height - photoTop) / 2;
            g.fillPolygon(new int[] {width / 3, width * 2 / 3, width * 2 / 3 - unit * 2, width / 3 + unit * 2},
                    new int[] {boatY, boatY, boatY + unit * 2, boatY + unit * 2}, 4);
        }
        g.dispose();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String prefix = "";

    private static void screen(String shot) {
        String name = prefix + shot;
        try {
            Process process = new ProcessBuilder("import", "-window", "root", out.resolve(name).toString()).inheritIO().start();
            process.waitFor(20, TimeUnit.SECONDS);
            System.out.println("wrote " + out.resolve(name));
        } catch (Exception e) {
            System.out.println("no screen shot: " + e.getMessage());
        }
    }
}
