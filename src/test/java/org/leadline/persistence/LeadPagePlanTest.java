package org.leadline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Category;
import org.leadline.model.LeadKind;
import org.leadline.model.LeadQuery;
import org.leadline.model.LeadSort;
import org.leadline.model.LeadSummary;
import org.leadline.model.Operation;

/**
 * Every sort and filter of the lead table, in both directions and past the first page, is read from an index in its
 * order: a page that H2 has to sort costs the whole operation (seconds at a million leads), however small the page.
 */
class LeadPagePlanTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private Operation operation;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.create(folder);
        operation = TestWorkspaces.withOperation(workspace);
        new DemoService(workspace).fill(operation.id(), 300, 3, Progress.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
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

    private static String describe(LeadQuery query) {
        return query.sort() + (query.reversed() ? " reversed" : "") + (query.kind() != null ? " kind=" + query.kind() : "")
                + (query.category() != null ? " category=" + query.category() : "") + (query.after() != null ? " after" : "");
    }
}
