package org.leadline.logic.selectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.leadline.model.LeadKind;

/**
 * Suggests leads that may be the same entity as another although their canonical values differ.
 * Identity is (kind, canonical) and nothing merges automatically: these are only offered to the
 * officer, who merges by hand.
 *
 * <ul>
 * <li>handles one edit apart on the same platform ({@code telegram:ahmed_trips} / {@code telegram:ahmed_trip}),
 *     or with the same name where one platform is still unknown or differs;</li>
 * <li>phones with the same national digits under another country code ({@code +33612345678} /
 *     {@code +212612345678}), or with a trunk 0 kept by mistake;</li>
 * <li>a profile URL and the handle it yields, both ways; the same page over http and https.</li>
 * </ul>
 */
public final class NearDuplicates {

    private NearDuplicates() {
    }

    /** A candidate that may be the same entity, and why, in one sentence. */
    public record Suggestion(String candidate, String reason) {
    }

    /**
     * @param kind       the kind of the selector
     * @param canonical  its canonical value
     * @param candidates canonical values of other leads, of any kind (handles, URLs and phones are told apart by shape)
     * @return the candidates worth showing, in the order given
     */
    public static List<Suggestion> suggest(LeadKind kind, String canonical, Collection<String> candidates) {
        List<Suggestion> out = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate == null || candidate.equals(canonical)) {
                continue;
            }
            String reason = switch (kind) {
                case HANDLE -> handleReason(canonical, candidate);
                case PHONE -> phoneReason(canonical, candidate);
                case URL -> urlReason(canonical, candidate);
                default -> null;
            };
            if (reason != null) {
                out.add(new Suggestion(candidate, reason));
            }
        }
        return out;
    }

    private static String handleReason(String handle, String candidate) {
        if (isUrl(candidate)) {
            return handle.equals(handleOfUrl(candidate)) ? "This URL is the profile of the handle." : null;
        }
        int a = handle.indexOf(':');
        int b = candidate.indexOf(':');
        if (a < 0 || b < 0 || candidate.startsWith("+")) {
            return null;
        }
        String platformA = handle.substring(0, a);
        String platformB = candidate.substring(0, b);
        String nameA = handle.substring(a + 1);
        String nameB = candidate.substring(b + 1);
        boolean unknown = platformA.equals(HandleRules.UNKNOWN) || platformB.equals(HandleRules.UNKNOWN);
        if (nameA.equals(nameB)) {
            return unknown ? "Same name; the platform of one of them is not known yet."
                    : "Same name on another platform.";
        }
        if ((platformA.equals(platformB) || unknown) && editDistanceAtMostOne(nameA, nameB)) {
            return "The names are one edit apart.";
        }
        return null;
    }

    private static String phoneReason(String phone, String candidate) {
        if (!phone.startsWith("+") || !candidate.startsWith("+")) {
            return null;
        }
        PhoneNumber a = parse(phone);
        PhoneNumber b = parse(candidate);
        if (a == null || b == null) {
            return null;
        }
        // The digits as stored after the country code: libphonenumber would silently drop a stray trunk 0.
        String nsnA = phone.substring(1 + Integer.toString(a.getCountryCode()).length());
        String nsnB = candidate.substring(1 + Integer.toString(b.getCountryCode()).length());
        if (a.getCountryCode() != b.getCountryCode() && nsnA.equals(nsnB)) {
            return "Same national digits under another country code (+" + a.getCountryCode() + " / +" + b.getCountryCode() + ").";
        }
        if (a.getCountryCode() == b.getCountryCode() && (nsnA.equals("0" + nsnB) || nsnB.equals("0" + nsnA))) {
            return "Same number with and without the trunk 0.";
        }
        return null;
    }

    private static String urlReason(String url, String candidate) {
        if (isUrl(candidate)) {
            String a = url.replaceFirst("^http://", "https://");
            String b = candidate.replaceFirst("^http://", "https://");
            return a.equals(b) ? "The same page over http and https." : null;
        }
        String handle = handleOfUrl(url);
        return candidate.equals(handle) ? "The handle this profile URL yields." : null;
    }

    private static boolean isUrl(String value) {
        return value.contains("://");
    }

    private static String handleOfUrl(String url) {
        UrlRules.Outcome o = UrlRules.canonicalize(url);
        return o.handle() == null ? null : o.handle().canonical();
    }

    private static PhoneNumber parse(String e164) {
        try {
            return PhoneRules.UTIL.parse(e164, "ZZ");
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** Whether one insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b}. */
    static boolean editDistanceAtMostOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la || i == lb) {
            return true; // differ only by one trailing character, or equal
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // swap
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
