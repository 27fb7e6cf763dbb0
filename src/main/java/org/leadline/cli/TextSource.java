package org.leadline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a command's text comes from: the argument, a file, or standard input ("-"). Used as an exclusive ArgGroup. */
final class TextSource {
    @Parameters(paramLabel = "TEXT", description = "The text, or - to read standard input.")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the text from FILE (UTF-8).")
    Path file;

    String read(Terminal terminal) throws IOException {
        if (file != null) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new IllegalArgumentException("The file " + file + " is not UTF-8 text.");
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("The file " + file + " does not exist.");
            }
        }
        if ("-".equals(text)) {
            return new String(terminal.in().readAllBytes(), StandardCharsets.UTF_8);
        }
        return text;
    }
}
