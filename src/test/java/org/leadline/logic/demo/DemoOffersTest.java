package org.leadline.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadline.TestWorkspaces;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.places.Gazetteer;
import org.leadline.logic.stats.OperationStats;
import org.leadline.logic.stats.StatsService;
import org.leadline.logic.tasks.Progress;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.Offer;
import org.leadline.model.Operation;
import org.leadline.model.Place;
import org.leadline.model.RouteAggregate;

class DemoOffersTest {
    @TempDir
    Path folder;

    @Test
    void demoOffersFollowTheSeedsRoutesAndPricesAndTheGazetteer() {
        List<Offer> offers = new DemoOffers(java.util.UUID.randomUUID(), List.of("a".repeat(64)), List.of(), 3).next(2_000);
        Gazetteer gazetteer = Gazetteer.get();
        for (Offer offer : offers) {
            for (Place place : offer.legs()) {
                assertThat(gazetteer.resolve(place, "route")).as(place.toString()).isEqualTo(place);
            }
            assertThat(offer.from().country()).isNotEqualTo(offer.to().country());
            assertThat(offer.priceEur()).isEqualByComparingTo(offer.amount().multiply(offer.eurPerUnit()).setScale(2,
                    java.math.RoundingMode.HALF_EVEN));
            assertThat(offer.priceEur().doubleValue()).isBetween(40.0, 13_000.0);
        }
        assertThat(new DemoOffers(java.util.UUID.randomUUID(), List.of("a".repeat(64)), List.of(), 3).next(50))
                .extracting(Offer::amount).containsExactlyElementsOf(offers.subList(0, 50).stream().map(Offer::amount).toList());
    }

    @Test
    void demoTwiceWithTheSameSeedAddsNothingTheSecondTime() {
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            Operation operation = TestWorkspaces.withOperation(workspace);
            DemoService demo = new DemoService(workspace);
            assertThat(demo.fill(operation.id(), 300, 9, Progress.NONE)).isEqualTo(300);

            assertThat(demo.fill(operation.id(), 300, 9, Progress.NONE)).isZero();
            assertThat(new StatsService(workspace).stats(operation.id()).leads()).isEqualTo(300);
        }
    }

    @Test
    void theDemoOperationHasRoutesPricedLikeTheReports() {
        try (Workspace workspace = TestWorkspaces.create(folder)) {
            Operation operation = TestWorkspaces.withOperation(workspace);
            DemoService demo = new DemoService(workspace);
            demo.fill(operation.id(), 2_000, 5, Progress.NONE);
            assertThat(demo.fillOffers(operation.id(), DemoService.offersFor(2_000), 5, Progress.NONE)).isEqualTo(100);

            List<RouteAggregate> routes = new OfferService(workspace).routes(operation.id());
            RouteAggregate libya = routes.stream().filter(r -> r.from().equals("LY") && r.to().equals("IT")).findFirst().orElseThrow();
            assertThat(libya.minEur().doubleValue()).isGreaterThanOrEqualTo(2_900);
            assertThat(libya.maxEur().doubleValue()).isLessThanOrEqualTo(12_500);
            RouteAggregate channel = routes.stream().filter(r -> r.from().equals("FR") && r.to().equals("GB")).findFirst().orElseThrow();
            assertThat(channel.medianEur().doubleValue()).isBetween(1_000.0, 2_600.0);

            OperationStats stats = new StatsService(workspace).stats(operation.id());
            assertThat(stats.offers()).isEqualTo(100);
            assertThat(stats.incidents().values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(100);
        }
    }
}
