package org.leadline.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** "Where does it go?": the save dialog opened on the folder and name typed so far (the home folder when none). */
public final class SaveChooser {
    private SaveChooser() {
    }

    /**
     * @param typed      the path typed so far, or blank
     * @param filterName the filter's label, with its patterns ({@code *.leadpack})
     * @return the file chosen (the dialog asked about replacing it), or empty when cancelled
     */
    public static Optional<Path> choose(Window owner, String title, String typed, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        Path current = Path.of(typed == null || typed.isBlank() ? System.getProperty("user.home") : typed).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
