package org.leadline.logic.selectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared fixtures from the test class path (a clone of the project has no shared folder beside it). */
final class FixtureTables {

    private FixtureTables() {
    }

    static String resource(String path) {
        try (InputStream in = FixtureTables.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated rows, comments (#) and blank lines skipped; {@code \n} and {@code \t} in cells unescaped. */
    static List<String[]> tsv(String path) {
        List<String[]> rows = new ArrayList<>();
        for (String line : resource(path).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].replace("\\n", "\n").replace("\\t", "\t");
            }
            rows.add(cells);
        }
        return rows;
    }

    /** One post of posts.txt: its text and the expected "kind canonical" lines. */
    record Post(int number, String text, List<String> expected) {
        @Override
        public String toString() {
            return "post " + number;
        }
    }

    /**
     * posts.txt: a header of # lines, then posts separated by lines of five dashes; each post's text
     * runs up to a line "expect:", after which each line is "kind canonical".
     */
    static List<Post> posts(String path) {
        List<Post> posts = new ArrayList<>();
        String[] blocks = resource(path).replace("\r\n", "\n").split("(?m)^-----$");
        for (String block : blocks) {
            String b = block.startsWith("\n") ? block.substring(1) : block;
            int marker = b.indexOf("\nexpect:");
            if (marker < 0) {
                continue; // the header
            }
            String text = b.substring(0, marker);
            List<String> expected = new ArrayList<>();
            for (String line : b.substring(marker + "\nexpect:".length()).split("\n")) {
                if (!line.isBlank()) {
                    expected.add(line.strip());
                }
            }
            posts.add(new Post(posts.size() + 1, text, expected));
        }
        return posts;
    }
}
