package org.leadline.ui.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leadline.logic.offers.OfferService;
import org.leadline.model.Offer;
import org.leadline.model.Place;
import org.leadline.model.RouteAggregate;
import org.leadline.ui.common.Background;
import org.leadline.ui.common.Errors;
import org.leadline.ui.common.Messages;
import org.leadline.ui.common.Session;

/**
 * The offers window's state: a keyset-paged list of offers (newest first, all of them or one route's), the routes
 * aggregated in the database, the selected route and its offers' prices for the chart. Every read runs off the FX
 * thread; a change anywhere in the session (its revision) reloads.
 */
public final class OffersViewModel {
    static final int PAGE = 200;
    /** At most this many offers of a route are plotted; the chart is about the shape, not every dot. */
    static final int CHART_LIMIT = 2000;

    private final Session session;
    private final OfferService service;
    final ObservableList<Offer> offers = FXCollections.observableArrayList();
    final ObservableList<RouteAggregate> routes = FXCollections.observableArrayList();
    final ObservableList<Offer> chart = FXCollections.observableArrayList();
    final ObjectProperty<RouteAggregate> route = new SimpleObjectProperty<>(this, "route");
    final BooleanProperty more = new SimpleBooleanProperty(false);
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty("");
    final StringProperty notice = new SimpleStringProperty("");
    private long generation;
    private final javafx.beans.value.ChangeListener<Number> onChange = (obs, a, b) -> reload();
    /** How long the last routes read took, for the window's status (and a glance at the speed goal). */
    long routesMillis;

    public OffersViewModel(Session session) {
        this.session = session;
        this.service = new OfferService(session.workspace());
        session.revisionProperty().addListener(onChange);
        route.addListener((obs, a, b) -> {
            if (!MapViewModel.same(a, b)) {
                loadOffers();
                loadChart();
            }
        });
    }

    /** The window closed: changes in the session no longer reload it. */
    void dispose() {
        session.revisionProperty().removeListener(onChange);
    }

    Session session() {
        return session;
    }

    UUID operationId() {
        return session.operationId();
    }

    /** Everything again: routes, the offers page, the chart. */
    void reload() {
        loadRoutes();
        loadOffers();
        loadChart();
    }

    void loadRoutes() {
        UUID op = operationId();
        if (op == null) {
            return;
        }
        Background.run(() -> {
            long start = System.nanoTime();
            List<RouteAggregate> all = service.routes(op);
            return new Timed(all, (System.nanoTime() - start) / 1_000_000);
        }, timed -> {
            routesMillis = timed.millis();
            routes.setAll(timed.routes());
            RouteAggregate chosen = route.get();
            if (chosen != null) {
                RouteAggregate fresh = timed.routes().stream().filter(r -> MapViewModel.same(r, chosen)).findFirst().orElse(null);
                route.set(fresh);
            }
        }, failure -> error.set(Errors.sentence(failure)));
    }

    private record Timed(List<RouteAggregate> routes, long millis) {
    }

    void loadOffers() {
        UUID op = operationId();
        if (op == null) {
            return;
        }
        long mine = ++generation;
        RouteAggregate filter = route.get();
        loading.set(true);
        Background.run(() -> page(op, filter, null), page -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            more.set(page.size() > PAGE);
            offers.setAll(page.size() > PAGE ? page.subList(0, PAGE) : page);
        }, failure -> {
            loading.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    /** The next page after the last offer shown. */
    void loadMore() {
        UUID op = operationId();
        if (op == null || offers.isEmpty() || !more.get() || loading.get()) {
            return;
        }
        long mine = generation;
        RouteAggregate filter = route.get();
        Offer last = offers.get(offers.size() - 1);
        loading.set(true);
        Background.run(() -> page(op, filter, last), page -> {
            loading.set(false);
            if (mine != generation) {
                return;
            }
            more.set(page.size() > PAGE);
            offers.addAll(page.size() > PAGE ? page.subList(0, PAGE) : page);
        }, failure -> {
            loading.set(false);
            error.set(Errors.sentence(failure));
        });
    }

    private List<Offer> page(UUID op, RouteAggregate filter, Offer after) {
        return filter == null ? service.page(op, after, PAGE + 1) : service.routePage(op, filter.from(), filter.to(), after, PAGE + 1);
    }

    void loadChart() {
        UUID op = operationId();
        RouteAggregate filter = route.get();
        if (op == null || filter == null) {
            chart.clear();
            return;
        }
        Background.run(() -> service.routePage(op, filter.from(), filter.to(), null, CHART_LIMIT), list -> {
            if (MapViewModel.same(filter, route.get())) {
                List<Offer> oldestFirst = new ArrayList<>(list);
                java.util.Collections.reverse(oldestFirst);
                chart.setAll(oldestFirst);
            }
        }, failure -> error.set(Errors.sentence(failure)));
    }

    boolean isMine(Offer offer) {
        return offer != null && offer.origin().equals(session.owner().fingerprint());
    }

    void delete(Offer offer, Runnable onDone) {
        Background.run(() -> service.delete(offer.id()), () -> {
            notice.set(Messages.get("offers.deleted"));
            session.changed();
            onDone.run();
        }, failure -> error.set(Errors.sentence(failure)));
    }

    /** "LY → IT: 3 offers, 9,000 – 12,000 EUR (median 11,000), telegram, facebook". */
    static String describe(RouteAggregate route) {
        return Messages.get("offers.map.tooltip", route.from(), route.to(), route.offers(), eur(route.minEur()), eur(route.maxEur()),
                eur(route.medianEur()), String.join(", ", route.platforms()));
    }

    static String eur(BigDecimal value) {
        return value == null ? "–" : OfferFormViewModel.money(value.setScale(0, java.math.RoundingMode.HALF_EVEN));
    }

    static String route(Offer offer) {
        List<String> parts = new ArrayList<>();
        for (Place place : offer.legs()) {
            parts.add(place.toString());
        }
        return String.join(" → ", parts);
    }

    static String price(Offer offer) {
        return OfferFormViewModel.money(offer.amount()) + " " + offer.currency()
                + (offer.unit() == null || offer.unit() == org.leadline.model.PriceUnit.UNKNOWN ? ""
                : " / " + Messages.get("offer.unit." + offer.unit().wireName()));
    }

    void forEachRoute(Consumer<RouteAggregate> action) {
        routes.forEach(action);
    }
}
