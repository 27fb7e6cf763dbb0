package org.leadline.logic.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.leadline.logic.places.PlaceNames;
import org.leadline.model.Place;

/**
 * Finds routes in free text: places chained by arrows ("Libya ➡️ Italy", "🇱🇾➡️🇮🇹", "Calais ➜ UK", "X - Y") or by
 * words ("from Izmir to Greece", "de Tripoli vers Lampedusa", "da Zuwara a Lampedusa", "من ليبيا إلى إيطاليا"), with
 * "via Z" for the places in between. A place followed by its country ("Zuwara (Libya)", "Tripoli 🇱🇾") is one point.
 *
 * <p>The gap between two places decides whether they are linked: it must be short and hold a connector (an arrow, a
 * "to" word, a "via" word) and otherwise only filler words ("by boat", "en bateau"). Weak "to" words (à, a, en, in, al)
 * link only in a route that opened with a "from" word, so "Roma a..." alone is not a route. Linear; never throws.
 */
public final class RouteFinder {
    private static final int MAX_GAP = 40;
    private static final int MAX_GAP_WORDS = 5;

    private enum Link { ARROW, TO, WEAK_TO, VIA }

    private static final Set<String> FROM = normalized("from", "de", "d", "depuis", "du", "des", "da", "dal", "dalla", "dall",
            "dallo", "dai", "dalle", "من", "desde", "departure", "depart", "départ", "partenza", "départs");
    private static final Set<String> TO = normalized("to", "vers", "verso", "towards", "toward", "into", "pour", "per", "nach",
            "الى", "نحو", "then", "puis", "poi", "ثم", "till", "until", "jusqu", "fino", "hacia", "para");
    private static final Set<String> WEAK_TO = normalized("a", "à", "en", "in", "au", "aux", "al", "alla", "all", "allo", "ai",
            "agli", "alle", "ل", "for", "on");
    private static final Set<String> VIA = normalized("via", "through", "thru", "par", "passing", "passant", "passando", "عبر",
            "transit", "traversant", "attraverso");
    /** Words that may stand in a gap beside the connector. */
    private static final Set<String> FILLER = normalized("by", "boat", "sea", "car", "truck", "plane", "air", "foot", "on",
            "en", "bateau", "mer", "voiture", "camion", "avion", "pied", "in", "barca", "barcone", "gommone", "mare", "macchina",
            "aereo", "the", "le", "la", "l", "les", "il", "lo", "and", "et", "e", "then", "puis", "poi", "directly", "direct",
            "directement", "diretto", "straight", "بحرا", "برا", "جوا", "بالقارب", "و", "go", "going", "trip", "travel",
            "voyage", "viaggio", "passage", "crossing", "traversee", "zodiac", "dinghy", "jusqu", "a", "à", "fino", "with",
            "avec", "con", "over", "land", "terre", "terra", "ensuite", "after", "apres", "dopo", "a");

    private RouteFinder() {
    }

    /** Word sets in the form the gap's words are compared in. */
    private static Set<String> normalized(String... words) {
        Set<String> set = new java.util.HashSet<>();
        for (String word : words) {
            set.add(PlaceNames.normalize(word));
        }
        return Set.copyOf(set);
    }

    public static List<RouteSuggestion> find(CharSequence input) {
        List<RouteSuggestion> routes = new ArrayList<>();
        if (input == null || input.length() == 0) {
            return routes;
        }
        String text = input.toString();
        try {
            List<PlaceMention> mentions = merged(text, PlaceMentions.find(text));
            int m = 0;
            while (m < mentions.size()) {
                int taken = chain(text, mentions, m, routes);
                m += Math.max(1, taken);
            }
        } catch (RuntimeException unexpected) {
            // A suggestion is never worth an exception in the officer's paste: return what was found.
        }
        return routes;
    }

    /** The countries a text names, in order of first appearance (for a bare "dinar"). */
    public static List<String> countriesNamed(CharSequence input) {
        List<String> countries = new ArrayList<>();
        if (input == null) {
            return countries;
        }
        try {
            for (PlaceMention mention : PlaceMentions.find(input.toString())) {
                if (!countries.contains(mention.place().country())) {
                    countries.add(mention.place().country());
                }
            }
        } catch (RuntimeException unexpected) {
            // Never throws: a dinar without countries falls back to the region.
        }
        return countries;
    }

    /** A place and its own country right after it ("Zuwara (Libya)", "Tripoli 🇱🇾", "🇱🇾 Libya") become one point. */
    private static List<PlaceMention> merged(String text, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention mention : mentions) {
            if (!out.isEmpty()) {
                PlaceMention last = out.get(out.size() - 1);
                boolean sameCountry = last.place().country().equals(mention.place().country());
                boolean oneIsCountry = !last.place().hasName() || !mention.place().hasName();
                if (sameCountry && oneIsCountry && onlyBrackets(text, last.end(), mention.start())) {
                    Place place = last.place().hasName() ? last.place() : mention.place();
                    out.set(out.size() - 1, new PlaceMention(place, last.start(), Math.max(last.end(), closeBracket(text, mention.end())),
                            last.arabicTo()));
                    continue;
                }
            }
            out.add(mention);
        }
        return out;
    }

    private static boolean onlyBrackets(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (" (,\u00A0\uFE0F".indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int closeBracket(String text, int end) {
        return end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
    }

    /** Reads the route starting at mention {@code first}, if any; returns how many mentions it used. */
    private static int chain(String text, List<PlaceMention> mentions, int first, List<RouteSuggestion> routes) {
        int fromWordStart = fromWordBefore(text, mentions.get(first).start());
        boolean opened = fromWordStart >= 0;
        Place origin = mentions.get(first).place();
        List<Place> via = new ArrayList<>();
        Place destination = null;
        int last = first;
        for (int k = first + 1; k < mentions.size() && k - first < 8; k++) {
            Link link = mentions.get(k).arabicTo() && mentions.get(k).start() - mentions.get(k - 1).end() <= 3
                    ? Link.TO : link(text, mentions.get(k - 1).end(), mentions.get(k).start(), opened);
            if (link == null) {
                break;
            }
            Place place = mentions.get(k).place();
            if (link == Link.VIA) {
                via.add(place);
            } else {
                if (destination != null) {
                    via.add(destination);
                }
                destination = place;
            }
            last = k;
        }
        if (destination == null) {
            return 1;
        }
        int start = opened ? fromWordStart : mentions.get(first).start();
        int end = closeBracket(text, mentions.get(last).end());
        routes.add(new RouteSuggestion(origin, via, destination, text.substring(start, end), start, end));
        return last - first + 1;
    }

    /** Where a "from" word right before a mention starts, or -1. */
    private static int fromWordBefore(String text, int mentionStart) {
        int k = mentionStart;
        while (k > 0 && mentionStart - k < 3 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '’')) {
            k--;
        }
        int w = k;
        while (w > 0 && k - w < 12 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == k || w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
            // An Arabic "from" joined to the name is not written; "dall'Italia" has its apostrophe in the gap.
            return -1;
        }
        return FROM.contains(PlaceNames.normalize(text.substring(w, k))) ? w : -1;
    }

    /** How the text between two mentions links them, or null if it does not. */
    private static Link link(String text, int from, int to, boolean opened) {
        if (to - from > MAX_GAP || to <= from) {
            return null;
        }
        String gap = text.substring(from, to);
        Link found = null;
        int words = 0;
        int i = 0;
        while (i < gap.length()) {
            char c = gap.charAt(i);
            if (isArrow(c)) {
                found = strongest(found, Link.ARROW);
                i++;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < gap.length() && (Character.isLetter(gap.charAt(i)) || Character.getType(gap.charAt(i)) == Character.NON_SPACING_MARK)) {
                    i++;
                }
                if (++words > MAX_GAP_WORDS) {
                    return null;
                }
                String word = PlaceNames.normalize(gap.substring(start, i));
                if (VIA.contains(word)) {
                    found = Link.VIA;
                } else if (TO.contains(word)) {
                    found = strongest(found, Link.TO);
                } else if (WEAK_TO.contains(word) && found == null) {
                    found = Link.WEAK_TO;
                } else if (!FILLER.contains(word)) {
                    return null;
                }
            } else if (" \u00A0\t()'’:\uFE0F\u200D\u20E3.".indexOf(c) >= 0) {
                i++;
            } else {
                return null; // a comma, a digit, a line break: a list or another sentence, not a route
            }
        }
        if (found == Link.WEAK_TO) {
            return opened ? Link.TO : null;
        }
        return found;
    }

    /** A "via" already seen in the gap stays (X via → Z); otherwise an arrow or "to" links onwards. */
    private static Link strongest(Link current, Link next) {
        return current == Link.VIA ? Link.VIA : next;
    }

    private static boolean isArrow(char c) {
        return "→➡➜➔➝➞➙➛⇒⟶⟹>=-–—~»".indexOf(c) >= 0;
    }
}
