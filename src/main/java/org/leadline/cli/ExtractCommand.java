package org.leadline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.selectors.Selector;
import org.leadline.logic.selectors.SelectorExtractor;
import org.leadline.logic.workspace.Countries;
import org.leadline.model.LeadKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", description = "Print the selectors found in a text, without storing anything.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    LeadlineCommand root;

    @Option(names = "--region", paramLabel = "CC", description = "Region for phone numbers without a country prefix (default: ${DEFAULT-VALUE}).")
    String region = "FR";

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "TEXT", description = "The text, or - to read standard input.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the text from FILE (UTF-8).")
        Path file;
    }

    @Override
    public Integer call() throws IOException {
        String text = read();
        List<Selector> selectors = new SelectorExtractor(Countries.requireAlpha2(region, "region")).extract(text);
        var out = root.terminal.out();
        if (json) {
            out.println(Json.write(selectors.stream().map(ExtractCommand::toJson).toList()));
        } else {
            for (Selector selector : selectors) {
                out.println(selector.kind().wireName() + " " + selector.canonical()
                        + (selector.verified() ? "" : "  (unverified: " + selector.reason() + ")"));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private String read() throws IOException {
        if (source.file != null) {
            try {
                return Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new IllegalArgumentException("The file " + source.file + " is not UTF-8 text.");
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("The file " + source.file + " does not exist.");
            }
        }
        if ("-".equals(source.text)) {
            return new String(root.terminal.in().readAllBytes(), StandardCharsets.UTF_8);
        }
        return source.text;
    }

    static Map<String, Object> toJson(Selector selector) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", selector.kind().wireName());
        json.put("canonical", selector.canonical());
        json.put("raw", selector.raw());
        json.put("start", selector.start());
        json.put("end", selector.end());
        if (selector.kind() == LeadKind.PHONE && selector.phone() != null) {
            json.put("region", selector.phone().region());
            json.put("valid", selector.phone().valid());
            json.put("lineType", selector.phone().lineType());
        }
        if (selector.kind() == LeadKind.HANDLE) {
            json.put("platform", selector.platform());
        }
        if (!selector.verified()) {
            json.put("status", "unverified");
            json.put("reason", selector.reason());
        }
        return json;
    }
}
