package org.leadline.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Operation;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Session;
import org.leadline.ui.offers.OfferForm;
import org.leadline.ui.offers.OffersScreen;
import org.leadline.ui.paste.PasteView;
import org.leadline.ui.paste.PasteViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the offer form, the paste dialog with an offer found, and the offers window's three tabs, over a
 * demo operation at 1366×768: run under {@code xvfb-run -a -s "-screen 0 1366x768x24"} with the test class path; the
 * first argument is the output folder.
 */
public final class OfferShots {
    static final String POST = "🚤 Crossing Libya ➡️ Italy, 12000€ per person, boat from Zuwara, departures every week.\n"
            + "Call/WhatsApp +218 91 234 5678 or t.me/zuwara_trips";

    private OfferShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/offer-shots");
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("leadline-shots");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            TestWorkspaces.withOperation(workspace);
            Operation operation = new DemoService(workspace).createDemoOperation(4000, 7);
            Session session = new Session(workspace);
            Stage main = fx(() -> {
                LeadlineApp.useTheme(false);
                session.operationProperty().set(operation);
                StackPane root = new StackPane(new javafx.scene.control.Label("Leadline"));
                Scene scene = new Scene(root, 1366, 740);
                scene.getStylesheets().add(LeadlineApp.class.getResource("leadline.css").toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.setX(0);
                stage.setY(0);
                stage.show();
                return stage;
            });

            OfferForm form = fx(() -> OfferForm.record(main, session, null, offer -> { }));
            settle();
            Path post = Files.write(folder.resolve("post-zuwara.png"), org.leadline.logic.demo.DemoImages.noise(120_000, 3));
            Path profile = Files.write(folder.resolve("seller-profile.png"), org.leadline.logic.demo.DemoImages.noise(40_000, 4));
            fx(() -> {
                form.attach(java.util.List.of(post, profile));
                return null;
            });
            settle();
            fx(() -> {
                text(form.stage(), "#offerText", "Crossing Libya ➡️ Italy, 1800 dinars per person, boat from Zuwara");
                text(form.stage(), "#offerAmount", "1800");
                ((ComboBox<?>) form.stage().getScene().lookup("#offerCurrency")).getEditor().setText("LYD");
                text(form.stage(), "#offerFrom", "LY/Zuwara");
                text(form.stage(), "#offerTo", "IT/Atlantis");
                text(form.stage(), "#offerPlatform", "telegram");
                ((javafx.scene.control.Button) form.stage().getScene().lookup("#offerSaveButton")).fire();
                return null;
            });
            settle();
            snap(form.stage(), out, "offer-form-error.png");
            fx(() -> {
                form.stage().close();
                return null;
            });

            PasteView paste = fx(() -> {
                PasteView view = new PasteView(new PasteViewModel(session), saved -> { });
                view.open(main, main.getScene().getStylesheets(), false, POST, scene -> { });
                return view;
            });
            settle();
            fx(() -> {
                ((CheckBox) paste.stage().getScene().lookup(".paste-offer-check")).setSelected(true);
                return null;
            });
            settle();
            snap(paste.stage(), out, "paste-offer.png");
            fx(() -> {
                paste.stage().close();
                return null;
            });

            OffersScreen screen = fx(() -> OffersScreen.show(main, session));
            settle();
            snap(screen.stage(), out, "offers-table.png");
            fx(() -> {
                screen.showTab(1);
                return null;
            });
            settle();
            fx(() -> {
                @SuppressWarnings("unchecked")
                TableView<Object> routes = (TableView<Object>) screen.stage().getScene().lookup("#routesTable");
                routes.getSelectionModel().select(0);
                return null;
            });
            settle();
            snap(screen.stage(), out, "offers-routes.png");
            fx(() -> {
                screen.showTab(2);
                return null;
            });
            settle();
            snap(screen.stage(), out, "offers-map.png");
            Background.runAndWait(() -> { });
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.exit(0);
        }
    }

    private static void text(Stage stage, String id, String value) {
        ((TextInputControl) stage.getScene().lookup(id)).setText(value);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> Background.runningProperty().get() == 0));
        Thread.sleep(500);
        fx(() -> null);
    }

    private static void snap(Stage stage, Path out, String name) throws Exception {
        File file = out.resolve(name).toFile();
        var image = fx(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        System.out.println("wrote " + file);
    }
}
