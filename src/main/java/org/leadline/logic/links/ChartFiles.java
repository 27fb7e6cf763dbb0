package org.leadline.logic.links;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.leadline.logic.workspace.AtomicFiles;

/** The chart's exports take their name only when complete: written to a temporary sibling, then renamed. */
final class ChartFiles {
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ChartFiles() {
    }

    static void write(Path target, Content content) throws IOException {
        Path temp = AtomicFiles.temporarySibling(target);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW))) {
                content.writeTo(out);
            }
            AtomicFiles.commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
