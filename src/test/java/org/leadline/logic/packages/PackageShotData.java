package org.leadline.logic.packages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.leadline.TestWorkspaces;
import org.leadline.logic.leads.LeadService;
import org.leadline.logic.leads.SightingSource;
import org.leadline.logic.operations.OperationService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.NewOfficer;
import org.leadline.logic.workspace.Workspace;

/**
 * A team's day for looking at the package windows: a team lead's workspace ({@code lead/}, passphrase
 * {@link TestWorkspaces#PASSPHRASE}) that trusts France and Italy, has taken in France's package and a second variant
 * of it (one conflict), and the packages still to take in: Italy's, Turkey's (an unknown key), Italy's of another
 * operation, and France's sealed for the team lead. Run with the test class path; the argument is an empty folder.
 */
public final class PackageShotData {
    private PackageShotData() {
    }

    private static Desk officer(Path folder, String name, String agency, String country) {
        Workspace workspace = Workspace.create(folder, TestWorkspaces.PASSPHRASE.toCharArray(), new NewOfficer(name, agency, country),
                Clock.systemUTC());
        new OperationService(workspace).create("Cyberprotect II", Desk.OPERATION, country, null, null);
        return Desk.of(workspace);
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/leadline-packages"));
        Path packs = Files.createDirectories(root.resolve("packages"));
        try (Desk lead = officer(root.resolve("lead"), "Ana López", "Policía Nacional", "ES");
             Desk france = officer(root.resolve("fr"), "Claire Martin", "Police nationale", "FR");
             Desk italy = officer(root.resolve("it"), "Marco Rossi", "Polizia di Stato", "IT");
             Desk turkey = officer(root.resolve("tr"), "Ayşe Demir", "Emniyet Genel Müdürlüğü", "TR")) {
            lead.lead("+218 91 234 5678", "zuwara");
            lead.lead("https://t.me/zuwara_trips");

            france.lead("+218 91 234 5678", "seller");
            var boss = france.lead("@crossing_boss");
            france.leads.addNote(boss.entityId(), "Answers within minutes, speaks Arabic and French");
            france.attachTo(boss.entityId(), 1);
            france.lead("+33 6 12 34 56 78");
            france.lead("passeur.calais@example.org");
            Path fr = packs.resolve("Cyberprotect-II-Claire-Martin-day1.leadpack");
            france.export(fr);
            Path variant = packs.resolve("Cyberprotect-II-Claire-Martin-restored.leadpack");
            TestPackages.rewrite(fr, variant, france.workspace, (path, line) -> path.equals("records/leads.jsonl")
                    && line.contains("crossing_boss") ? line.replace("\"tags\":[]", "\"tags\":[\"restored\",\"boats\"]") : line);

            italy.lead("+218 91 234 5678", "zuwara");
            italy.lead("+39 312 345 6789");
            italy.lead("https://facebook.com/groups/viaggi.sicuri");
            Path it = packs.resolve("Cyberprotect-II-Marco-Rossi-day1.leadpack");
            italy.export(it);
            UUID other = new OperationService(italy.workspace).create("Sea Watch Day", null, "IT", null, null).id();
            new LeadService(italy.workspace).add(other, "+39 320 111 2222", null, List.of(), null, SightingSource.NONE);
            Path itOther = packs.resolve("Sea-Watch-Day-Marco-Rossi.leadpack");
            new PackageExporter(italy.workspace).export(other, PackageKind.OFFICER, itOther, Progress.NONE);

            turkey.lead("+90 532 123 45 67");
            turkey.lead("+218 91 234 5678");
            Path tr = packs.resolve("Cyberprotect-II-Ayse-Demir-day1.leadpack");
            turkey.export(tr);

            lead.trust(france, fr);
            lead.trust(italy, it);
            lead.importPackage(fr);
            lead.importPackage(variant);

            // France encrypts her second package for the team lead, whose key she trusts from the team lead's own package.
            Path leadPack = root.resolve("lead-own.leadpack");
            lead.export(leadPack);
            france.trust(lead, leadPack);
            france.lead("+33 7 11 22 33 44");
            new PackageExporter(france.workspace).export(Desk.OPERATION, PackageKind.OFFICER,
                    packs.resolve("Cyberprotect-II-Claire-Martin-day2-sealed.leadpack"), List.of(lead.fingerprint()), Progress.NONE);
            new TrustService(italy.workspace).exportKeyFile(packs.resolve("Marco-Rossi.leadkeys"), true);
            Files.delete(leadPack);
        }
        System.out.println("Workspace " + root.resolve("lead") + ", packages in " + packs);
    }
}
