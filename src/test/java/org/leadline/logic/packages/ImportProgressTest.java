package org.leadline.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.logic.demo.DemoService;
import org.leadline.logic.tasks.Progress;

/**
 * The import's bar: the records fill nine tenths of it, the entities' rebuild takes it to 95 % and only the commit to
 * the end, so that a full package's seconds of commit do not look like a full bar that hangs.
 */
class ImportProgressTest {
    @TempDir
    Path dir;

    /** Every report as a fraction of the whole, in order. */
    private static final class Recording implements Progress {
        final List<Double> fractions = new ArrayList<>();

        @Override
        public void report(long done, long total) {
            fractions.add(total <= 0 ? 0 : (double) done / total);
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    @Test
    void theRecordsFillNineTenthsAndOnlyTheCommitTheRest() {
        try (Desk france = Desk.open(dir.resolve("fr"), "Claire Martin", "FR");
             Desk lead = Desk.open(dir.resolve("lead"), "Ana Lopez", "ES")) {
            // Demo leads of France's own, enough for several batches of records.
            new DemoService(france.workspace).fillOwn(Desk.OPERATION, 1_200, 3, Progress.NONE);
            Path pack = dir.resolve("fr.leadpack");
            france.export(pack);
            lead.trust(france, pack);
            VerifiedPackage verified = new PackageVerifier(lead.workspace).verify(pack, Progress.NONE);
            Recording bar = new Recording();
            new PackageImporter(lead.workspace).importVerified(verified, bar);

            List<Double> shown = bar.fractions;
            assertThat(shown).as("a bar that only moves forward").isSorted();
            assertThat(shown.get(shown.size() - 1)).isEqualTo(1.0);
            assertThat(shown.get(shown.size() - 2)).as("after the entities, before the commit").isEqualTo(0.95);
            List<Double> records = shown.subList(0, shown.size() - 2);
            assertThat(records).hasSizeGreaterThan(2).allMatch(fraction -> fraction <= 0.9);
            assertThat(records.get(records.size() - 1)).isEqualTo(0.9);
        }
    }

    @Test
    void aSpanMapsItsWholeOntoItsPartOfTheWhole() {
        Recording whole = new Recording();
        Progress part = Progress.span(whole, 40, 90);
        part.report(0, 10);
        part.report(5, 10);
        part.report(10, 10);
        part.report(3, 0);
        assertThat(whole.fractions).containsExactly(0.4, 0.65, 0.9, 0.4);
    }
}
