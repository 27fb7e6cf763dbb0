package org.leadline.logic.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadline.logic.places.PlaceNames;
import org.leadline.model.OfferType;
import org.leadline.model.PriceUnit;
import org.leadline.model.Transport;

/**
 * Proposes offers from a pasted post: one per price found, with the route, type, unit and transport read around it.
 * A post often lists one offer per line under a heading ("🇱🇾➡️🇮🇹" then "adult 3500$", "child 1500$"), so each
 * property is looked for in the price's own sentence first, then its line, its paragraph (lines up to a blank one),
 * then the whole post. A post that names a route but no price still yields one suggestion, without a price.
 *
 * <p>Type from words: passports, visas, papers → documents; advice, tips, "how to" → guidance; boats, crossings, trips
 * or any route → travel; otherwise other. Linear in the text; never throws.
 */
public final class OfferSuggester {
    private static final int MAX_OFFERED_TEXT = 300;

    private static final Map<String, OfferType> TYPE_WORDS = words(Map.ofEntries(
            Map.entry(OfferType.DOCUMENTS, List.of("passport", "passports", "passeport", "passeports", "passaporto", "passaporti",
                    "visa", "visas", "visto", "vizesi", "papiers", "papers", "documents", "document", "documenti", "docs", "id",
                    "identite", "identita", "permesso", "sejour", "residence", "schengen", "جواز", "جوازات", "فيزا", "تاشيره",
                    "اوراق", "وثائق", "pasaport", "fake", "faux", "falsi")),
            Map.entry(OfferType.GUIDANCE, List.of("guidance", "advice", "conseils", "conseil", "consigli", "tips", "guide", "guida",
                    "itinerary", "itineraire", "instructions", "نصائح", "دليل", "ارشادات", "how", "comment", "come")),
            Map.entry(OfferType.TRAVEL, List.of("boat", "boats", "passage", "passages", "crossing", "crossings", "traversee",
                    "traversees", "trip", "trips", "journey", "voyage", "voyages", "viaggio", "viaggi", "barca", "barche", "barcone",
                    "gommone", "bateau", "bateaux", "zodiac", "harga", "حرقه", "حراقه", "رحله", "رحلات", "sbarco", "partenza",
                    "depart", "departure", "taxi", "transfer", "travel", "يوصل", "تهريب", "tekne", "yolculuk"))));
    private static final Map<String, Transport> TRANSPORT_WORDS = words(Map.ofEntries(
            Map.entry(Transport.RUBBER_DINGHY, List.of("dinghy", "dinghies", "zodiac", "gommone", "pneumatique", "rubber", "canot",
                    "small", "بلم", "زودياك", "lastik")),
            Map.entry(Transport.BOAT, List.of("boat", "boats", "bateau", "bateaux", "barca", "barche", "barcone", "ship", "navire",
                    "nave", "yacht", "voilier", "sailboat", "fishing", "peche", "مركب", "قارب", "فلوكه", "سفينه", "tekne", "gemi", "bot")),
            Map.entry(Transport.TRUCK, List.of("truck", "trucks", "lorry", "camion", "camions", "tir", "شاحنه", "kamyon")),
            Map.entry(Transport.CAR, List.of("car", "cars", "voiture", "macchina", "auto", "van", "taxi", "سياره", "araba")),
            Map.entry(Transport.AIR, List.of("plane", "flight", "flights", "avion", "vol", "aereo", "volo", "airport", "aeroport",
                    "aeroporto", "طياره", "طائره", "ucak")),
            Map.entry(Transport.ON_FOOT, List.of("foot", "pied", "piedi", "walking", "marche", "hiking", "مشي", "مشيا", "yaya"))));
    private static final Map<String, PriceUnit> UNIT_WORDS = words(Map.ofEntries(
            Map.entry(PriceUnit.PER_PERSON, List.of("person", "personne", "persona", "pers", "pp", "head", "tete", "each",
                    "chacun", "adult", "adulte", "adulto", "adults", "adultes", "للشخص", "للفرد", "شخص", "kisi", "kişi")),
            Map.entry(PriceUnit.PER_GROUP, List.of("group", "groupe", "gruppo", "family", "famille", "famiglia", "للمجموعه", "عائله")),
            Map.entry(PriceUnit.PER_CHILD, List.of("child", "children", "kid", "kids", "enfant", "enfants", "bambino", "bambini",
                    "للطفل", "طفل", "cocuk")),
            Map.entry(PriceUnit.PER_DOCUMENT, List.of("passport", "passeport", "passaporto", "document", "documento", "visa",
                    "piece", "للجواز"))));

    private final PriceFinder prices;

    /** @param region the operation's default region, which decides a bare "dinar" the post does not explain */
    public OfferSuggester(String region) {
        this.prices = new PriceFinder(region);
    }

    private static <T> Map<String, T> words(Map<T, List<String>> byValue) {
        Map<String, T> out = new java.util.HashMap<>();
        byValue.forEach((value, list) -> list.forEach(word -> out.putIfAbsent(PlaceNames.normalize(word), value)));
        return Map.copyOf(out);
    }

    public List<OfferSuggestion> suggest(CharSequence input) {
        List<OfferSuggestion> out = new ArrayList<>();
        if (input == null || input.length() == 0) {
            return out;
        }
        try {
            String text = input.toString();
            List<RouteSuggestion> routes = RouteFinder.find(text);
            List<PriceSuggestion> found = prices.find(text, RouteFinder.countriesNamed(text));
            Lines lines = new Lines(text);
            for (PriceSuggestion price : found) {
                int line = lines.lineOf(price.start());
                RouteSuggestion route = nearestRoute(routes, lines, line, price.start());
                OfferType type = type(text, lines, line, price.start(), route != null);
                PriceUnit unit = unit(text, lines, line, price.start(), price.end(), type);
                Transport transport = transport(text, lines, line, price.start());
                out.add(new OfferSuggestion(type, price, unit, route, transport, lines.text(line), lines.start(line), lines.end(line)));
            }
            if (found.isEmpty() && !routes.isEmpty()) {
                RouteSuggestion route = routes.get(0);
                int line = lines.lineOf(route.start());
                out.add(new OfferSuggestion(type(text, lines, line, route.start(), true), null, PriceUnit.UNKNOWN, route,
                        transport(text, lines, line, route.start()),
                        lines.text(line), lines.start(line), lines.end(line)));
            }
        } catch (RuntimeException unexpected) {
            // Never throws: what was suggested so far stands.
        }
        return out;
    }

    /** The route on the price's line, else the last one before it in its paragraph, else the post's only route. */
    private static RouteSuggestion nearestRoute(List<RouteSuggestion> routes, Lines lines, int line, int at) {
        RouteSuggestion best = null;
        for (RouteSuggestion route : routes) {
            int routeLine = lines.lineOf(route.start());
            if (routeLine == line) {
                return route;
            }
            if (route.start() < at && lines.paragraphOf(routeLine) == lines.paragraphOf(line)) {
                best = route;
            }
        }
        if (best == null && routes.size() == 1) {
            best = routes.get(0);
        }
        return best;
    }

    private static OfferType type(String text, Lines lines, int line, int at, boolean hasRoute) {
        for (int[] scope : lines.scopes(line, at)) {
            OfferType type = lines.typeCache.computeIfAbsent(scope[0] + ":" + scope[1],
                    key -> typeIn(text.substring(scope[0], scope[1]))).orElse(null);
            if (type != null) {
                return type;
            }
        }
        return hasRoute ? OfferType.TRAVEL : OfferType.OTHER;
    }

    private static java.util.Optional<OfferType> typeIn(String scope) {
        {
            List<String> words = PlaceNames.words(scope);
            boolean documents = false;
            boolean guidance = false;
            boolean travel = false;
            for (int w = 0; w < words.size(); w++) {
                OfferType type = TYPE_WORDS.get(words.get(w));
                if (type == OfferType.GUIDANCE && (words.get(w).equals("how") || words.get(w).equals("comment")
                        || words.get(w).equals("come"))) {
                    // "how to", "comment passer", "come arrivare": guidance only as the start of such a phrase
                    type = w + 1 < words.size() && List.of("to", "passer", "arriver", "arrivare", "entrare", "traverser")
                            .contains(words.get(w + 1)) ? OfferType.GUIDANCE : null;
                }
                documents |= type == OfferType.DOCUMENTS;
                guidance |= type == OfferType.GUIDANCE;
                travel |= type == OfferType.TRAVEL;
            }
            if (documents) {
                return java.util.Optional.of(OfferType.DOCUMENTS);
            }
            if (guidance && !travel) {
                return java.util.Optional.of(OfferType.GUIDANCE);
            }
            return travel ? java.util.Optional.of(OfferType.TRAVEL) : java.util.Optional.empty();
        }
    }

    /** A unit word within a few words after the price on its line ("par personne", "/pers", "للشخص"). */
    private static PriceUnit unit(String text, Lines lines, int line, int priceStart, int priceEnd, OfferType type) {
        int end = Math.min(lines.end(line), priceEnd + 30);
        List<String> after = PlaceNames.words(text.substring(priceEnd, Math.max(priceEnd, end)));
        for (int w = 0; w < Math.min(4, after.size()); w++) {
            PriceUnit unit = UNIT_WORDS.get(after.get(w));
            if (unit != null) {
                return unit;
            }
        }
        // Before the price on its line: "adult 3500$", "child: 1500$".
        int sentenceStart = lines.scopes(line, priceStart).get(0)[0];
        List<String> before = PlaceNames.words(text.substring(Math.min(priceStart, Math.max(sentenceStart, priceEnd - 60)), priceStart));
        for (String word : before) {
            PriceUnit unit = UNIT_WORDS.get(word);
            if (unit == PriceUnit.PER_CHILD || unit == PriceUnit.PER_PERSON || unit == PriceUnit.PER_GROUP) {
                return unit;
            }
        }
        return type == OfferType.DOCUMENTS ? PriceUnit.PER_DOCUMENT : PriceUnit.UNKNOWN;
    }

    private static Transport transport(String text, Lines lines, int line, int at) {
        for (int[] scope : lines.scopes(line, at)) {
            Transport found = lines.transportCache.computeIfAbsent(scope[0] + ":" + scope[1],
                    key -> transportIn(text.substring(scope[0], scope[1]))).orElse(null);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static java.util.Optional<Transport> transportIn(String scope) {
        {
            Transport found = null;
            for (String word : PlaceNames.words(scope)) {
                Transport transport = TRANSPORT_WORDS.get(word);
                // A dinghy is a boat too: the more precise word wins whatever the order.
                if (transport != null && (found == null || transport == Transport.RUBBER_DINGHY)) {
                    found = transport;
                }
            }
            return java.util.Optional.ofNullable(found);
        }
    }

    /** The lines and paragraphs of a post, found once. */
    private static final class Lines {
        private final String text;
        private final List<int[]> lines = new ArrayList<>(); // {start, end, paragraph}
        private final List<int[]> paragraphs = new ArrayList<>(); // {first line, last line}
        /** What a scope's words say, by "start:end", so that a long post is read once per scope, not per price. */
        final Map<String, java.util.Optional<OfferType>> typeCache = new java.util.HashMap<>();
        final Map<String, java.util.Optional<Transport>> transportCache = new java.util.HashMap<>();

        Lines(String text) {
            this.text = text;
            int paragraph = 0;
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                if (text.substring(start, end).isBlank()) {
                    paragraph++;
                }
                lines.add(new int[] {start, end, paragraph});
                if (paragraphs.size() <= paragraph) {
                    paragraphs.add(new int[] {lines.size() - 1, lines.size() - 1});
                }
                paragraphs.get(paragraph)[1] = lines.size() - 1;
                start = end + 1;
            }
        }

        int lineOf(int index) {
            int low = 0;
            int high = lines.size() - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (lines.get(mid)[0] <= index) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low;
        }

        int start(int line) {
            return lines.get(line)[0];
        }

        int end(int line) {
            return lines.get(line)[1];
        }

        int paragraphOf(int line) {
            return lines.get(line)[2];
        }

        String text(int line) {
            String value = text.substring(start(line), end(line)).strip();
            return value.length() > MAX_OFFERED_TEXT ? value.substring(0, MAX_OFFERED_TEXT) : value;
        }

        /** The line, its paragraph, and the whole post: where to look for a property, nearest first. */
        /**
         * Where to look for a property of what is at {@code at}, nearest first: its sentence (within its line, at
         * most 200 characters either side), its line, its paragraph, the whole post.
         */
        List<int[]> scopes(int line, int at) {
            int[] paragraph = paragraphs.get(paragraphOf(line));
            return List.of(sentence(line, at), new int[] {start(line), end(line)},
                    new int[] {start(paragraph[0]), end(paragraph[1])}, new int[] {0, text.length()});
        }

        private int[] sentence(int line, int at) {
            int from = Math.max(start(line), at - 200);
            int to = Math.min(end(line), at + 200);
            int begin = at;
            while (begin > from && !endsSentence(begin - 1)) {
                begin--;
            }
            int finish = at;
            while (finish < to && !endsSentence(finish)) {
                finish++;
            }
            return new int[] {begin, finish};
        }

        /** A full stop, question or exclamation mark followed by a space (not the dot of "1.400"). */
        private boolean endsSentence(int index) {
            char c = text.charAt(index);
            return (c == '.' || c == '!' || c == '?' || c == '؟' || c == '|' || c == '•')
                    && (index + 1 >= text.length() || Character.isWhitespace(text.charAt(index + 1)));
        }
    }
}
