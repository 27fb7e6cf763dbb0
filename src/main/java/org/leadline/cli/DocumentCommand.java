package org.leadline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.leadline.logic.documents.DocumentFields;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.documents.SavedDocument;
import org.leadline.logic.json.Json;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.CheckDigit;
import org.leadline.model.DocumentType;
import org.leadline.model.Operation;
import org.leadline.model.TravelDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "document", description = "Travel and ID document records; each yields its document lead.",
        subcommands = {DocumentCommand.Add.class, DocumentCommand.ListDocuments.class, DocumentCommand.Edit.class, DocumentCommand.Link.class,
                DocumentCommand.Unlink.class, DocumentCommand.Delete.class})
final class DocumentCommand {
    @ParentCommand
    LeadlineCommand root;

    @Command(name = "add", description = {"Record a document from its machine-readable zone or typed by hand.",
            "Prints the document id, its lead and each check digit of the zone."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        DocumentCommand document;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--mrz", paramLabel = "TEXT", description = "The zone's 2 or 3 lines (line breaks or spaces between them).")
            String mrz;

            @Option(names = "--mrz-file", paramLabel = "FILE", description = "A file holding the zone's lines.")
            Path mrzFile;

            @ArgGroup(exclusive = false)
            Typed typed;
        }

        static final class Typed {
            @Option(names = "--type", required = true, description = "passport, id-card, visa, residence-permit or other.")
            String type;

            @Option(names = "--country", required = true, paramLabel = "CCC", description = "Issuing country (ICAO code: SYR, FRA, D, ...).")
            String country;

            @Option(names = "--number", required = true, paramLabel = "N", description = "The document number.")
            String number;

            @Option(names = "--surname", paramLabel = "S")
            String surname;

            @Option(names = "--given-names", paramLabel = "G")
            String givenNames;

            @Option(names = "--nationality", paramLabel = "CCC")
            String nationality;

            @Option(names = "--birth", paramLabel = "YYYY-MM-DD", description = "Date of birth.")
            String birth;

            @Option(names = "--sex", paramLabel = "M|F|X")
            String sex;

            @Option(names = "--expiry", paramLabel = "YYYY-MM-DD", description = "Date of expiry.")
            String expiry;
        }

        @Option(names = "--image", paramLabel = "CAPTURE-ID", description = "A captured image of the document (repeatable).")
        List<String> images = new ArrayList<>();

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Override
        public Integer call() {
            List<UUID> imageIds = images.stream().map(id -> Values.uuid(id, "--image")).toList();
            LeadlineCommand root = document.root;
            String mrz = source.mrzFile != null ? read(source.mrzFile) : source.mrz;
            try (Workspace workspace = root.openWorkspace()) {
                Operation operation = root.operation(workspace);
                DocumentService documents = new DocumentService(workspace);
                SavedDocument saved = mrz != null
                        ? documents.createFromMrz(operation.id(), mrz, imageIds, note)
                        : documents.create(operation.id(), fields(source.typed), null, imageIds, note);
                var out = root.terminal.out();
                out.println(saved.document().id());
                out.println("lead document " + saved.lead().canonical() + ": "
                        + (saved.lead().newEntity() ? "new" : "already known, sighting added")
                        + (saved.lead().verified() ? "" : " (unverified: " + saved.lead().reason() + ")"));
                for (CheckDigit check : saved.document().checks()) {
                    out.println("check " + check.field() + ": " + (check.ok() ? "ok (" + check.written() + ")"
                            : "FAILED (printed " + check.written() + ", computed " + check.computed() + ")"));
                }
            }
            return ExitCode.OK;
        }

        private static DocumentFields fields(Typed t) {
            return new DocumentFields(DocumentType.parse(t.type), t.country, t.number, t.surname, t.givenNames, t.nationality,
                    Values.date(t.birth, "--birth"), t.sex, Values.date(t.expiry, "--expiry"));
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("The zone file " + file + " cannot be read.");
            }
        }
    }

    @Command(name = "list", description = "List the operation's document records, oldest first.")
    static final class ListDocuments implements Callable<Integer> {
        @ParentCommand
        DocumentCommand document;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            LeadlineCommand root = document.root;
            try (Workspace workspace = root.openWorkspace()) {
                List<TravelDocument> all = new DocumentService(workspace).list(root.operation(workspace).id());
                var out = root.terminal.out();
                if (json) {
                    out.println(Json.write(all.stream().map(ListDocuments::toJson).toList()));
                    return ExitCode.OK;
                }
                for (TravelDocument d : all) {
                    out.printf("%s  %-16s %s  %s%s%s%n", d.id(), d.type().wireName(), d.canonical(), holder(d),
                            d.hasFailedCheck() ? "  [check digit failed]" : "",
                            d.imageIds().isEmpty() ? "" : "  " + d.imageIds().size() + " image(s)");
                }
            }
            return ExitCode.OK;
        }

        private static String holder(TravelDocument d) {
            String surname = d.surname() == null ? "" : d.surname();
            return d.givenNames() == null ? surname : surname + ", " + d.givenNames();
        }

        private static Map<String, Object> toJson(TravelDocument d) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", d.id());
            json.put("type", d.type().wireName());
            json.put("issuingCountry", d.issuingCountry());
            json.put("number", d.number());
            json.put("canonical", d.canonical());
            json.put("surname", d.surname());
            json.put("givenNames", d.givenNames());
            json.put("nationality", d.nationality());
            json.put("birthDate", d.birthDate());
            json.put("sex", d.sex());
            json.put("expiryDate", d.expiryDate());
            json.put("mrz", d.mrz());
            json.put("checks", d.checks().stream().map(c -> Map.of("field", c.field(), "written", String.valueOf(c.written()),
                    "computed", c.computed(), "ok", c.ok())).toList());
            json.put("images", d.imageIds());
            json.put("note", d.note());
            json.put("origin", d.origin());
            json.put("version", d.version());
            json.put("createdAt", d.createdAt());
            json.put("updatedAt", d.updatedAt());
            return json;
        }
    }

    @Command(name = "edit", description = {"Correct the fields of one of your documents; fields not given stay as they are.",
            "A new type, issuer or number yields that document lead too."})
    static final class Edit implements Callable<Integer> {
        @ParentCommand
        DocumentCommand document;

        @picocli.CommandLine.Parameters(paramLabel = "DOCUMENT-ID")
        String id;

        @Option(names = "--type", description = "passport, id-card, visa, residence-permit or other.")
        String type;

        @Option(names = "--country", paramLabel = "CCC")
        String country;

        @Option(names = "--number", paramLabel = "N")
        String number;

        @Option(names = "--surname", paramLabel = "S")
        String surname;

        @Option(names = "--given-names", paramLabel = "G")
        String givenNames;

        @Option(names = "--nationality", paramLabel = "CCC")
        String nationality;

        @Option(names = "--birth", paramLabel = "YYYY-MM-DD")
        String birth;

        @Option(names = "--sex", paramLabel = "M|F|X")
        String sex;

        @Option(names = "--expiry", paramLabel = "YYYY-MM-DD")
        String expiry;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Override
        public Integer call() {
            UUID documentId = Values.id(id, "The document id");
            try (Workspace workspace = document.root.openWorkspace()) {
                DocumentService documents = new DocumentService(workspace);
                TravelDocument d = documents.get(documentId);
                DocumentFields fields = new DocumentFields(type == null ? d.type() : DocumentType.parse(type),
                        or(country, d.issuingCountry()), or(number, d.number()), or(surname, d.surname()),
                        or(givenNames, d.givenNames()), or(nationality, d.nationality()),
                        birth == null ? d.birthDate() : Values.date(birth, "--birth"), or(sex, d.sex()),
                        expiry == null ? d.expiryDate() : Values.date(expiry, "--expiry"));
                SavedDocument saved = documents.edit(documentId, fields, or(note, d.note()));
                var out = document.root.terminal.out();
                out.println("Version " + saved.document().version() + ": " + saved.document().canonical());
                if (saved.lead() != null) {
                    out.println("lead document " + saved.lead().canonical() + ": "
                            + (saved.lead().newEntity() ? "new" : "already known, sighting added")
                            + (saved.lead().verified() ? "" : " (unverified: " + saved.lead().reason() + ")"));
                }
            }
            return ExitCode.OK;
        }

        private static String or(String given, String kept) {
            return given == null ? kept : given;
        }
    }

    /** link and unlink: the same two ids and the same answer, only the change to the document differs. */
    abstract static class ImageChange implements Callable<Integer> {
        @ParentCommand
        DocumentCommand document;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "DOCUMENT-ID")
        String id;

        @picocli.CommandLine.Parameters(index = "1", paramLabel = "CAPTURE-ID")
        String capture;

        abstract TravelDocument change(DocumentService documents, UUID documentId, UUID captureId);

        @Override
        public Integer call() {
            UUID documentId = Values.id(id, "The document id");
            UUID captureId = Values.uuid(capture, "CAPTURE-ID");
            try (Workspace workspace = document.root.openWorkspace()) {
                TravelDocument changed = change(new DocumentService(workspace), documentId, captureId);
                document.root.terminal.out().println(changed.imageIds().size() + " image(s) linked.");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "link", description = "Link a captured image to one of your documents.")
    static final class Link extends ImageChange {
        @Override
        TravelDocument change(DocumentService documents, UUID documentId, UUID captureId) {
            return documents.linkImage(documentId, captureId);
        }
    }

    @Command(name = "unlink", description = "Unlink a captured image from one of your documents.")
    static final class Unlink extends ImageChange {
        @Override
        TravelDocument change(DocumentService documents, UUID documentId, UUID captureId) {
            return documents.unlinkImage(documentId, captureId);
        }
    }

    @Command(name = "delete", description = "Delete one of your documents (a tombstone that travels); its lead stays.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        DocumentCommand document;

        @picocli.CommandLine.Parameters(paramLabel = "DOCUMENT-ID")
        String id;

        @Override
        public Integer call() {
            UUID documentId = Values.id(id, "The document id");
            try (Workspace workspace = document.root.openWorkspace()) {
                new DocumentService(workspace).delete(documentId);
                document.root.terminal.out().println("Document deleted.");
            }
            return ExitCode.OK;
        }
    }
}
