package org.leadline.logic.selectors;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadline.model.LeadKind;

/**
 * Turns one typed value into its canonical selector(s), following the selectors contract.
 *
 * <p>Normalising is idempotent: the canonical value of any selector normalises to itself, which is
 * what lets leads from different officers and packages meet on (kind, canonical).
 */
public final class SelectorNormalizer {

    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{11,30}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    /** "Telegram: ahmed_trips", "insta @passage.europe", "TG ahmed": a platform word, then a name. */
    private static final Pattern WORD_THEN_NAME = Pattern.compile("(?u)([\\p{L}]+(?:\\s[\\p{L}]+)?)\\s*[:：]?\\s*@?([A-Za-z0-9_.\\-]{1,64})");

    private SelectorNormalizer() {
    }

    /**
     * Normalises a value typed or pasted as a single selector.
     *
     * @param value         the value as typed
     * @param kind          the kind the officer picked, or null to detect it
     * @param defaultRegion region for phone numbers without a country prefix
     * @return the selector itself first, then any it yields (a profile URL yields its handle);
     *         empty only for a blank value
     */
    public static List<Selector> normalize(String value, LeadKind kind, String defaultRegion) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String v = value.strip();
        int start = value.indexOf(v);
        Span span = new Span(v, start, start + v.length());
        LeadKind k = kind != null ? kind : detect(v);
        List<Selector> out = new ArrayList<>(2);
        switch (k) {
            case PHONE -> phone(span, defaultRegion, out);
            case URL -> url(span, kind == LeadKind.URL, defaultRegion, out);
            case HANDLE -> handle(span, out);
            case EMAIL -> {
                EmailRules.Outcome o = EmailRules.normalize(v);
                out.add(span.selector(LeadKind.EMAIL, o.canonical(), o.reason()));
            }
            case DOCUMENT -> document(span, out);
            case IBAN -> {
                IbanRules.Outcome o = IbanRules.normalize(v);
                out.add(span.selector(LeadKind.IBAN, o.canonical(), o.reason()));
            }
            case CRYPTO -> {
                CryptoRules.Outcome o = CryptoRules.check(v);
                out.add(new Selector(LeadKind.CRYPTO, v, v, span.start, span.end, o.verified(), o.reason(), null, null, o.chain(), null));
            }
        }
        return List.copyOf(out);
    }

    /** A canonical URL for display: its punycode host shown in Unicode, as the contract asks. */
    public static String displayUrl(String canonicalUrl) {
        int hostStart = canonicalUrl.indexOf("://");
        if (hostStart < 0 || !canonicalUrl.contains("xn--")) {
            return canonicalUrl;
        }
        hostStart += 3;
        int hostEnd = hostStart;
        while (hostEnd < canonicalUrl.length() && "/?#:".indexOf(canonicalUrl.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String unicode = IDN.toUnicode(canonicalUrl.substring(hostStart, hostEnd), IDN.ALLOW_UNASSIGNED);
        return canonicalUrl.substring(0, hostStart) + unicode + canonicalUrl.substring(hostEnd);
    }

    /** The kind a value is most likely to be, from its shape alone. */
    static LeadKind detect(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tel:") || lower.startsWith("callto:") || lower.startsWith("sms:")) {
            return LeadKind.PHONE;
        }
        if (DocumentRules.typed(v) != null || v.contains("<<")) {
            return LeadKind.DOCUMENT;
        }
        int colon = v.indexOf(':');
        if (colon > 0 && HandleRules.PLATFORMS.contains(lower.substring(0, colon)) && !lower.startsWith("x://")) {
            return LeadKind.HANDLE;
        }
        if (lower.startsWith("mailto:")) {
            return LeadKind.EMAIL;
        }
        int scheme = v.indexOf("://");
        if (scheme > 0 && v.indexOf(' ') < 0 && v.substring(0, scheme).chars().allMatch(Character::isLetter)) {
            return LeadKind.URL; // a click-to-chat link still comes out as its phone: see url()
        }
        if (looksLikeUrl(v)) {
            return LeadKind.URL;
        }
        if (v.indexOf('@') >= 0) {
            int at = v.lastIndexOf('@');
            // name@domain is an e-mail (perhaps a broken one); a free-standing @name is a handle
            boolean mailbox = at > 0 && EmailRules.isLocalChar(v.charAt(at - 1)) && v.indexOf(' ') < 0;
            return mailbox ? LeadKind.EMAIL : LeadKind.HANDLE;
        }
        if (CryptoRules.chainOfShape(v) != null) {
            return LeadKind.CRYPTO;
        }
        String compact = v.replaceAll("[\\s\\-.]", "");
        if (IBAN_SHAPE.matcher(compact).matches() && !compact.chars().allMatch(Character::isDigit)) {
            return LeadKind.IBAN;
        }
        long digits = v.chars().filter(c -> PhoneRules.digitValue((char) c) >= 0).count();
        long letters = v.chars().filter(Character::isLetter).count();
        if (digits >= 3 && letters == 0) {
            return LeadKind.PHONE;
        }
        return LeadKind.HANDLE;
    }

    private static boolean looksLikeUrl(String v) {
        if (v.indexOf(' ') >= 0) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) {
            return true;
        }
        int hostEnd = 0;
        while (hostEnd < v.length() && "/?#:@".indexOf(v.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        if (hostEnd < v.length() && v.charAt(hostEnd) == '@') {
            return false;
        }
        String host = UrlRules.asciiHost(v.substring(0, hostEnd));
        if (host == null) {
            return false;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        return tld.length() >= 2 && tld.chars().allMatch(Character::isLetter) || tld.startsWith("xn--");
    }

    private record Span(String text, int start, int end) {
        Selector selector(LeadKind kind, String canonical, String reason) {
            return new Selector(kind, canonical, text, start, end, reason == null, reason, null, null);
        }
    }

    private static void phone(Span span, String region, List<Selector> out) {
        if (looksLikeUrl(span.text)) {
            UrlRules.Outcome link = UrlRules.canonicalize(span.text);
            if (link.isPhoneLink()) {
                out.add(phoneOf(span, PhoneRules.fromDigits(link.phoneDigits(), true, region), "+" + link.phoneDigits()));
                return;
            }
        }
        PhoneRules.Outcome o = PhoneRules.parseTyped(span.text, region);
        String digits = PhoneFinder.digitsOf(span.text, span.text.strip().startsWith("+"));
        out.add(phoneOf(span, o, digits.isEmpty() ? span.text : digits));
    }

    private static Selector phoneOf(Span span, PhoneRules.Outcome o, String cleaned) {
        if (o.normalised()) {
            return new Selector(LeadKind.PHONE, o.e164(), span.text, span.start, span.end, true, null, o.details(), null);
        }
        return new Selector(LeadKind.PHONE, cleaned, span.text, span.start, span.end, false, o.reason(), null, null);
    }

    private static void url(Span span, boolean forced, String region, List<Selector> out) {
        UrlRules.Outcome o = UrlRules.canonicalize(span.text);
        if (o.isPhoneLink()) {
            PhoneRules.Outcome p = PhoneRules.fromDigits(o.phoneDigits(), true, region);
            Selector phone = phoneOf(span, p, "+" + o.phoneDigits());
            if (!forced) {
                out.add(phone); // a click-to-chat link is only a phone number in disguise
                return;
            }
            out.add(span.selector(LeadKind.URL, o.canonical(), o.reason()));
            out.add(phone);
            return;
        }
        out.add(span.selector(LeadKind.URL, o.canonical(), o.reason()));
        if (o.handle() != null) {
            out.add(handleSelector(span, o.handle().platform(), o.handle().name()));
        }
    }

    private static Selector handleSelector(Span span, String platform, String name) {
        String problem = HandleRules.invalidName(platform, name);
        return new Selector(LeadKind.HANDLE, platform + ":" + name.toLowerCase(Locale.ROOT), span.text, span.start, span.end,
                problem == null, problem, null, platform);
    }

    private static void handle(Span span, List<Selector> out) {
        String v = span.text;
        String lower = v.toLowerCase(Locale.ROOT);
        int colon = v.indexOf(':');
        if (colon > 0 && HandleRules.PLATFORMS.contains(lower.substring(0, colon))) {
            String platform = lower.substring(0, colon);
            String name = v.substring(colon + 1).strip();
            out.add(handleSelector(span, platform, name.startsWith("@") ? name.substring(1) : name));
            return;
        }
        if (looksLikeUrl(v)) {
            UrlRules.Outcome o = UrlRules.canonicalize(v);
            Selector url = span.selector(LeadKind.URL, o.canonical(), o.reason());
            if (o.handle() != null) {
                out.add(handleSelector(span, o.handle().platform(), o.handle().name()));
            } else {
                out.add(new Selector(LeadKind.HANDLE, o.canonical(), v, span.start, span.end, false,
                        "This URL names no profile: it is a post, an invite, a short link or a page of the site.", null, null));
            }
            out.add(url);
            return;
        }
        int at = v.indexOf('@');
        if (at >= 0) {
            int ne = at + 1;
            while (ne < v.length() && HandleRules.isNameChar(v.charAt(ne))) {
                ne++;
            }
            while (ne > at + 1 && v.charAt(ne - 1) == '.') {
                ne--;
            }
            if (ne > at + 1) {
                String platform = HandleRules.contextPlatform(v, at, ne);
                out.add(handleSelector(span, platform == null ? HandleRules.UNKNOWN : platform, v.substring(at + 1, ne)));
                return;
            }
        }
        Matcher m = WORD_THEN_NAME.matcher(v);
        if (m.matches()) {
            String platform = HandleRules.platformOfWord(m.group(1));
            if (platform != null) {
                out.add(handleSelector(span, platform, m.group(2)));
                return;
            }
        }
        if (NAME.matcher(v).matches()) {
            out.add(handleSelector(span, HandleRules.UNKNOWN, v));
            return;
        }
        out.add(new Selector(LeadKind.HANDLE, v, v, span.start, span.end, false,
                "This is not a handle: a handle is a name of letters, digits, dots and underscores.", null, null));
    }

    private static void document(Span span, List<Selector> out) {
        String typed = DocumentRules.typed(span.text);
        if (typed != null) {
            out.add(span.selector(LeadKind.DOCUMENT, typed, null));
            return;
        }
        MrzResult r = MrzParser.parse(span.text);
        if (r.document() == null) {
            out.add(new Selector(LeadKind.DOCUMENT, span.text, span.text, span.start, span.end, false,
                    "Neither a typed document (passport:SYR:N0123456) nor a readable zone: " + r.reason(), null, null));
            return;
        }
        out.add(new Selector(LeadKind.DOCUMENT, r.document().canonical(), span.text, span.start, span.end, r.valid(),
                r.reason(), null, null, null, r.document()));
    }
}
