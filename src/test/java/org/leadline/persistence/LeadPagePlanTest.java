package org.leadline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leadline.TestWorkspace;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadScope;
import org.leadline.model.LeadSort;
import org.leadline.model.LeadSummary;
import org.leadline.model.OfferType;
import org.leadline.model.Operation;

/**
 * Every sort and filter of the lead table, in both directions and past the first page, is read from an index in its
 * order: a page that H2 has to sort costs the whole operation (seconds at a million leads), however small the page.
 */
class LeadPagePlanTest {
    @RegisterExtension
    final TestWorkspace desk = TestWorkspace.filled(300, 3);
    private Workspace workspace;
    private Operation operation;

    @BeforeEach
    void open() {
        workspace = desk.workspace();
        operation = desk.operation();
    }

    @Test
    void everySortAndFilterReadsAnIndexInOrder() {
        List<LeadQuery> queries = new ArrayList<>();
        for (boolean reversed : new boolean[] {false, true}) {
            for (LeadSort sort : LeadSort.values()) {
                queries.add(LeadQuery.firstPage(operation.id(), 50).sortedBy(sort, reversed));
            }
            for (LeadKind kind : List.of(LeadKind.PHONE, LeadKind.HANDLE)) {
                queries.add(LeadQuery.firstPage(operation.id(), 50).withFilters(kind, null, null, null).sortedBy(LeadSort.LAST_SEEN, reversed));
                queries.add(LeadQuery.firstPage(operation.id(), 50).withFilters(kind, null, null, null).sortedBy(LeadSort.KIND, reversed));
            }
            queries.add(LeadQuery.firstPage(operation.id(), 50).withFilters(null, Category.POSSIBLE_FACILITATOR, null, null)
                    .sortedBy(LeadSort.LAST_SEEN, reversed));
            queries.add(LeadQuery.firstPage(operation.id(), 50).withFilters(null, Category.POSSIBLE_FACILITATOR, null, null)
                    .sortedBy(LeadSort.CATEGORY, reversed));
        }
        List<String> unsorted = new ArrayList<>();
        workspace.jdbi().useHandle(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            for (LeadQuery first : queries) {
                List<LeadSummary> page = leads.page(first);
                assertThat(page).as("%s", first).isNotEmpty();
                for (LeadQuery query : List.of(first, first.after(page.get(page.size() - 1)))) {
                    String plan = leads.planOfPage(query);
                    if (!plan.contains("/* index sorted */")) {
                        unsorted.add(describe(query) + ":\n" + plan);
                    }
                }
            }
        });
        assertThat(unsorted).as("pages that H2 sorts instead of reading an index in order").isEmpty();
    }

    @Test
    void aSearchForACommonWordWalksTheSortIndexAndARareOneStartsFromItsEntities() {
        workspace.jdbi().useHandle(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            List<String> byCount = handle.createQuery("""
                            SELECT term FROM search_term WHERE operation_id = :op AND term NOT LIKE '#%'
                            GROUP BY term ORDER BY COUNT(*) DESC, term""")
                    .bind("op", operation.id()).mapTo(String.class).list();
            String common = byCount.get(0);
            String rare = byCount.get(byCount.size() - 1);
            // A page of one: the two ways cost the same at √(1 × 300) matches.
            assertThat(leads.planOfPage(LeadQuery.firstPage(operation.id(), 1).withFilters(null, null, null, common)))
                    .contains("/* index sorted */");
            assertThat(leads.planOfPage(LeadQuery.firstPage(operation.id(), 1).withFilters(null, null, null, rare)))
                    .doesNotContain("index sorted").containsPattern("PRIMARY_KEY_\\w+: ID IN\\(SELECT");
        });
    }

    @Test
    void theLeadsOfOffersCapturesAndFaceChecksAreGatheredByIdNotFoundByWalkingEveryLead() {
        workspace.jdbi().useHandle(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            for (LeadScope scope : List.of(LeadScope.incident(OfferType.OTHER), LeadScope.of(LeadScope.Kind.FACE_IMAGES_CHECKED),
                    LeadScope.of(LeadScope.Kind.WITH_ATTACHMENTS))) {
                for (LeadSort sort : LeadSort.values()) {
                    LeadQuery query = LeadQuery.firstPage(operation.id(), 50).sortedBy(sort, false).withScope(scope);
                    assertThat(leads.planOfPage(query)).as("%s by %s", scope.kind(), sort)
                            .doesNotContain("index sorted").containsPattern("PRIMARY_KEY_\\w+: ID IN\\(SELECT");
                }
            }
            // Paged by keyset, seven at a time, a gathered set gives the leads one page of all of them gives, in order.
            LeadScope travel = LeadScope.incident(OfferType.TRAVEL);
            for (LeadSort sort : LeadSort.values()) {
                for (boolean reversed : new boolean[] {false, true}) {
                    List<LeadSummary> whole = leads.page(LeadQuery.firstPage(operation.id(), 10_000).sortedBy(sort, reversed).withScope(travel));
                    assertThat(whole).as("travel incidents").isNotEmpty();
                    assertThat(allPages(leads, LeadQuery.firstPage(operation.id(), 7).sortedBy(sort, reversed).withScope(travel), true))
                            .as("%s %s", sort, reversed).isEqualTo(whole);
                }
            }
        });
    }

    @Test
    void bothWaysOfASearchFindTheSameLeadsInTheSameOrder() {
        workspace.jdbi().useHandle(handle -> {
            LeadRepository leads = new LeadRepository(handle);
            List<String> terms = handle.createQuery("""
                            SELECT term FROM search_term WHERE operation_id = :op AND term NOT LIKE '#%'
                            GROUP BY term ORDER BY COUNT(*) DESC, term""")
                    .bind("op", operation.id()).mapTo(String.class).list();
            // Two words of one entity: the commonest and another of that entity's words.
            String partner = handle.createQuery("""
                            SELECT MIN(b.term) FROM search_term a JOIN search_term b ON b.entity_id = a.entity_id
                            WHERE a.operation_id = :op AND a.term = :common AND b.term <> a.term AND b.term NOT LIKE '#%'""")
                    .bind("op", operation.id()).bind("common", terms.get(0)).mapTo(String.class).one();
            List<String> texts = new ArrayList<>(List.of(terms.get(0), terms.get(1), terms.get(terms.size() / 2),
                    terms.get(terms.size() - 1), terms.get(0) + " " + partner, terms.get(0).substring(0, 2), "zzzz-nothing"));
            for (String text : texts) {
                for (LeadSort sort : List.of(LeadSort.LAST_SEEN, LeadSort.VALUE, LeadSort.SIGHTINGS)) {
                    LeadQuery query = LeadQuery.firstPage(operation.id(), 20).withFilters(null, null, null, text).sortedBy(sort, false);
                    List<LeadSummary> walked = allPages(leads, query, true);
                    assertThat(allPages(leads, query, false)).as("%s by %s", text, sort).isEqualTo(walked);
                    if (!text.startsWith("zzzz")) {
                        assertThat(walked).as("%s", text).isNotEmpty();
                    }
                }
            }
        });
    }

    private static List<LeadSummary> allPages(LeadRepository leads, LeadQuery first, boolean inOrder) {
        List<LeadSummary> all = new ArrayList<>();
        LeadQuery query = first;
        while (true) {
            List<LeadSummary> page = leads.page(query, inOrder);
            all.addAll(page);
            if (page.size() < query.limit()) {
                return all;
            }
            query = query.after(page.get(page.size() - 1));
        }
    }

    private static String describe(LeadQuery query) {
        return query.sort() + (query.reversed() ? " reversed" : "") + (query.kind() != null ? " kind=" + query.kind() : "")
                + (query.category() != null ? " category=" + query.category() : "") + (query.after() != null ? " after" : "");
    }
}
