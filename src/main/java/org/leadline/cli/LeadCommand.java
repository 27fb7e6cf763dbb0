package org.leadline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.leads.LeadMerges;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadSummary;
import org.leadline.model.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "lead", description = "Add, list and merge leads.", subcommands = {LeadCommand.Add.class, LeadCommand.ListLeads.class,
        LeadCommand.Suggest.class, LeadCommand.Merge.class, LeadCommand.Unmerge.class})
final class LeadCommand {
    @ParentCommand
    LeadlineCommand root;

    @Command(name = "add", description = "Store a lead in the operation; prints its id.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        LeadCommand lead;

        @Option(names = "--value", required = true, description = "The value as found (a phone number, URL, handle, ...).")
        String value;

        @Option(names = "--kind", description = "phone, url, handle, email, document, iban or crypto (default: detected).")
        String kind;

        @Option(names = "--tag", description = "A tag (repeatable).")
        List<String> tags = new ArrayList<>();

        @Option(names = "--note", description = "A note on the lead.")
        String note;

        @Option(names = "--source-url", description = "The page where the lead was seen.")
        String sourceUrl;

        @Override
        public Integer call() {
            LeadKind leadKind = kind == null ? null : LeadKind.fromWireName(kind);
            LeadlineCommand root = lead.root;
            try (Workspace workspace = root.openWorkspace()) {
                Operation operation = root.operation(workspace);
                List<AddedLead> added = new LeadService(workspace).add(operation.id(), value, leadKind, tags, note,
                        new SightingSource(sourceUrl, null, null));
                AddedLead primary = added.get(0);
                root.terminal.out().println(primary.entityId());
                for (AddedLead each : added) {
                    String state = each.newEntity() ? "new" : "already known, sighting added";
                    String verified = each.verified() ? "" : " (unverified: " + each.reason() + ")";
                    root.terminal.err().println(each.kind().wireName() + " " + each.canonical() + ": " + state + verified);
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List the matching leads (all of them unless --limit).")
    static final class ListLeads implements Callable<Integer> {
        private static final int PAGE = 1_000;

        @ParentCommand
        LeadCommand lead;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Option(names = "--query", paramLabel = "Q", description = "Free text: every word must start a word of the value, a note or a tag.")
        String query;

        @Option(names = "--tag", description = "Only leads with this tag.")
        String tag;

        @Option(names = "--kind", description = "Only leads of this kind.")
        String kind;

        @Option(names = "--limit", paramLabel = "N", description = "At most N leads.")
        Integer limit;

        @Override
        public Integer call() {
            if (limit != null && limit < 0) {
                throw new IllegalArgumentException("--limit cannot be negative.");
            }
            LeadKind leadKind = kind == null ? null : LeadKind.fromWireName(kind);
            LeadlineCommand root = lead.root;
            try (Workspace workspace = root.openWorkspace()) {
                LeadService leads = new LeadService(workspace);
                LeadQuery page = LeadQuery.firstPage(root.operation(workspace).id(), PAGE)
                        .withFilters(leadKind, null, tag, query);
                long remaining = limit == null ? Long.MAX_VALUE : limit;
                var out = root.terminal.out();
                boolean first = true;
                if (json) {
                    out.print('[');
                }
                // Streams page by page so that a million leads never sit in memory at once.
                while (remaining > 0) {
                    List<LeadSummary> rows = leads.page(page);
                    for (LeadSummary row : rows) {
                        if (remaining-- <= 0) {
                            break;
                        }
                        if (json) {
                            out.print(first ? "" : ",");
                            out.print(Json.write(toJson(row)));
                        } else {
                            out.printf("%s  %-8s %s%s  seen %d× by %d%n", row.id(), row.kind().wireName(), row.canonical(),
                                    row.tags().isEmpty() ? "" : "  #" + String.join(" #", row.tags()), row.sightings(), row.officers());
                        }
                        first = false;
                    }
                    if (rows.size() < PAGE) {
                        break;
                    }
                    page = page.after(rows.get(rows.size() - 1));
                }
                if (json) {
                    out.println(']');
                }
                out.flush();
            }
            return ExitCode.OK;
        }

        private static Map<String, Object> toJson(LeadSummary row) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", row.id());
            json.put("kind", row.kind().wireName());
            json.put("canonical", row.canonical());
            json.put("raw", row.raw());
            json.put("status", row.status().name().toLowerCase(java.util.Locale.ROOT));
            json.put("category", row.category().wireName());
            json.put("tags", row.tags());
            json.put("sightings", row.sightings());
            json.put("officers", row.officers());
            json.put("firstSeen", row.firstSeen());
            json.put("lastSeen", row.lastSeen());
            return json;
        }
    }

    @Command(name = "suggest", description = "List leads that may be the same entity as this one (never merged automatically).")
    static final class Suggest implements Callable<Integer> {
        @ParentCommand
        LeadCommand lead;

        @picocli.CommandLine.Parameters(paramLabel = "ID")
        java.util.UUID id;

        @Override
        public Integer call() {
            try (Workspace workspace = lead.root.openWorkspace()) {
                for (LeadMerges.Suggestion suggestion : new LeadMerges(workspace).suggestionsFor(id)) {
                    lead.root.terminal.out().printf("%s  %-8s %s  (%s)%n", suggestion.lead().id(), suggestion.lead().kind().wireName(),
                            suggestion.lead().canonical(), suggestion.reason());
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "merge", description = "Merge the second lead into the first by hand; prints the merge id for undo.")
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        LeadCommand lead;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "SURVIVOR-ID")
        java.util.UUID survivor;

        @picocli.CommandLine.Parameters(index = "1", paramLabel = "MERGED-ID")
        java.util.UUID merged;

        @Override
        public Integer call() {
            try (Workspace workspace = lead.root.openWorkspace()) {
                lead.root.terminal.out().println(new LeadMerges(workspace).merge(survivor, merged).id());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "unmerge", description = "Undo a hand-made merge.")
    static final class Unmerge implements Callable<Integer> {
        @ParentCommand
        LeadCommand lead;

        @picocli.CommandLine.Parameters(paramLabel = "MERGE-ID")
        java.util.UUID merge;

        @Override
        public Integer call() {
            try (Workspace workspace = lead.root.openWorkspace()) {
                new LeadMerges(workspace).undo(merge);
                lead.root.terminal.out().println("Merge undone.");
            }
            return ExitCode.OK;
        }
    }
}
