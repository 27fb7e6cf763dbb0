package org.leadline.ui.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** The window's own settings (theme, auto-lock), in a small file next to the workspace; saved on every change. */
final class UiSettings {
    static final String FILE = "ui-settings.properties";
    static final int DEFAULT_IDLE_MINUTES = 10;

    private final Path file;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty(DEFAULT_IDLE_MINUTES);

    UiSettings(Path folder) {
        this.file = folder.resolve(FILE);
        load();
        darkTheme.addListener((obs, a, b) -> save());
        idleMinutes.addListener((obs, a, b) -> save());
    }

    BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            darkTheme.set(Boolean.parseBoolean(properties.getProperty("theme.dark", "false")));
            int minutes = Integer.parseInt(properties.getProperty("autoLock.minutes", Integer.toString(DEFAULT_IDLE_MINUTES)).strip());
            idleMinutes.set(Math.max(1, Math.min(240, minutes)));
        } catch (IOException | NumberFormatException e) {
            // Unreadable settings fall back to the defaults; nothing of the workspace depends on them.
        }
    }

    private void save() {
        Properties properties = new Properties();
        properties.setProperty("theme.dark", Boolean.toString(darkTheme.get()));
        properties.setProperty("autoLock.minutes", Integer.toString(idleMinutes.get()));
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Leadline window settings");
            }
        } catch (IOException e) {
            // Not fatal: the setting holds for this session.
        }
    }
}
