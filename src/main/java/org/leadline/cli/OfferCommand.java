package org.leadline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.leadline.logic.json.Json;
import org.leadline.logic.offers.CurrencyRates;
import org.leadline.logic.offers.OfferDraft;
import org.leadline.logic.offers.OfferService;
import org.leadline.logic.offers.OfferSuggester;
import org.leadline.logic.offers.OfferSuggestion;
import org.leadline.logic.offers.PriceSuggestion;
import org.leadline.logic.offers.RouteSuggestion;
import org.leadline.logic.workspace.Countries;
import org.leadline.logic.workspace.Workspace;
import org.leadline.model.CurrencyRate;
import org.leadline.model.Offer;
import org.leadline.model.OfferStatus;
import org.leadline.model.OfferType;
import org.leadline.model.Operation;
import org.leadline.model.Place;
import org.leadline.model.PriceUnit;
import org.leadline.model.RouteAggregate;
import org.leadline.model.Transport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "offer", description = "Record and list offers (incidents): prices, routes, currency rates.",
        subcommands = {OfferCommand.Add.class, OfferCommand.ListOffers.class, OfferCommand.SetStatus.class, OfferCommand.Delete.class,
                OfferCommand.Routes.class, OfferCommand.Suggest.class, OfferCommand.Rates.class, OfferCommand.Rate.class})
final class OfferCommand {
    @ParentCommand
    LeadlineCommand root;

    @Command(name = "add", description = "Record an offer in the operation; prints its id.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        OfferCommand offer;

        @Option(names = "--type", required = true, paramLabel = "T", description = "travel, documents, guidance or other.")
        String type;

        @Option(names = "--price", required = true, paramLabel = "AMOUNT", description = "The price as advertised, e.g. 1400 or 2.5.")
        String price;

        @Option(names = "--currency", required = true, paramLabel = "CUR", description = "ISO 4217 code, e.g. EUR, USD, LYD.")
        String currency;

        @Option(names = "--unit", paramLabel = "U", description = "per-person (default), per-group, per-child, per-document or unknown.")
        String unit = "per-person";

        @Option(names = "--from", required = true, paramLabel = "CC[/place]", description = "The origin, e.g. LY or LY/Zuwara.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "CC[/place]", description = "The destination, e.g. IT/Lampedusa.")
        String to;

        @Option(names = "--via", paramLabel = "CC[/place]", description = "A place in between (repeatable, in order).")
        List<String> via = new ArrayList<>();

        @Option(names = "--transport", paramLabel = "M", description = "boat, rubber-dinghy, truck, car, air or on-foot.")
        String transport;

        @Option(names = "--lead", paramLabel = "ID", description = "A lead that advertises the offer (repeatable).")
        List<UUID> leads = new ArrayList<>();

        @Option(names = "--text", paramLabel = "TEXT", description = "What is offered, in the seller's words.")
        String text;

        @Option(names = "--platform", paramLabel = "P", description = "Where it was seen (telegram, facebook, ...).")
        String platform;

        @Option(names = "--seen", paramLabel = "INSTANT", description = "When it was seen, ISO-8601 UTC (default: now).")
        String seen;

        @Option(names = "--status", paramLabel = "S", description = "reported (default), confirmed or dismissed.")
        String status;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note on the offer.")
        String note;

        @Override
        public Integer call() {
            BigDecimal amount = decimal(price, "price");
            OfferDraft draft = new OfferDraft(OfferType.fromWireName(type), text, amount, currency, PriceUnit.fromWireName(unit),
                    Place.parse(from), via.stream().map(Place::parse).toList(), Place.parse(to),
                    transport == null ? null : Transport.fromWireName(transport), instant(seen), platform, leads, List.of(),
                    status == null ? null : OfferStatus.fromWireName(status), note);
            LeadlineCommand root = offer.root;
            try (Workspace workspace = root.openWorkspace()) {
                Offer added = new OfferService(workspace).add(root.operation(workspace).id(), draft);
                root.terminal.out().println(added.id());
                root.terminal.err().println(added.type().wireName() + " " + route(added) + " " + added.amount().toPlainString() + " "
                        + added.currency() + " = " + added.priceEur().toPlainString() + " EUR (rate " + added.eurPerUnit().toPlainString()
                        + " of " + added.rateDate() + ")");
            }
            return ExitCode.OK;
        }

        private static Instant instant(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("The time '" + value + "' in --seen is not an ISO-8601 UTC instant (e.g. 2025-10-15T09:30:00Z).");
            }
        }
    }

    static BigDecimal decimal(String value, String option) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + option + " '" + value + "' is not a number (write it like 1400 or 2.5).");
        }
    }

    @Command(name = "list", description = "List the operation's offers, newest first.")
    static final class ListOffers implements Callable<Integer> {
        private static final int PAGE = 1_000;

        @ParentCommand
        OfferCommand offer;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            LeadlineCommand root = offer.root;
            try (Workspace workspace = root.openWorkspace()) {
                OfferService offers = new OfferService(workspace);
                Operation operation = root.operation(workspace);
                PrintWriter out = root.terminal.out();
                if (json) {
                    out.print('[');
                }
                boolean first = true;
                Offer after = null;
                // Page by page, so that a hundred thousand offers never sit in memory at once.
                while (true) {
                    List<Offer> page = offers.page(operation.id(), after, PAGE);
                    for (Offer row : page) {
                        if (json) {
                            out.print(first ? "" : ",");
                            out.print(Json.write(toJson(row)));
                        } else {
                            out.printf("%s  %-9s %-28s %12s %s  %10s EUR  %s%n", row.id(), row.type().wireName(), route(row),
                                    row.amount().toPlainString(), row.currency(), row.priceEur().toPlainString(), row.seenAt());
                        }
                        first = false;
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                    after = page.get(page.size() - 1);
                }
                if (json) {
                    out.println(']');
                }
                out.flush();
            }
            return ExitCode.OK;
        }

        static Map<String, Object> toJson(Offer offer) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", offer.id());
            json.put("type", offer.type().wireName());
            json.put("offeredText", offer.offeredText());
            json.put("price", offer.amount());
            json.put("currency", offer.currency());
            json.put("unit", offer.unit().wireName());
            json.put("priceEur", offer.priceEur());
            json.put("eurPerUnit", offer.eurPerUnit());
            json.put("rateDate", offer.rateDate());
            json.put("from", offer.from().toString());
            json.put("via", offer.via().stream().map(Place::toString).toList());
            json.put("to", offer.to().toString());
            json.put("transport", offer.transport() == null ? null : offer.transport().wireName());
            json.put("seenAt", offer.seenAt());
            json.put("platform", offer.platform());
            json.put("leads", offer.leadIds());
            json.put("evidence", offer.evidenceIds());
            json.put("status", offer.status().wireName());
            json.put("note", offer.note());
            json.put("origin", offer.origin());
            json.put("version", offer.version());
            json.put("createdAt", offer.createdAt());
            json.put("updatedAt", offer.updatedAt());
            return json;
        }
    }

    static String route(Offer offer) {
        return String.join(" → ", offer.legs().stream().map(Place::toString).toList());
    }

    @Command(name = "status", description = "Set the status of one of your offers: reported, confirmed or dismissed.")
    static final class SetStatus implements Callable<Integer> {
        @ParentCommand
        OfferCommand offer;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "ID")
        UUID id;

        @picocli.CommandLine.Parameters(index = "1", paramLabel = "STATUS")
        String status;

        @Override
        public Integer call() {
            OfferStatus wanted = OfferStatus.fromWireName(status);
            try (Workspace workspace = offer.root.openWorkspace()) {
                Offer changed = new OfferService(workspace).setStatus(id, wanted);
                offer.root.terminal.out().println(changed.id() + " " + changed.status().wireName() + " (version " + changed.version() + ")");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "delete", description = "Delete one of your offers (a tombstone, which travels in packages).")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        OfferCommand offer;

        @picocli.CommandLine.Parameters(paramLabel = "ID")
        UUID id;

        @Override
        public Integer call() {
            try (Workspace workspace = offer.root.openWorkspace()) {
                new OfferService(workspace).delete(id);
                offer.root.terminal.out().println("Offer " + id + " deleted.");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "routes", description = "The operation's routes, origin country to destination country: offers and EUR prices.")
    static final class Routes implements Callable<Integer> {
        @ParentCommand
        OfferCommand offer;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            LeadlineCommand root = offer.root;
            try (Workspace workspace = root.openWorkspace()) {
                List<RouteAggregate> routes = new OfferService(workspace).routes(root.operation(workspace).id());
                PrintWriter out = root.terminal.out();
                if (json) {
                    out.println(Json.write(routes));
                } else {
                    for (RouteAggregate route : routes) {
                        out.printf("%s → %s  %,d offers  EUR min %s, median %s, max %s  %s%n", route.from(), route.to(), route.offers(),
                                route.minEur().toPlainString(), route.medianEur().toPlainString(), route.maxEur().toPlainString(),
                                String.join(" ", route.platforms()));
                    }
                }
                out.flush();
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "suggest", description = "Print the offers a pasted post suggests (prices, routes), without storing anything.")
    static final class Suggest implements Callable<Integer> {
        @ParentCommand
        OfferCommand offer;

        @Option(names = "--region", paramLabel = "CC",
                description = "The region that decides a bare \"dinar\" or a missing currency (default: ${DEFAULT-VALUE}).")
        String region = "FR";

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @ArgGroup(exclusive = true, multiplicity = "1")
        TextSource source;

        @Override
        public Integer call() throws IOException {
            String text = source.read(offer.root.terminal);
            List<OfferSuggestion> suggestions = new OfferSuggester(Countries.requireAlpha2(region, "region")).suggest(text);
            PrintWriter out = offer.root.terminal.out();
            if (json) {
                out.println(Json.write(suggestions.stream().map(Suggest::toJson).toList()));
            } else {
                for (OfferSuggestion suggestion : suggestions) {
                    PriceSuggestion price = suggestion.price();
                    RouteSuggestion route = suggestion.route();
                    out.println(suggestion.type().wireName()
                            + (price == null ? "  (no price)" : "  " + price.amount().toPlainString() + " " + price.currency())
                            + (suggestion.unit() == PriceUnit.UNKNOWN ? "" : " " + suggestion.unit().wireName())
                            + (route == null ? "" : "  " + route.from() + " → " + (route.via().isEmpty() ? ""
                            : String.join(" → ", route.via().stream().map(Place::toString).toList()) + " → ") + route.to())
                            + (suggestion.transport() == null ? "" : "  by " + suggestion.transport().wireName())
                            + (price != null && price.currencyNote() != null ? "  (" + price.currencyNote() + ")" : ""));
                }
            }
            out.flush();
            return ExitCode.OK;
        }

        private static Map<String, Object> toJson(OfferSuggestion suggestion) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", suggestion.type().wireName());
            PriceSuggestion price = suggestion.price();
            if (price != null) {
                Map<String, Object> priceJson = new LinkedHashMap<>();
                priceJson.put("amount", price.amount());
                priceJson.put("currency", price.currency());
                if (price.currencyNote() != null) {
                    priceJson.put("currencyNote", price.currencyNote());
                }
                priceJson.put("raw", price.raw());
                priceJson.put("start", price.start());
                priceJson.put("end", price.end());
                json.put("price", priceJson);
            } else {
                json.put("price", null);
            }
            json.put("unit", suggestion.unit().wireName());
            RouteSuggestion route = suggestion.route();
            if (route != null) {
                Map<String, Object> routeJson = new LinkedHashMap<>();
                routeJson.put("from", route.from().toString());
                routeJson.put("via", route.via().stream().map(Place::toString).toList());
                routeJson.put("to", route.to().toString());
                routeJson.put("raw", route.raw());
                routeJson.put("start", route.start());
                routeJson.put("end", route.end());
                json.put("route", routeJson);
            } else {
                json.put("route", null);
            }
            json.put("transport", suggestion.transport() == null ? null : suggestion.transport().wireName());
            json.put("offeredText", suggestion.offeredText());
            json.put("start", suggestion.start());
            json.put("end", suggestion.end());
            return json;
        }
    }

    @Command(name = "rates", description = "The operation's currency rates: EUR for one unit, with their date.")
    static final class Rates implements Callable<Integer> {
        @ParentCommand
        OfferCommand offer;

        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() {
            LeadlineCommand root = offer.root;
            try (Workspace workspace = root.openWorkspace()) {
                Map<String, CurrencyRate> table = new CurrencyRates(workspace).table(root.operation(workspace).id());
                PrintWriter out = root.terminal.out();
                if (json) {
                    out.println(Json.write(table.values().stream().map(Rates::toJson).toList()));
                } else {
                    for (CurrencyRate rate : table.values()) {
                        out.printf("%s  %s EUR  %s  %s%n", rate.currency(), rate.eurPerUnit().toPlainString(), rate.ratesOn(),
                                rate.isDefault() ? "default (indicative)" : "set by an officer");
                    }
                }
                out.flush();
            }
            return ExitCode.OK;
        }

        private static Map<String, Object> toJson(CurrencyRate rate) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("currency", rate.currency());
            json.put("eurPerUnit", rate.eurPerUnit());
            json.put("date", rate.ratesOn());
            json.put("source", rate.isDefault() ? "default" : "officer");
            json.put("setBy", rate.setBy());
            return json;
        }
    }

    @Command(name = "rate", description = "Change the operation's currency rates.", subcommands = OfferCommand.RateSet.class)
    static final class Rate {
        @ParentCommand
        OfferCommand offer;
    }

    @Command(name = "set", description = "Set the rate of a currency for the operation (offers already recorded keep theirs).")
    static final class RateSet implements Callable<Integer> {
        @ParentCommand
        Rate rate;

        @Option(names = "--currency", required = true, paramLabel = "C", description = "ISO 4217 code, e.g. LYD.")
        String currency;

        @Option(names = "--eur-per-unit", required = true, paramLabel = "X", description = "EUR for one unit of the currency, e.g. 0.16.")
        String eurPerUnit;

        @Option(names = "--date", paramLabel = "D", description = "The date of the rate, YYYY-MM-DD (default: today, UTC).")
        String date;

        @Override
        public Integer call() {
            LocalDate on;
            try {
                on = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("The date '" + date + "' in --date is not written YYYY-MM-DD.");
            }
            LeadlineCommand root = rate.offer.root;
            try (Workspace workspace = root.openWorkspace()) {
                CurrencyRate set = new CurrencyRates(workspace).set(root.operation(workspace).id(), currency,
                        decimal(eurPerUnit, "eur-per-unit"), on);
                root.terminal.out().println(set.currency() + " " + set.eurPerUnit().toPlainString() + " EUR as of " + set.ratesOn());
            }
            return ExitCode.OK;
        }
    }
}
