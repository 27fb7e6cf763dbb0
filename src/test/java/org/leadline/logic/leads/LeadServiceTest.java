package org.leadline.logic.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.AuditEntry;
import org.leadline.model.Category;
import org.leadline.model.Lead;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadSort;
import org.leadline.model.LeadSummary;
import org.leadline.model.Operation;

class LeadServiceTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    LeadService leads;

    @BeforeEach
    void openWorkspace() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        leads = new LeadService(workspace);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private AddedLead add(String value, LeadKind kind, String... tags) {
        return leads.add(operation.id(), value, kind, List.of(tags), null, SightingSource.NONE).get(0);
    }

    @Test
    void addingTheSameSelectorTwiceGivesOneLeadWithTwoSightings() {
        AddedLead first = add("mailto-like@example.org", LeadKind.EMAIL);
        AddedLead second = add("mailto-like@example.org", LeadKind.EMAIL);

        assertThat(first.newEntity()).isTrue();
        assertThat(second.newEntity()).isFalse();
        assertThat(second.entityId()).isEqualTo(first.entityId());
        LeadDetails details = leads.details(first.entityId());
        assertThat(details.records()).hasSize(1);
        assertThat(details.sightings()).hasSize(2);
        assertThat(details.summary().sightings()).isEqualTo(2);
        assertThat(details.summary().officers()).isEqualTo(1);
    }

    @Test
    void recordsCarryOriginVersionAndTimestamps() {
        AddedLead added = add("someone@example.org", LeadKind.EMAIL);
        Lead record = leads.details(added.entityId()).records().get(0);
        assertThat(record.origin()).isEqualTo(workspace.owner().fingerprint());
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.createdAt()).isNotNull();

        leads.setCategory(added.entityId(), Category.POSSIBLE_FACILITATOR);
        Lead edited = leads.details(added.entityId()).records().get(0);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.category()).isEqualTo(Category.POSSIBLE_FACILITATOR);
        assertThat(edited.id()).isEqualTo(record.id());
    }

    @Test
    void tagsNotesAndCategoryAreKeptAndAudited() {
        AddedLead added = add("someone@example.org", LeadKind.EMAIL, "Urgent");
        leads.addTag(added.entityId(), "libya route");
        leads.addNote(added.entityId(), "Offers crossings from Zuwara");
        leads.setCategory(added.entityId(), Category.INCIDENT_TRAVEL);
        leads.removeTag(added.entityId(), "urgent");

        LeadDetails details = leads.details(added.entityId());
        assertThat(details.summary().tags()).containsExactly("libya-route");
        assertThat(details.summary().category()).isEqualTo(Category.INCIDENT_TRAVEL);
        assertThat(details.notes()).extracting(note -> note.text()).containsExactly("Offers crossings from Zuwara");
        assertThat(details.history()).extracting(AuditEntry::action)
                .containsSubsequence("lead.add", "sighting.add", "lead.tag", "note.add", "lead.category", "lead.untag");
        AuditEntry category = details.history().stream().filter(e -> e.action().equals("lead.category")).findFirst().orElseThrow();
        assertThat(category.before()).contains("\"OTHER\"");
        assertThat(category.after()).contains("INCIDENT_TRAVEL");
        assertThat(leads.tags(operation.id())).extracting(tag -> tag.name()).contains("urgent", "libya-route");
    }

    @Test
    void deletingLeavesATombstoneAndHidesTheLead() {
        AddedLead added = add("gone@example.org", LeadKind.EMAIL);
        leads.delete(added.entityId());

        Lead tombstone = leads.details(added.entityId()).records().get(0);
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.version()).isEqualTo(2);
        assertThat(leads.page(LeadQuery.firstPage(operation.id(), 50))).isEmpty();
        assertThat(leads.find(operation.id(), LeadKind.EMAIL, "gone@example.org")).isEmpty();

        AddedLead again = add("gone@example.org", LeadKind.EMAIL);
        assertThat(again.newEntity()).isTrue();
        assertThat(leads.details(again.entityId()).records().get(0).deleted()).isFalse();
        assertThat(leads.page(LeadQuery.firstPage(operation.id(), 50))).hasSize(1);
    }

    @Test
    void searchFindsLeadsByWordsOfValuesNotesAndTags() {
        AddedLead phone = add("+218912345678", LeadKind.PHONE);
        AddedLead handle = add("telegram:ahmed_trips", LeadKind.HANDLE, "channel");
        AddedLead email = add("docs.fast@gmail.com", LeadKind.EMAIL);
        leads.addNote(email.entityId(), "Sells passports from Zuwara");

        assertThat(search("912345678")).containsExactly(phone.entityId());
        assertThat(search("ahmed")).containsExactly(handle.entityId());
        assertThat(search("TELEGRAM ahm")).containsExactly(handle.entityId());
        assertThat(search("zuwara")).containsExactly(email.entityId());
        assertThat(search("nothing-like-this")).isEmpty();
        assertThat(leads.page(LeadQuery.firstPage(operation.id(), 50).withFilters(null, null, "channel", null)))
                .extracting(LeadSummary::id).containsExactly(handle.entityId());
        assertThat(search("100%_")).isEmpty();
    }

    private List<UUID> search(String text) {
        return leads.page(LeadQuery.firstPage(operation.id(), 50).withFilters(null, null, null, text)).stream()
                .map(LeadSummary::id).toList();
    }

    @Test
    void keysetPagesOfEverySortVisitEachLeadOnceInOrder() {
        new DemoService(workspace).fill(operation.id(), 700, 11, Progress.NONE);
        for (LeadSort sort : LeadSort.values()) {
            for (boolean reversed : new boolean[] {false, true}) {
                List<LeadSummary> all = new ArrayList<>();
                LeadQuery query = LeadQuery.firstPage(operation.id(), 64).sortedBy(sort, reversed);
                while (true) {
                    List<LeadSummary> page = leads.page(query);
                    all.addAll(page);
                    if (page.size() < 64) {
                        break;
                    }
                    query = query.after(page.get(page.size() - 1));
                }
                assertThat(all).as("%s reversed=%s", sort, reversed).hasSize(700);
                assertThat(all.stream().map(LeadSummary::id).distinct().count()).isEqualTo(700);
                assertThat(all).as("%s reversed=%s", sort, reversed).isSortedAccordingTo(comparator(sort, reversed));
            }
        }
    }

    private static Comparator<LeadSummary> comparator(LeadSort sort, boolean reversed) {
        Comparator<LeadSummary> natural = switch (sort) {
            case LAST_SEEN -> Comparator.comparing(LeadSummary::lastSeen).reversed();
            case FIRST_SEEN -> Comparator.comparing(LeadSummary::firstSeen).reversed();
            case VALUE -> Comparator.comparing(LeadSummary::canonical);
            case KIND -> Comparator.comparing((LeadSummary s) -> s.kind().wireName())
                    .thenComparing(Comparator.comparing(LeadSummary::lastSeen).reversed());
            case CATEGORY -> Comparator.comparing((LeadSummary s) -> s.category().name())
                    .thenComparing(Comparator.comparing(LeadSummary::lastSeen).reversed());
            case SIGHTINGS -> Comparator.comparing(LeadSummary::sightings).reversed();
            case OFFICERS -> Comparator.comparing(LeadSummary::officers).reversed();
        };
        return reversed ? natural.reversed() : natural;
    }

    @Test
    void filtersByKindAndCategoryAreExact() {
        new DemoService(workspace).fill(operation.id(), 400, 5, Progress.NONE);
        List<LeadSummary> phones = leads.page(LeadQuery.firstPage(operation.id(), 1000).withFilters(LeadKind.PHONE, null, null, null));
        assertThat(phones).isNotEmpty().allMatch(lead -> lead.kind() == LeadKind.PHONE);
        List<LeadSummary> facilitators = leads.page(LeadQuery.firstPage(operation.id(), 1000)
                .withFilters(null, Category.POSSIBLE_FACILITATOR, null, null));
        assertThat(facilitators).isNotEmpty().allMatch(lead -> lead.category() == Category.POSSIBLE_FACILITATOR);
    }

    @Test
    void demoDataIsReproducibleForASeed(@TempDir Path other) {
        new DemoService(workspace).fill(operation.id(), 300, 42, Progress.NONE);
        List<String> here = values(leads, operation.id());
        try (Workspace second = TestWorkspaces.create(other)) {
            Operation secondOperation = TestWorkspaces.withOperation(second);
            new DemoService(second).fill(secondOperation.id(), 300, 42, Progress.NONE);
            assertThat(values(new LeadService(second), secondOperation.id())).isEqualTo(here);
        }
    }

    private static List<String> values(LeadService service, UUID operationId) {
        return service.page(LeadQuery.firstPage(operationId, 1000).sortedBy(LeadSort.VALUE, false)).stream()
                .map(lead -> lead.kind().wireName() + " " + lead.canonical() + " " + lead.category()).toList();
    }

    @Test
    void anEmptyValueIsRefused() {
        assertThatThrownBy(() -> add("   ", null)).isInstanceOf(IllegalArgumentException.class).hasMessage("The lead has no value.");
    }
}
