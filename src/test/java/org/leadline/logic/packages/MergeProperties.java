package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.leadline.logic.evidence.EvidenceVerifier;
import org.leadline.logic.leads.AddedLead;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Bytes;
import org.leadline.model.Category;
import org.leadline.model.Lead;
import org.leadline.model.LeadSummary;
import org.leadline.model.Sighting;
import org.leadline.persistence.LeadRepository;
import org.leadline.persistence.PackageRecordRepository;
import org.leadline.persistence.PackageRepository;

/**
 * The merge rules of package-format.md as properties: two or three officers work a random day in one operation
 * (leads from a small pool so that they meet on the same selectors, tags, categories, notes, deletions and
 * restorations, screenshots, offers) and export packages whenever they like; the team lead takes them in.
 *
 * <p>Workspaces are real encrypted files and cost a key derivation each, so the officers and the two team-lead
 * workspaces are made once; every try is a new operation, which the officers join and the team leads' imports create
 * (operations never mix, so each try sees fresh team-lead operations).
 */
class MergeProperties {
    /** Values written as officers type them; several normalise to one selector, and regions differ between officers. */
    private static final List<String> VALUES = List.of("+33 6 12 34 56 78", "0033612345678", "06 12 34 56 78", "@crossing_boss",
            "https://t.me/crossing_boss", "boat.lampedusa@gmail.com", "+218 91 234 5678", "https://www.facebook.com/passage.uk");
    private static final List<String> TAGS = List.of("seller", "boat", "urgent", "libya-route", "fake-docs");
    private static final List<Category> CATEGORIES = List.of(Category.POSSIBLE_FACILITATOR, Category.INCIDENT_TRAVEL,
            Category.INCIDENT_DOCUMENTS, Category.OTHER);
    private static final String[][] OFFICERS = {{"Claire Martin", "FR"}, {"Marco Rossi", "IT"}, {"Ana Lopez", "ES"}};
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final ObjectMapper MAPPER = WireFormat.mapper(PackageLimits.DEFAULT);

    private static Path dir;
    private static final List<Desk> officers = new ArrayList<>();
    private static Desk teamLead;
    private static Desk otherTeamLead;

    @BeforeContainer
    static void desks() throws IOException {
        dir = Files.createTempDirectory("merge-properties");
        for (String[] officer : OFFICERS) {
            officers.add(Desk.open(dir.resolve(officer[1]), officer[0], officer[1]));
        }
        teamLead = Desk.open(dir.resolve("lead"), "Eva Berg", "NL");
        otherTeamLead = Desk.open(dir.resolve("other-lead"), "Eva Berg", "NL");
        // The keys are compared in person once; every later package of these officers is then accepted.
        for (Desk officer : officers) {
            Path keys = dir.resolve(officer.fingerprint() + ".leadkeys");
            new TrustService(officer.workspace).exportKeyFile(keys, true);
            for (Desk lead : List.of(teamLead, otherTeamLead)) {
                new TrustService(lead.workspace).addFromKeyFile(officer.fingerprint(), keys);
            }
        }
    }

    @AfterContainer
    static void close() throws IOException {
        officers.forEach(Desk::close);
        teamLead.close();
        otherTeamLead.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    // ------------------------------------------------------------------ the properties

    @Property(tries = 12)
    void anyOrderGivesTheSameWorkspaceAndTakingAPackageInAgainChangesNothing(@ForAll("days") Day day, @ForAll long shuffle) {
        Try t = play(day);
        Random random = new Random(shuffle);
        List<Path> first = shuffled(t.packages, random);
        List<Path> second = shuffled(t.packages, random);

        first.forEach(pack -> t.lead.importPackage(pack));
        second.forEach(pack -> t.other.importPackage(pack));
        String merged = t.lead.dump();
        assertThat(t.other.dump()).as("imported in the order %s and %s", names(first), names(second)).isEqualTo(merged);

        for (Path pack : shuffled(t.packages, random)) {
            ImportSummary again = t.lead.importPackage(pack);
            assertThat(again.alreadyImported()).as(pack.getFileName().toString()).isTrue();
            assertThat(again.sentence()).contains("imported before; nothing changed");
        }
        assertThat(t.lead.dump()).isEqualTo(merged);
    }

    @Property(tries = 12)
    void nothingIsLostAndEveryConflictIsKeptWithTheLowestHashShown(@ForAll("days") Day day, @ForAll("variants") List<Variant> variants,
                                                                  @ForAll long shuffle) throws IOException {
        Try t = play(day);
        List<Path> packages = new ArrayList<>(t.packages);
        for (Variant variant : variants) {
            Path made = variant.make(t, packages);
            if (made != null) {
                packages.add(made);
            }
        }
        Random random = new Random(shuffle);
        List<Path> first = shuffled(packages, random);
        List<Path> second = shuffled(packages, random);
        first.forEach(pack -> t.lead.importPackage(pack));
        second.forEach(pack -> t.other.importPackage(pack));

        Expected expected = Expected.of(packages);
        Statistics.label("records in conflict").collect(expected.conflicted() == 0 ? "none" : expected.conflicted() < 2 ? "one" : "several");
        Statistics.label("tombstones carried").collect(expected.tombstones() == 0 ? "none" : "some");
        Statistics.label("packages").collect(packages.size() < 4 ? "2-3" : packages.size() < 7 ? "4-6" : "7+");
        for (Desk lead : List.of(t.lead, t.other)) {
            expected.holdsIn(lead);
        }
        assertThat(t.other.dump()).as("imported in the order %s and %s", names(first), names(second)).isEqualTo(t.lead.dump());
        EvidenceVerifier.Report report = new EvidenceVerifier(t.lead.workspace).verify(Progress.NONE);
        assertThat(report.problems()).isEmpty();
    }

    // ------------------------------------------------------------------ a day of work

    enum Act { ADD, TAG, CATEGORY, NOTE, DELETE, RESTORE, ATTACH, OFFER, EXPORT }

    /** One officer's action: which officer, what, on which value of the pool, with which tag, category, note or image. */
    record Action(int officer, Act act, int value, int pick) {
    }

    /** The officers of a try and what they do, in order; each officer exports once more at the end of the day. */
    record Day(int officers, List<Action> actions) {
        @Override
        public String toString() {
            return officers + " officers: " + actions.stream().map(a -> a.officer + ":" + a.act + "(" + a.value + "," + a.pick + ")")
                    .collect(Collectors.joining(" "));
        }
    }

    @Provide
    Arbitrary<Day> days() {
        Arbitrary<Act> acts = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Act.ADD)), Tuple.of(3, Arbitraries.just(Act.TAG)),
                Tuple.of(2, Arbitraries.just(Act.CATEGORY)), Tuple.of(2, Arbitraries.just(Act.NOTE)),
                Tuple.of(3, Arbitraries.just(Act.DELETE)), Tuple.of(2, Arbitraries.just(Act.RESTORE)),
                Tuple.of(2, Arbitraries.just(Act.ATTACH)), Tuple.of(1, Arbitraries.just(Act.OFFER)),
                Tuple.of(2, Arbitraries.just(Act.EXPORT)));
        return Arbitraries.integers().between(2, 3).flatMap(n -> Combinators.combine(
                        Arbitraries.integers().between(0, n - 1), acts, Arbitraries.integers().between(0, VALUES.size() - 1),
                        Arbitraries.integers().between(0, 11))
                .as(Action::new).list().ofMinSize(8).ofMaxSize(30).map(actions -> new Day(n, actions)));
    }

    /** What one try made: its operation, the officers' packages in the order they were written, the team leads' desks. */
    private record Try(UUID operation, List<Path> packages, Map<Path, Desk> signers, Desk lead, Desk other) {
    }

    private static Try play(Day day) {
        int number = TRIES.incrementAndGet();
        UUID operation = UUID.randomUUID();
        List<Officer> desks = new ArrayList<>();
        for (int i = 0; i < day.officers(); i++) {
            desks.add(new Officer(officers.get(i).joining(operation)));
        }
        List<Path> packages = new ArrayList<>();
        Map<Path, Desk> signers = new HashMap<>();
        Path folder = dir.resolve("try-" + number);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Action action : day.actions()) {
            Officer officer = desks.get(action.officer());
            if (action.act() == Act.EXPORT) {
                packages.add(officer.export(folder, signers));
            } else {
                officer.act(action, number);
            }
        }
        for (Officer officer : desks) {
            if (officer.changed) {
                packages.add(officer.export(folder, signers));
            }
        }
        return new Try(operation, packages, signers, teamLead.on(operation), otherTeamLead.on(operation));
    }

    /** An officer's desk in the try's operation, with the entities of the values they have added. */
    private static final class Officer {
        final Desk desk;
        final Map<Integer, UUID> entities = new HashMap<>();
        final List<UUID> captures = new ArrayList<>();
        boolean changed;
        int exports;

        Officer(Desk desk) {
            this.desk = desk;
        }

        /** Adds a value of the pool; any other action works on one of the officer's own live leads (dead ones to restore). */
        void act(Action action, int tryNumber) {
            if (action.act() == Act.ADD) {
                add(action.value(), action.pick() % 3 == 0 ? List.of(TAGS.get(action.pick() % TAGS.size())) : List.of());
                return;
            }
            boolean restoring = action.act() == Act.RESTORE;
            List<Integer> candidates = entities.keySet().stream().sorted().filter(value -> live(value) != restoring).toList();
            if (candidates.isEmpty()) {
                return;
            }
            int value = candidates.get(action.value() % candidates.size());
            UUID entity = entities.get(value);
            switch (action.act()) {
                case RESTORE -> add(value, List.of());
                case TAG -> desk.leads.addTag(entity, TAGS.get(action.pick() % TAGS.size()));
                case CATEGORY -> desk.leads.setCategory(entity, CATEGORIES.get(action.pick() % CATEGORIES.size()));
                case NOTE -> desk.leads.addNote(entity, "Note " + action.pick() + ": answers within minutes");
                case DELETE -> desk.leads.delete(entity);
                // Few images per try: two officers often attach the very same screenshot.
                case ATTACH -> captures.add(desk.attachTo(entity, tryNumber * 10 + action.pick() % 4));
                case OFFER -> desk.offer(entity, Integer.toString(900 + 100 * action.pick()),
                        captures.isEmpty() || action.pick() % 2 == 0 ? null : captures.get(captures.size() - 1));
                default -> throw new IllegalArgumentException(action.act() + " is not an action on a lead");
            }
            changed = true;
        }

        private boolean live(int value) {
            return desk.leads.summary(entities.get(value)).map(summary -> summary.officers() > 0).orElse(false);
        }

        private void add(int value, List<String> tags) {
            AddedLead added = desk.leads.add(desk.operation, VALUES.get(value), null, tags, null,
                    new org.leadline.logic.leads.SightingSource("https://t.me/s/crossings", "telegram", null)).get(0);
            entities.put(value, added.entityId());
            changed = true;
        }

        Path export(Path folder, Map<Path, Desk> signers) {
            Path file = folder.resolve(desk.workspace.owner().country() + "-" + (++exports) + ".leadpack");
            desk.export(file);
            signers.put(file, desk);
            changed = false;
            return file;
        }
    }

    // ------------------------------------------------------------------ conflicts made on purpose

    /**
     * A second variant of a record at the same version: a package rewritten and signed again by its officer with one
     * lead's tags or category, or one note's text, changed (what a workstation restored from a backup that kept
     * working would send).
     */
    record Variant(int pack, int record, int edit) {
        Path make(Try t, List<Path> packages) throws IOException {
            if (packages.isEmpty()) {
                return null;
            }
            // Half the variants are of an officer's last package, whose records no later version settles.
            List<Path> latest = packages.stream().filter(p -> packages.stream().noneMatch(later -> later != p
                    && t.signers().get(later) == t.signers().get(p) && packages.indexOf(later) > packages.indexOf(p))).toList();
            List<Path> from = pack % 2 == 0 ? latest : packages;
            Path source = from.get(pack / 2 % from.size());
            List<String> candidates = new ArrayList<>();
            for (Map.Entry<String, byte[]> entry : TestPackages.entries(source).entrySet()) {
                if (entry.getKey().equals(RecordTypes.LEADS.path()) || entry.getKey().equals(RecordTypes.NOTES.path())) {
                    new String(entry.getValue(), StandardCharsets.UTF_8).lines().filter(line -> !line.isEmpty())
                            .forEach(candidates::add);
                }
            }
            if (candidates.isEmpty()) {
                return null;
            }
            String chosen = candidates.get(record % candidates.size());
            String changed = edit(chosen);
            Path target = source.resolveSibling(source.getFileName() + "-variant-" + packages.size() + ".leadpack");
            Desk signer = t.signers().get(source);
            TestPackages.rewrite(source, target, signer.workspace, (path, line) -> line.equals(chosen) ? changed : line);
            t.signers().put(target, signer);
            return target;
        }

        private String edit(String line) {
            if (line.contains("\"text\":")) {
                return line.replaceFirst("\"text\":\"", "\"text\":\"(variant " + edit + ") ");
            }
            if (edit % 2 == 0) {
                return line.replaceFirst("\"tags\":\\[", "\"tags\":[\"variant-" + edit + "\"" + (line.contains("\"tags\":[]") ? "" : ","));
            }
            String category = CATEGORIES.get(edit % CATEGORIES.size()).name();
            return line.replaceFirst("\"category\":\"[A-Z_]+\"", "\"category\":\"" + category + "\"")
                    .replaceFirst("\"tags\":\\[", "\"tags\":[\"variant-" + edit + "\"" + (line.contains("\"tags\":[]") ? "" : ","));
        }
    }

    @Provide
    Arbitrary<List<Variant>> variants() {
        Arbitrary<Variant> one = Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(1, 9)).as(Variant::new);
        // A third of the tries make no conflict at all, so that "no conflict" is checked too.
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(2, one.list().ofMinSize(1).ofMaxSize(3)));
    }

    // ------------------------------------------------------------------ what the merged workspace must hold

    /**
     * Every record any package carried, by type and id: its highest version and the distinct contents at that
     * version (more than one is a conflict), as the importer writes records as JSON.
     */
    private record Expected(Map<RecordType<?>, Map<UUID, Versions>> records) {
        static final class Versions {
            final long version;
            final Map<String, String> contentBySha;
            boolean deletedOnce;

            Versions(long version, Map<String, String> contentBySha) {
                this.version = version;
                this.contentBySha = contentBySha;
            }

            long version() {
                return version;
            }

            Map<String, String> contentBySha() {
                return contentBySha;
            }

            /** The content the record shows: the variant with the lowest content hash. */
            String shown() {
                return new TreeMap<>(contentBySha).firstEntry().getValue();
            }
        }

        static Expected of(List<Path> packages) throws IOException {
            Map<RecordType<?>, Map<UUID, Versions>> records = new LinkedHashMap<>();
            for (Path pack : packages) {
                for (Map.Entry<String, byte[]> entry : TestPackages.entries(pack).entrySet()) {
                    RecordType<?> type = RecordTypes.byPath(entry.getKey());
                    if (type != null) {
                        for (String line : new String(entry.getValue(), StandardCharsets.UTF_8).split("\n")) {
                            if (!line.isEmpty()) {
                                add(records.computeIfAbsent(type, k -> new LinkedHashMap<>()), type, line);
                            }
                        }
                    }
                }
            }
            return new Expected(records);
        }

        private static <T> void add(Map<UUID, Versions> byId, RecordType<T> type, String line) throws IOException {
            T record = MAPPER.readValue(line, type.javaType());
            String json = MAPPER.writeValueAsString(record);
            long version = type.version(record);
            Versions known = byId.get(type.id(record));
            boolean deletedBefore = known != null && known.deletedOnce;
            if (known == null || version > known.version()) {
                known = new Versions(version, new TreeMap<>(Map.of(sha(json), json)));
                byId.put(type.id(record), known);
            } else if (version == known.version()) {
                known.contentBySha().put(sha(json), json);
            }
            known.deletedOnce = deletedBefore || record instanceof Lead lead && lead.deleted();
        }

        long conflicted() {
            return records.values().stream().flatMap(byId -> byId.values().stream()).filter(v -> v.contentBySha().size() > 1).count();
        }

        /** Lead records that some package carried as a tombstone (a later version may have restored them). */
        long tombstones() {
            return records.getOrDefault(RecordTypes.LEADS, Map.of()).values().stream().filter(v -> v.deletedOnce).count();
        }

        <T> List<T> shown(RecordType<T> type) {
            return records.getOrDefault(type, Map.of()).values().stream().map(versions -> {
                try {
                    return MAPPER.readValue(versions.shown(), type.javaType());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }

        void holdsIn(Desk lead) {
            lead.workspace.jdbi().useHandle(handle -> {
                PackageRecordRepository repository = new PackageRecordRepository(handle);
                PackageRepository packages = new PackageRepository(handle);
                for (Map.Entry<RecordType<?>, Map<UUID, Versions>> entry : records.entrySet()) {
                    holdsRecords(entry.getKey(), entry.getValue(), repository, packages);
                }
                // Conflicts are kept of these records only, never of records no package carried.
                for (PackageRepository.Conflict conflict : packages.conflicts(lead.operation)) {
                    assertThat(records.entrySet().stream().filter(e -> e.getKey().table().equals(conflict.recordType()))
                            .anyMatch(e -> e.getValue().containsKey(conflict.recordId()))).as("conflict of %s", conflict.recordId()).isTrue();
                }
                holdsEntities(new LeadRepository(handle), lead.operation);
            });
        }

        private <T> void holdsRecords(RecordType<T> type, Map<UUID, Versions> expected, PackageRecordRepository repository,
                                      PackageRepository packages) {
            Map<UUID, T> local = type.local(repository, expected.keySet());
            for (Map.Entry<UUID, Versions> entry : expected.entrySet()) {
                T mine = local.get(entry.getKey());
                String what = type.name() + " " + entry.getKey();
                assertThat(mine).as(what + " is in the merged workspace").isNotNull();
                assertThat(type.version(mine)).as(what + "'s version").isEqualTo(entry.getValue().version());
                assertThat(json(mine)).as(what + " shows the variant with the lowest content hash").isEqualTo(entry.getValue().shown());
                Set<String> kept = packages.conflictsOf(type.table(), entry.getKey()).stream()
                        .map(c -> "v" + c.version() + " " + c.contentSha()).collect(Collectors.toCollection(TreeSet::new));
                Set<String> variants = entry.getValue().contentBySha().size() < 2 ? Set.of()
                        : entry.getValue().contentBySha().keySet().stream().map(sha -> "v" + entry.getValue().version() + " " + sha)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(kept).as(what + ": the variants kept in conflict").isEqualTo(variants);
            }
        }

        /** Every selector is one entity: live while any record is, with the union of its live records' tags and sightings. */
        private void holdsEntities(LeadRepository leads, UUID operation) {
            Map<String, List<Lead>> bySelector = shown(RecordTypes.LEADS).stream()
                    .collect(Collectors.groupingBy(lead -> lead.kind().wireName() + " " + lead.canonical()));
            Map<UUID, Long> liveSightings = shown(RecordTypes.SIGHTINGS).stream().filter(s -> !s.deleted())
                    .collect(Collectors.groupingBy(Sighting::leadId, Collectors.counting()));
            for (List<Lead> records : bySelector.values()) {
                Lead any = records.get(0);
                LeadSummary entity = leads.entityOf(operation, any.kind(), any.canonical()).orElse(null);
                assertThat(entity).as("the entity of " + any.canonical()).isNotNull();
                List<Lead> live = records.stream().filter(lead -> !lead.deleted()).toList();
                Set<String> tags = live.stream().flatMap(lead -> lead.tags().stream()).collect(Collectors.toCollection(TreeSet::new));
                long sightings = live.stream().mapToLong(lead -> liveSightings.getOrDefault(lead.id(), 0L)).sum();
                long officers = live.stream().map(Lead::origin).distinct().count();
                if (!live.isEmpty()) {
                    // A dead entity is shown nowhere (its last tags stay in its row, unused): only that it is dead counts.
                    assertThat(new TreeSet<>(entity.tags())).as("tags of " + any.canonical()).isEqualTo(tags);
                }
                assertThat(entity.sightings()).as("sightings of " + any.canonical()).isEqualTo(sightings);
                assertThat(entity.officers()).as("officers of " + any.canonical()).isEqualTo(officers);
                assertThat(records.stream().allMatch(lead -> leads.entityIdOfRecord(lead.id()).equals(entity.id())))
                        .as("every record of " + any.canonical() + " belongs to its one entity").isTrue();
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static List<Path> shuffled(List<Path> packages, Random random) {
        List<Path> copy = new ArrayList<>(packages);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static List<String> names(List<Path> packages) {
        return packages.stream().map(path -> path.getFileName().toString()).toList();
    }

    private static String json(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(String json) {
        return HexFormat.of().formatHex(Bytes.sha256(json.getBytes(StandardCharsets.UTF_8)));
    }
}
