package org.leadline.ui.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leadline.logic.picture.OperationPicture;
import org.leadline.logic.picture.PictureService;
import org.leadline.model.LeadScope;
import org.leadline.model.OfferType;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Format;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The dashboard's state: the open operation's picture, loaded off the FX thread, again after every change while the
 * dashboard shows (imports and edits raise the session's revision), and the words for each drill-down's chip.
 */
public final class DashboardViewModel {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("d MMM HH'h'", Locale.ENGLISH);
    private final Session session;
    private final PictureService pictures;
    final ObjectProperty<OperationPicture> picture = new SimpleObjectProperty<>();
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty("");
    /** Whether the dashboard shows: only then does a change reload the picture. */
    final BooleanProperty active = new SimpleBooleanProperty(false);
    private boolean stale = true;
    private long generation;
    private final ZoneId zone;

    public DashboardViewModel(Session session) {
        this.session = session;
        this.pictures = new PictureService(session.workspace());
        this.zone = ZoneId.systemDefault();
        session.revisionProperty().addListener((obs, a, b) -> changed());
        session.operationProperty().addListener((obs, a, b) -> {
            picture.set(null);
            changed();
        });
        active.addListener((obs, was, is) -> {
            if (is && stale) {
                reload();
            }
        });
    }

    public ObjectProperty<OperationPicture> pictureProperty() {
        return picture;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    private void changed() {
        stale = true;
        if (active.get()) {
            reload();
        }
    }

    /** Computes the picture in the background; a newer request wins over an older one still running. */
    public void reload() {
        long mine = ++generation;
        UUID operationId = session.operationId();
        if (operationId == null || session.isClosed()) {
            picture.set(null);
            return;
        }
        stale = false;
        loading.set(true);
        Background.run(() -> pictures.picture(operationId), loaded -> {
            if (mine == generation) {
                loading.set(false);
                error.set("");
                picture.set(loaded);
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                error.set(Errors.sentence(failure));
            }
        });
    }

    /** The caption of a counter's tile. */
    static String caption(OperationPicture.Tile tile) {
        return Messages.get("picture.tile." + tile.name());
    }

    /** What the chip above the lead table says a tile's drill-down is. */
    static String describe(OperationPicture.Tile tile) {
        return Messages.get("picture.scope.tile", caption(tile));
    }

    /** What the chip says a bar's drill-down is. */
    String describe(OperationPicture.Bar bar) {
        LeadScope scope = bar.scope();
        return switch (scope.kind()) {
            case PHONE_COUNTRY -> Messages.get("picture.scope.phoneCountry", Format.country(scope.argument()), scope.argument());
            case DOCUMENT_COUNTRY -> Messages.get("picture.scope.documentCountry", scope.argument());
            case OFFICER -> Messages.get("picture.scope.officer", bar.label());
            case PLATFORM -> Messages.get("picture.scope.platform", bar.label());
            case FIRST_SEEN_HOUR -> Messages.get("picture.scope.hour", hour(scope.hour()));
            case INCIDENT -> Messages.get("picture.scope.incident", incidentType(scope.offerType()));
            default -> bar.label();
        };
    }

    /** An hour as the bars print it, in the officer's zone. */
    String hour(Instant start) {
        return HOUR.format(start.atZone(zone));
    }

    static String incidentType(OfferType type) {
        return Messages.get("picture.incident." + type.wireName());
    }
}
