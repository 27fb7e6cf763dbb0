package org.leadline.logic.selectors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leadline.model.LeadKind;

/**
 * One extraction over one text. Detectors run from the most specific to the least: machine-readable
 * zones, then web addresses (which hold digits and @ signs of their own), crypto addresses and typed
 * selectors, e-mails and handles, IBANs, and phone numbers last. Each claims the characters it takes,
 * so a later detector never reads a phone number out of a URL or a handle out of an e-mail.
 *
 * <p>Every detector walks the text once and looks at a bounded window around each position, so the
 * whole extraction is linear in the length of the text whatever it holds.
 */
final class TextScan implements PhoneFinder.Sink {

    /** Top-level domains accepted for a bare host with a path ("example.fr/offer"). */
    private static final Set<String> PATH_TLDS = Set.of(
            "com", "net", "org", "info", "biz", "io", "co", "me", "tv", "app", "online", "site", "shop", "store", "xyz",
            "top", "club", "live", "link", "page", "eu", "uk", "fr", "de", "it", "es", "nl", "be", "ch", "at", "pt", "pl",
            "gr", "ro", "bg", "hr", "rs", "ba", "mk", "al", "si", "sk", "cz", "hu", "se", "no", "dk", "fi", "ie", "lu",
            "tr", "ly", "tn", "dz", "ma", "eg", "sd", "ml", "ne", "sn", "ng", "gh", "et", "so", "sy", "iq", "jo", "lb",
            "ps", "ir", "af", "pk", "sa", "ae", "qa", "kw", "om", "ye", "ru", "ua", "us", "ca", "cc", "ws");
    /** Top-level domains accepted for a bare host with nothing after it ("passage-europe.com"). */
    private static final Set<String> BARE_TLDS = Set.of("com", "net", "org", "info", "biz");
    /** Hosts that are a lead even bare ("t.me", "wa.me/...", "instagram.com"). */
    private static final Set<String> KNOWN_HOSTS = Set.of(
            "wa.me", "api.whatsapp.com", "chat.whatsapp.com", "vm.tiktok.com", "vt.tiktok.com", "youtu.be", "t.co",
            "signal.group", "l.facebook.com", "fb.me", "instagr.am");

    private final String text;
    private final String region;
    private final BitSet claimed = new BitSet();
    private final List<Selector> found = new ArrayList<>();

    TextScan(CharSequence text, String region) {
        this.text = text.toString();
        this.region = region;
    }

    List<Selector> run() {
        if (text.contains("<<")) {
            scanMrz();
        }
        scanTokens();
        scanAtSigns();
        scanIbans();
        PhoneFinder.find(text, region, this);
        return ordered();
    }

    /** In order of first appearance, a URL's derived selectors right after it, each (kind, canonical) once. */
    private List<Selector> ordered() {
        List<Selector> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Selector::start)); // stable: derived ones stay after their URL
        Set<String> seen = new HashSet<>();
        List<Selector> out = new ArrayList<>(sorted.size());
        for (Selector s : sorted) {
            if (seen.add(s.kind().name() + '\u0000' + s.canonical())) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public boolean isFree(int start, int end) {
        // A loop over the span, not nextSetBit: that one may scan to the far end of the text each time.
        for (int k = start; k < end; k++) {
            if (claimed.get(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean claimedAt(int index) {
        return claimed.get(index);
    }

    @Override
    public void phone(Selector selector) {
        add(selector);
    }

    private void add(Selector selector) {
        found.add(selector);
        claimed.set(selector.start(), selector.end());
    }

    // ---------------------------------------------------------------- machine-readable zones

    /** Consecutive lines made only of MRZ characters (stray spaces allowed), read as one zone. */
    private void scanMrz() {
        int n = text.length();
        int lineStart = 0;
        List<int[]> block = new ArrayList<>();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int[] line = mrzLine(lineStart, lineEnd);
            if (line != null) {
                block.add(line);
            } else if (!block.isEmpty()) {
                readZone(block);
                block.clear();
            }
            lineStart = lineEnd + 1;
        }
        if (!block.isEmpty()) {
            readZone(block);
        }
    }

    /** {start, end, length without spaces, has filler} of an MRZ-looking line, or null. */
    private int[] mrzLine(int start, int end) {
        int length = 0;
        boolean filler = false;
        int first = -1;
        int last = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\u00A0') {
                continue;
            }
            if (!MrzParser.isMrzChar(c) || ++length > 90) {
                return null;
            }
            filler |= c == '<';
            if (first < 0) {
                first = i;
            }
            last = i + 1;
        }
        boolean plausible = length >= 28 && length <= 46 || length == 72 || length == 88 || length == 90;
        return plausible ? new int[] {first, last, length, filler ? 1 : 0} : null;
    }

    private void readZone(List<int[]> lines) {
        boolean anyFiller = lines.stream().anyMatch(l -> l[3] == 1);
        if (!anyFiller) {
            return; // upper-case text without a single '<' is a shouting post, not a zone
        }
        int k = 0;
        while (k < lines.size()) {
            int take = zoneSize(lines, k);
            if (take == 0) {
                take = lines.size() - k; // no zone shape: report the rest as one unreadable zone
            }
            int start = lines.get(k)[0];
            int end = lines.get(k + take - 1)[1];
            String raw = text.substring(start, end);
            MrzResult result = MrzParser.parse(raw);
            LeadKind kind = LeadKind.DOCUMENT;
            if (result.valid()) {
                MrzDocument doc = result.document();
                add(new Selector(kind, doc.canonical(), raw, start, end, true, null, null, null, null, doc));
            } else {
                String canonical = result.document() != null ? result.document().canonical() : raw.replaceAll("\\s+", "\n");
                add(new Selector(kind, canonical, raw, start, end, false, result.reason(), null, null, null, result.document()));
            }
            k += take;
        }
    }

    private static int zoneSize(List<int[]> lines, int k) {
        int remaining = lines.size() - k;
        int len = lines.get(k)[2];
        if (len == 30 && remaining >= 3 && lines.get(k + 1)[2] == 30 && lines.get(k + 2)[2] == 30) {
            return 3;
        }
        if ((len == 36 || len == 44) && remaining >= 2 && lines.get(k + 1)[2] == len) {
            return 2;
        }
        if (len == 72 || len == 88 || len == 90) {
            return 1;
        }
        return 0;
    }

    // ---------------------------------------------------------------- tokens: URLs, crypto, typed selectors

    static boolean isSpace(char c) {
        return c <= ' ' || c >= 128 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private void scanTokens() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i - start >= 4) {
                token(start, i);
            }
        }
    }

    private void token(int start, int end) {
        boolean dotOrColon = false;
        for (int k = start; k < end && !dotOrColon; k++) {
            char c = text.charAt(k);
            dotOrColon = c == '.' || c == ':';
        }
        if (dotOrColon) {
            urls(start, end); // a URL needs "://" or a dotted host; most words have neither
        }
        if (end - start >= 14) {
            crypto(start, end);
        }
        if (dotOrColon) {
            typed(start, end);
        }
    }

    /** Finds every web address in a token: with a scheme, starting with www., or a bare host on a known domain. */
    private void urls(int start, int end) {
        int q = start;
        while (q < end) {
            char c = text.charAt(q);
            boolean boundary = q == start || !isHostChar(text.charAt(q - 1)) && text.charAt(q - 1) != '@'
                    && text.charAt(q - 1) != '/' && text.charAt(q - 1) != '%';
            if (!(boundary && c < 128 && Character.isLetterOrDigit(c))) {
                q++;
                continue;
            }
            int urlEnd = urlAt(q, end);
            if (urlEnd > q) {
                url(q, urlEnd);
                q = urlEnd;
            } else {
                q++;
                while (q < end && isHostChar(text.charAt(q))) {
                    q++; // skip the rest of this word: keeps the token walk linear
                }
            }
        }
    }

    private static boolean isHostChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
    }

    /** End of the URL starting at {@code q}, or -1. */
    private int urlAt(int q, int end) {
        int s = q;
        while (s < end && s - q < 6 && Character.isLetter(text.charAt(s))) {
            s++;
        }
        if (s + 3 <= end && text.startsWith("://", s)) {
            String scheme = text.substring(q, s).toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                return urlBodyEnd(q, s + 3, end);
            }
            return -1;
        }
        // Bare host: labels of ASCII letters, digits and dashes.
        int h = q;
        boolean dot = false;
        while (h < end && h - q <= 253 && (isHostChar(text.charAt(h)) && text.charAt(h) != '_')) {
            dot |= text.charAt(h) == '.';
            h++;
        }
        if (h - q > 253 || !dot) {
            return -1;
        }
        int hostEnd = h;
        while (hostEnd > q && (text.charAt(hostEnd - 1) == '.' || text.charAt(hostEnd - 1) == '-')) {
            hostEnd--;
        }
        String host = text.substring(q, hostEnd).toLowerCase(Locale.ROOT);
        int lastDot = host.lastIndexOf('.');
        if (lastDot <= 0 || host.contains("..")) {
            return -1;
        }
        String tld = host.substring(lastDot + 1);
        String bare = UrlRules.dropFrontEnd(host);
        boolean known = HandleRules.SOCIAL_HOSTS.contains(bare) || KNOWN_HOSTS.contains(bare);
        char after = hostEnd < end ? text.charAt(hostEnd) : ' ';
        boolean path = hostEnd == h && (after == '/' || after == '?' || after == ':') && hostEnd + 1 < end
                && !isSpace(text.charAt(hostEnd + 1));
        boolean www = host.startsWith("www.") && PATH_TLDS.contains(tld);
        boolean lowerCase = text.substring(q, hostEnd).equals(host);
        boolean accept = known || www || path && PATH_TLDS.contains(tld)
                || lowerCase && BARE_TLDS.contains(tld) && lastDot >= 2 && !path && hostEnd == h && !isWordAfter(after);
        if (!accept || after == '@') {
            return -1;
        }
        return path || known || www ? urlBodyEnd(q, hostEnd, end) : hostEnd;
    }

    private static boolean isWordAfter(char c) {
        return c < 128 && Character.isLetterOrDigit(c) || c == '@';
    }

    /** Where a URL body ends: at a character URLs do not hold, then without trailing punctuation. */
    private int urlBodyEnd(int urlStart, int from, int end) {
        int e = from;
        int open = 0;
        while (e < end) {
            char c = text.charAt(e);
            if ("<>\"{}|\\^`«»“”‘’".indexOf(c) >= 0 || Character.isSurrogate(c)
                    || Character.getType(c) == Character.OTHER_SYMBOL || Character.getType(c) == Character.MATH_SYMBOL && c > 127) {
                break;
            }
            e++;
        }
        // Balanced brackets stay ("wiki/Foo_(bar)"), a closing one after the link goes.
        for (int k = urlStart; k < e; k++) {
            char c = text.charAt(k);
            if (c == '(' || c == '[') {
                open++;
            } else if ((c == ')' || c == ']') && open-- <= 0) {
                e = k;
                break;
            }
        }
        while (e > from && ".,;:!?'*…،؛؟。\u200F\u200E".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    private void url(int start, int end) {
        if (!isFree(start, end)) {
            return;
        }
        String raw = text.substring(start, end);
        UrlRules.Outcome o = UrlRules.canonicalize(raw);
        if (o.isPhoneLink()) {
            PhoneRules.Outcome p = PhoneRules.fromDigits(o.phoneDigits(), true, region);
            if (p.normalised()) {
                add(new Selector(LeadKind.PHONE, p.e164(), raw, start, end, true, null, p.details(), null));
            } else {
                add(new Selector(LeadKind.PHONE, "+" + o.phoneDigits(), raw, start, end, false, p.reason(), null, null));
            }
            return;
        }
        add(new Selector(LeadKind.URL, o.canonical(), raw, start, end, o.verified(), o.reason(), null, null));
        if (o.handle() != null) {
            found.add(new Selector(LeadKind.HANDLE, o.handle().canonical(), raw, start, end, true, null, null, o.handle().platform()));
        }
    }

    /** Ethereum, Bitcoin and TRON addresses inside a token. */
    private void crypto(int start, int end) {
        int q = start;
        while (q < end) {
            char c = text.charAt(q);
            boolean boundary = q == start || !Character.isLetterOrDigit(text.charAt(q - 1));
            if (!boundary || !(c == '0' || c == '1' || c == '3' || c == 'T' || c == 'b' || c == 'B')) {
                q++;
                continue;
            }
            int r = q;
            while (r < end && r - q <= 90 && text.charAt(r) < 128 && Character.isLetterOrDigit(text.charAt(r))) {
                r++;
            }
            if (r - q >= 26 && r - q <= 90 && isFree(q, r)) {
                String candidate = text.substring(q, r);
                if (CryptoRules.chainOfShape(candidate) != null) {
                    CryptoRules.Outcome o = CryptoRules.check(candidate);
                    add(new Selector(LeadKind.CRYPTO, candidate, candidate, q, r, o.verified(), o.reason(), null, null, o.chain(), null));
                }
            }
            q = Math.max(r, q + 1);
        }
    }

    /** Selectors typed in canonical form inside a post: passport:SYR:N0123456, telegram:ahmed_trips. */
    private void typed(int start, int end) {
        int colon = -1;
        for (int k = start; k < end && k - start < 12; k++) {
            if (text.charAt(k) == ':') {
                colon = k;
                break;
            }
        }
        if (colon < 0 || !isFree(start, end)) {
            return;
        }
        int e = end;
        while (e > colon && ".,;!?)".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        String raw = text.substring(start, e);
        if (DocumentRules.startsTyped(text, start)) {
            String canonical = DocumentRules.typed(raw);
            if (canonical != null) {
                add(Selector.verified(LeadKind.DOCUMENT, canonical, raw, start, e));
            }
            return;
        }
        String platform = text.substring(start, colon).toLowerCase(Locale.ROOT);
        if (HandleRules.PLATFORMS.contains(platform) && e > colon + 1) {
            String name = raw.substring(colon - start + 1);
            if (name.chars().anyMatch(Character::isLetter) && HandleRules.invalidName(platform, name) == null) {
                add(new Selector(LeadKind.HANDLE, platform + ":" + name.toLowerCase(Locale.ROOT), raw, start, e, true, null, null, platform));
            }
        }
    }

    // ---------------------------------------------------------------- e-mails and handles

    private void scanAtSigns() {
        int at = text.indexOf('@');
        while (at >= 0) {
            int next = at + 1;
            if (!claimed.get(at)) {
                char prev = at > 0 ? text.charAt(at - 1) : ' ';
                next = EmailRules.isLocalChar(prev) ? email(at) : handle(at);
            }
            at = text.indexOf('@', Math.max(next, at + 1));
        }
    }

    /** An e-mail around the @ at {@code at}; returns where to look for the next @. */
    private int email(int at) {
        int ls = at;
        while (ls > 0 && at - ls < EmailRules.MAX_LOCAL && EmailRules.isLocalChar(text.charAt(ls - 1))) {
            ls--;
        }
        if (ls > 0 && EmailRules.isLocalChar(text.charAt(ls - 1))) {
            return at + 1; // local part longer than any mailbox: not an address
        }
        while (ls < at && text.charAt(ls) == '.') {
            ls++;
        }
        int de = at + 1;
        while (de < text.length() && de - at <= EmailRules.MAX_DOMAIN && EmailRules.isDomainChar(text.charAt(de))) {
            de++;
        }
        while (de > at + 1 && (text.charAt(de - 1) == '.' || text.charAt(de - 1) == '-')) {
            de--;
        }
        if (ls == at || de == at + 1) {
            return at + 1;
        }
        String domain = text.substring(at + 1, de).toLowerCase(Locale.ROOT);
        if (EmailRules.domainProblem(domain) != null || !isFree(ls, de)) {
            return at + 1;
        }
        String raw = text.substring(ls, de);
        EmailRules.Outcome o = EmailRules.normalize(raw);
        add(new Selector(LeadKind.EMAIL, o.canonical(), raw, ls, de, o.verified(), o.reason(), null, null));
        return de;
    }

    /** A bare @name; its platform comes from the words around it. Returns where to look for the next @. */
    private int handle(int at) {
        int ne = at + 1;
        while (ne < text.length() && ne - at <= 65 && HandleRules.isNameChar(text.charAt(ne))) {
            ne++;
        }
        if (ne - at > 65) {
            return ne;
        }
        while (ne > at + 1 && text.charAt(ne - 1) == '.') {
            ne--;
        }
        if (ne == at + 1 || !isFree(at, ne)) {
            return at + 1;
        }
        String name = text.substring(at + 1, ne);
        if (name.chars().allMatch(Character::isDigit) || ne < text.length() && text.charAt(ne) == '@') {
            return ne;
        }
        String platform = HandleRules.contextPlatform(text, at, ne);
        if (platform == null) {
            platform = HandleRules.UNKNOWN;
        }
        String problem = HandleRules.invalidName(platform, name);
        String canonical = platform + ":" + name.toLowerCase(Locale.ROOT);
        add(new Selector(LeadKind.HANDLE, canonical, "@" + name, at, ne, problem == null, problem, null, platform));
        return ne;
    }

    // ---------------------------------------------------------------- IBANs

    private void scanIbans() {
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            char a = text.charAt(i);
            if (a < 'A' || a > 'Z') {
                continue;
            }
            if (!(IbanRules.isLetter(text.charAt(i + 1)) && IbanRules.isDigit(text.charAt(i + 2)) && IbanRules.isDigit(text.charAt(i + 3)))
                    || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            String country = text.substring(i, i + 2);
            if (!IbanRules.isKnownCountry(country)) {
                continue;
            }
            int end = iban(i);
            if (end > i) {
                i = end - 1;
            }
        }
    }

    /** Reads an IBAN written compact or in groups of four; returns its end, or -1. */
    private int iban(int start) {
        int n = text.length();
        Integer expected = IbanRules.LENGTHS.get(text.substring(start, start + 2));
        StringBuilder iban = new StringBuilder(34).append(text, start, start + 4);
        int j = start + 4;
        if (j < n && isAlnum(text.charAt(j))) {
            while (j < n && isAlnum(text.charAt(j))) {
                if (iban.length() >= 34) {
                    return -1;
                }
                iban.append(Character.toUpperCase(text.charAt(j++)));
            }
        } else {
            while (j + 1 < n && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0') && isAlnum(text.charAt(j + 1))) {
                int g = j + 1;
                while (g < n && isAlnum(text.charAt(g)) && g - j <= 5) {
                    g++;
                }
                int size = g - j - 1;
                if (size > 4 || expected != null && iban.length() + size > expected) {
                    break;
                }
                iban.append(text, j + 1, g);
                j = g;
                if (size < 4 || expected != null && iban.length() == expected) {
                    break;
                }
            }
        }
        if (iban.length() < 12 || j < n && isAlnum(text.charAt(j)) || !isFree(start, j)) {
            return -1;
        }
        IbanRules.Outcome o = IbanRules.check(iban.toString().toUpperCase(Locale.ROOT));
        add(new Selector(LeadKind.IBAN, o.canonical(), text.substring(start, j), start, j, o.verified(), o.reason(), null, null));
        return j;
    }

    private static boolean isAlnum(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
