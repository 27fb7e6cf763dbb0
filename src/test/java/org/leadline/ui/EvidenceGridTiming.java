package org.leadline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
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

/**
 * Issue [3]'s speed row for the window: the evidence grid of 10,000 captures, from Ctrl+E to the first tiles, and the
 * longest frame while it scrolls. Run under xvfb-run with the test class path (software rendering: a real screen
 * is faster). Prints the numbers; asserts nothing.
 */
public final class EvidenceGridTiming {
    private static final String PASSPHRASE = "correct horse battery";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = Files.createTempDirectory("leadline-grid-timing");
        long made = System.nanoTime();
        try (Workspace workspace = Workspace.create(folder, PASSPHRASE.toCharArray(), new NewOfficer("Amira Haddad", "OCRIEST", "FR"),
                Clock.systemUTC())) {
            UUID op = new OperationService(workspace).create("Grid timing", null, "LY", LocalDate.now(), null).id();
            UUID lead = new LeadService(workspace).add(op, "+218912345678", LeadKind.PHONE, List.of(), null, SightingSource.NONE)
                    .get(0).entityId();
            EvidenceService evidence = new EvidenceService(workspace);
            for (int start = 0; start < count; start += 1000) {
                List<Source> batch = new ArrayList<>();
                for (int i = start; i < Math.min(count, start + 1000); i++) {
                    batch.add(Source.bytes("post-" + i + ".png", TestImages.image("png", 16 + i % 100, 16 + i / 100, i)));
                }
                evidence.attach(op, batch, Context.plain(), List.of(Target.lead(lead)), Progress.NONE);
            }
            System.out.println(evidence.count(op) + " captures made in " + (System.nanoTime() - made) / 1_000_000 + " ms");
            for (int round = 0; round < 3; round++) {
                long at = System.nanoTime();
                int total = evidence.count(op);
                long counted = System.nanoTime();
                int page = evidence.page(op, null, 240).size();
                System.out.println("count " + total + " in " + (counted - at) / 1_000_000 + " ms, first page of " + page + " in "
                        + (System.nanoTime() - counted) / 1_000_000 + " ms");
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Stage[] main = new Stage[1];
        Platform.runLater(() -> {
            main[0] = new Stage();
            new LeadlineApp(folder, Clock.systemUTC()).start(main[0]);
        });
        waitFor(() -> main[0] != null && main[0].getScene().lookup("#passphraseField") != null);
        Platform.runLater(() -> {
            ((javafx.scene.control.TextInputControl) main[0].getScene().lookup("#passphraseField")).setText(PASSPHRASE);
            ((Button) main[0].getScene().lookup("#unlockButton")).fire();
        });
        waitFor(() -> main[0].getScene().lookup("#leadTable") != null
                && !((TableView<?>) main[0].getScene().lookup("#leadTable")).getItems().isEmpty());
        Thread.sleep(1000);

        // From the menu item to the first frame with tiles (placeholders), and to the frame where every visible tile has its picture.
        AtomicLong opened = new AtomicLong();
        AtomicLong tiles = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        AtomicLong pictures = new AtomicLong();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            MenuBar bar = (MenuBar) main[0].getScene().lookup("#menuBar");
            AnimationTimer watch = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    List<Node> visible = main[0].getScene().getRoot().lookupAll("#evidenceRows .evidence-tile").stream()
                            .filter(Node::isVisible).toList();
                    var count = (javafx.scene.control.Label) main[0].getScene().lookup("#evidenceCount");
                    if (counted.get() == 0 && count != null && !count.getText().startsWith("No")) {
                        counted.set(System.nanoTime());
                    }
                    if (tiles.get() == 0 && !visible.isEmpty()) {
                        tiles.set(System.nanoTime());
                    }
                    if (!visible.isEmpty() && visible.stream().allMatch(EvidenceGridTiming::hasPicture)) {
                        pictures.set(System.nanoTime());
                        stop();
                        shown.countDown();
                    }
                }
            };
            opened.set(System.nanoTime());
            bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menuEvidence".equals(i.getId())).findFirst()
                    .orElseThrow().fire();
            watch.start();
        });
        shown.await(60, TimeUnit.SECONDS);
        System.out.println("grid of " + count + ": count and first page after " + (counted.get() - opened.get()) / 1_000_000
                + " ms, first tiles after " + (tiles.get() - opened.get()) / 1_000_000
                + " ms, every visible thumbnail after " + (pictures.get() - opened.get()) / 1_000_000 + " ms (thumbnails made for the first time)");

        // Scroll 40 px a frame for four seconds and keep every frame's length.
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch scrolled = new CountDownLatch(1);
        Platform.runLater(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) main[0].getScene().lookup("#evidenceRows .virtual-flow");
            long[] last = {0};
            long begin = System.nanoTime();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last[0] != 0) {
                        frames.add(now - last[0]);
                    }
                    last[0] = now;
                    flow.scrollPixels(40);
                    if (now - begin > 4_000_000_000L) {
                        stop();
                        scrolled.countDown();
                    }
                }
            }.start();
        });
        scrolled.await(30, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(frames);
        Collections.sort(sorted);
        System.out.println("scrolling: " + sorted.size() + " frames, median " + sorted.get(sorted.size() / 2) / 1_000_000 + " ms, 99th "
                + sorted.get(sorted.size() * 99 / 100) / 1_000_000 + " ms, longest " + sorted.get(sorted.size() - 1) / 1_000_000 + " ms");
        Platform.runLater(() -> main[0].close());
        Thread.sleep(500);
        System.exit(0);
    }

    private static boolean hasPicture(Node tile) {
        return tile.lookupAll(".image-view").stream().anyMatch(n -> ((ImageView) n).getImage() != null);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            CountDownLatch done = new CountDownLatch(1);
            boolean[] holds = {false};
            Platform.runLater(() -> {
                try {
                    holds[0] = condition.getAsBoolean();
                } catch (RuntimeException e) {
                    holds[0] = false;
                } finally {
                    done.countDown();
                }
            });
            done.await();
            if (holds[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out");
    }
}
