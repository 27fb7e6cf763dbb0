package org.leadline.ui.packages;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.model.TrustedKey;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/** The trust list window's state: the trusted keys, removing one, and writing key files. */
public final class TrustListViewModel {
    private final Session session;
    final ObservableList<TrustedKey> keys = FXCollections.observableArrayList();
    final StringProperty error = new SimpleStringProperty("");
    final StringProperty notice = new SimpleStringProperty("");

    public TrustListViewModel(Session session) {
        this.session = session;
    }

    public ObservableList<TrustedKey> keys() {
        return keys;
    }

    Session session() {
        return session;
    }

    void reload() {
        Background.run(() -> session.trust().list(), all -> keys.setAll(all), failure -> error.set(Errors.sentence(failure)));
    }

    void remove(TrustedKey key) {
        run(() -> session.trust().remove(key.fingerprint()), Messages.get("trust.removed", key.name()));
    }

    void exportKeys(Path file, boolean onlyMine) {
        Background.run(() -> session.trust().exportKeyFile(file, onlyMine), written -> {
            error.set("");
            notice.set(Messages.get("trust.exported", written, file));
        }, failure -> {
            notice.set("");
            error.set(Errors.sentence(failure));
        });
    }

    void added(String sentence) {
        error.set("");
        notice.set(sentence);
        reload();
    }

    private void run(Runnable change, String done) {
        Background.run(change, () -> added(done), failure -> {
            notice.set("");
            error.set(Errors.sentence(failure));
        });
    }
}
