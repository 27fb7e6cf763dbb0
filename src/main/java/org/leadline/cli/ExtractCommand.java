package org.leadline.cli;

import java.io.IOException;
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
    TextSource source;

    @Override
    public Integer call() throws IOException {
        String text = source.read(root.terminal);
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
