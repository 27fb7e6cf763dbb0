package org.leadline.logic.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.HandMerge;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadSummary;
import org.leadline.model.Operation;

class LeadMergesTest {
    @TempDir
    Path folder;
    Workspace workspace;
    Operation operation;
    LeadService leads;
    LeadMerges merges;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        leads = new LeadService(workspace);
        merges = new LeadMerges(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private UUID add(String value, LeadKind kind) {
        return leads.add(operation.id(), value, kind, List.of(), null, SightingSource.NONE).get(0).entityId();
    }

    @Test
    void handlesOneEditApartAreSuggestedButNeverMergedAutomatically() {
        UUID trips = add("telegram:ahmed_trips", LeadKind.HANDLE);
        UUID trip = add("telegram:ahmed_trip", LeadKind.HANDLE);
        add("telegram:someone_else", LeadKind.HANDLE);

        assertThat(merges.suggestionsFor(trips)).extracting(s -> s.lead().id()).containsExactly(trip);
        assertThat(merges.suggestionsFor(trips).get(0).reason()).isNotBlank();
        assertThat(leads.page(LeadQuery.firstPage(operation.id(), 50))).hasSize(3);
    }

    @Test
    void aWordTooManyLeadsShareIsPassedOverAndTheRareOnesStillFindTheirLeads() {
        for (int i = 0; i < 310; i++) {
            add("telegram:crowd" + i, LeadKind.HANDLE);
        }
        UUID mine = add("telegram:rare_word", LeadKind.HANDLE);
        UUID other = add("instagram:rare_word", LeadKind.HANDLE);

        List<LeadSummary> sharing = workspace.jdbi().withHandle(handle -> new org.leadline.persistence.LeadRepository(handle)
                .sharingTerms(operation.id(), org.leadline.persistence.SearchTerms.forValue(LeadKind.HANDLE, "telegram:rare_word"),
                        mine, 300));
        // "telegram" is every one of 311 handles' word: none of the crowd comes back, the one sharing "rare" and "word" does.
        assertThat(sharing).extracting(LeadSummary::id).containsExactly(other);
        List<LeadSummary> few = workspace.jdbi().withHandle(handle -> new org.leadline.persistence.LeadRepository(handle)
                .sharingTerms(operation.id(), List.of("crowd1", "telegram"), mine, 300));
        // A word shared by fewer than the limit still counts ("crowd1" starts no other value exactly).
        assertThat(few).extracting(LeadSummary::canonical).containsExactly("telegram:crowd1");
    }

    @Test
    void theSameNationalDigitsUnderAnotherCountryCodeAreSuggested() {
        UUID french = add("+33612345678", LeadKind.PHONE);
        UUID moroccan = add("+212612345678", LeadKind.PHONE);
        assertThat(merges.suggestionsFor(french)).extracting(s -> s.lead().id()).contains(moroccan);
    }

    @Test
    void aHandMergeMakesOneLeadWithEverySightingAndCanBeUndone() {
        UUID trips = add("telegram:ahmed_trips", LeadKind.HANDLE);
        UUID trip = add("telegram:ahmed_trip", LeadKind.HANDLE);
        add("telegram:ahmed_trip", LeadKind.HANDLE);

        HandMerge merge = merges.merge(trips, trip);

        List<LeadSummary> rows = leads.page(LeadQuery.firstPage(operation.id(), 50));
        assertThat(rows).extracting(LeadSummary::id).containsExactly(trips);
        assertThat(rows.get(0).sightings()).isEqualTo(3);
        assertThat(leads.details(trips).records()).extracting(r -> r.canonical())
                .containsExactlyInAnyOrder("telegram:ahmed_trips", "telegram:ahmed_trip");
        // A new sighting of the merged value lands on the surviving lead.
        AddedLead again = leads.add(operation.id(), "telegram:ahmed_trip", LeadKind.HANDLE, List.of(), null, SightingSource.NONE).get(0);
        assertThat(again.entityId()).isEqualTo(trips);
        assertThat(leads.page(LeadQuery.firstPage(operation.id(), 50).withFilters(null, null, null, "ahmed trip")))
                .extracting(LeadSummary::id).containsExactly(trips);
        assertThat(merges.mergesInto(trips)).extracting(HandMerge::id).containsExactly(merge.id());

        merges.undo(merge.id());

        assertThat(leads.page(LeadQuery.firstPage(operation.id(), 50))).extracting(LeadSummary::id)
                .containsExactlyInAnyOrder(trips, trip);
        assertThat(leads.summary(trips).orElseThrow().sightings()).isEqualTo(1);
        assertThat(leads.summary(trip).orElseThrow().sightings()).isEqualTo(3);
        assertThat(merges.mergesInto(trips)).isEmpty();
        assertThat(leads.details(trips).history()).isNotNull();
        assertThatThrownBy(() -> merges.undo(merge.id())).hasMessage("This merge was already undone.");
    }

    @Test
    void aLeadCannotBeMergedWithItselfOrTwice() {
        UUID a = add("telegram:ahmed_trips", LeadKind.HANDLE);
        UUID b = add("telegram:ahmed_trip", LeadKind.HANDLE);
        assertThatThrownBy(() -> merges.merge(a, a)).hasMessage("A lead cannot be merged with itself.");
        merges.merge(a, b);
        assertThatThrownBy(() -> merges.merge(a, b)).hasMessageContaining("was deleted or merged already");
    }
}
