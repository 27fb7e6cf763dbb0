package org.leadline.logic.selectors;

import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * URLs: the contract's canonical form, and what a URL yields (a profile URL yields a handle, a
 * WhatsApp click-to-chat link or a Signal phone link yields a phone).
 *
 * <p>The URL is taken apart by hand rather than with {@link java.net.URI}: links copied from posts
 * carry unescaped spaces, Arabic path segments and stray characters that URI rejects, and the
 * officer still needs a lead for them.
 */
final class UrlRules {

    /** Parameters that only say where a click came from; they would split one lead into many. */
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "igshid", "igsh", "si", "mibextid", "ref", "ref_src");
    private static final Set<String> X_HOSTS = Set.of("x.com", "twitter.com");
    private static final Set<String> FACEBOOK_WRAPPERS = Set.of(
            "l.facebook.com", "lm.facebook.com", "l.messenger.com", "l.instagram.com");
    private static final String[] FRONT_END_PREFIXES = {"m.", "mobile.", "mbasic.", "web."};
    static final int MAX_LENGTH = 4096;
    private static final int MAX_UNWRAP = 3;

    private UrlRules() {
    }

    /**
     * What a URL came to.
     *
     * @param canonical   the canonical URL (for an unverified URL, the cleaned text)
     * @param reason      why it did not normalise, or null
     * @param handle      the profile it names, or null
     * @param phoneDigits international digits (no +) of the phone it carries, or null
     */
    record Outcome(String canonical, String reason, HandleRules.Profile handle, String phoneDigits) {
        boolean verified() {
            return reason == null;
        }

        /** Click-to-chat links are only a phone number in disguise: the phone is the selector. */
        boolean isPhoneLink() {
            return phoneDigits != null;
        }
    }

    static Outcome canonicalize(String url) {
        return canonicalize(url.strip(), 0);
    }

    private static Outcome canonicalize(String url, int depth) {
        if (url.length() > MAX_LENGTH) {
            return failure(url.substring(0, 200), "The URL is longer than " + MAX_LENGTH + " characters.");
        }
        String scheme = "https";
        String rest = url;
        int sep = url.indexOf("://");
        if (sep > 0 && isScheme(url, sep)) {
            scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
            rest = url.substring(sep + 3);
        } else if (url.startsWith("//")) {
            rest = url.substring(2);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return failure(url, "Only web addresses (http, https) are URL leads.");
        }
        int authorityEnd = indexOfAny(rest, "/?#", 0);
        String authority = rest.substring(0, authorityEnd);
        String afterAuthority = rest.substring(authorityEnd);
        String fragment = null;
        int hash = afterAuthority.indexOf('#');
        if (hash >= 0) {
            fragment = afterAuthority.substring(hash + 1);
            afterAuthority = afterAuthority.substring(0, hash);
        }
        String query = "";
        int question = afterAuthority.indexOf('?');
        String path = afterAuthority;
        if (question >= 0) {
            query = afterAuthority.substring(question + 1);
            path = afterAuthority.substring(0, question);
        }

        String userInfo = "";
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo = authority.substring(0, at + 1);
            authority = authority.substring(at + 1);
        }
        String host = authority;
        String port = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            port = authority.substring(colon + 1);
            if (!port.isEmpty() && !port.chars().allMatch(Character::isDigit)) {
                return failure(url, "The port '" + port + "' is not a number.");
            }
        }
        host = asciiHost(host);
        if (host == null) {
            return failure(url, "The host name is not a valid domain name.");
        }
        host = dropFrontEnd(host);
        if ((scheme.equals("http") && port.equals("80")) || (scheme.equals("https") && port.equals("443"))) {
            port = "";
        }

        Map<String, String> params = parameters(query);
        if (depth < MAX_UNWRAP) {
            String wrapped = wrappedTarget(host, path, params);
            if (wrapped != null) {
                return canonicalize(wrapped.strip(), depth + 1);
            }
        }

        List<String> segments = segments(path);
        String phone = phoneOf(host, segments, params, fragment);
        HandleRules.Profile profile = HandleRules.profile(host, segments, params);
        if (profile != null && profile.segment() >= 0) {
            String seg = segments.get(profile.segment());
            segments.set(profile.segment(), seg.startsWith("@") ? "@" + profile.name() : profile.name());
        }
        if ("telegram".equals(HandleRules.HOST_PLATFORM.get(host)) && segments.size() >= 2
                && "s".equalsIgnoreCase(segments.get(0)) && profile != null) {
            segments.remove(0); // t.me/s/name is the web preview of t.me/name
        }
        boolean keepFragment = host.equals("signal.me") && fragment != null && !fragment.isEmpty();
        if (keepFragment && profile == null) {
            profile = HandleRules.signalFragment(fragment);
        }

        StringBuilder out = new StringBuilder(url.length());
        out.append(scheme).append("://").append(userInfo).append(host);
        if (!port.isEmpty()) {
            out.append(':').append(port);
        }
        if (segments.isEmpty()) {
            out.append('/');
        } else {
            for (String segment : segments) {
                out.append('/').append(upperPercent(segment));
            }
        }
        String canonicalQuery = canonicalQuery(query, X_HOSTS.contains(host));
        if (!canonicalQuery.isEmpty()) {
            out.append('?').append(canonicalQuery);
        }
        if (keepFragment) {
            out.append('#').append(fragment);
        }
        return new Outcome(out.toString(), null, profile, phone);
    }

    private static Outcome failure(String cleaned, String reason) {
        return new Outcome(cleaned, reason, null, null);
    }

    private static boolean isScheme(String url, int end) {
        for (int i = 0; i < end; i++) {
            char c = url.charAt(i);
            boolean ok = Character.isLetter(c) && c < 128 || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** Lower case, trailing dot removed, internationalised names turned into punycode; null when not a host name. */
    static String asciiHost(String host) {
        if (host.isEmpty()) {
            return null;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.toLowerCase(Locale.ROOT); // IPv6 literal
        }
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        boolean ascii = h.chars().allMatch(c -> c < 128);
        if (!ascii) {
            try {
                h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        h = h.toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.length() > 253 || h.startsWith(".") || h.contains("..")) {
            return null;
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_')) {
                return null;
            }
        }
        if (h.indexOf('.') < 0 && !h.equals("localhost")) {
            return null;
        }
        return h;
    }

    /** Drops www. everywhere, and the mobile or web front-end prefixes of known social hosts. */
    static String dropFrontEnd(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        for (String prefix : FRONT_END_PREFIXES) {
            if (h.startsWith(prefix) && HandleRules.SOCIAL_HOSTS.contains(h.substring(prefix.length()))) {
                return h.substring(prefix.length());
            }
        }
        return h;
    }

    /** Path segments, empty ones dropped: "a//b/" and "a/b" name the same page on every site we meet. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            int next = path.indexOf('/', i);
            if (next < 0) {
                next = path.length();
            }
            if (next > i) {
                segments.add(path.substring(i, next));
            }
            i = next + 1;
        }
        return segments;
    }

    /** Raw parameters, first occurrence of each name, values percent-decoded (for unwrapping and profile ids). */
    private static Map<String, String> parameters(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(name, decode(value));
        }
        return params;
    }

    static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String wrappedTarget(String host, String path, Map<String, String> params) {
        String target = null;
        if (FACEBOOK_WRAPPERS.contains(host) && (path.equals("/l.php") || path.equals("/") || path.isEmpty())) {
            target = params.get("u");
        } else if ((host.equals("google.com") || host.startsWith("google.")) && path.equals("/url")) {
            target = params.getOrDefault("q", params.get("url"));
        }
        if (target == null) {
            return null;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? target : null;
    }

    /** wa.me/<digits>, api.whatsapp.com/send?phone=<digits>, signal.me/#p/+<digits>: international digits, or null. */
    private static String phoneOf(String host, List<String> segments, Map<String, String> params, String fragment) {
        String candidate = null;
        if (host.equals("wa.me") && !segments.isEmpty()) {
            candidate = segments.get(0).equals("c") && segments.size() > 1 ? segments.get(1) : segments.get(0);
        } else if ((host.equals("api.whatsapp.com") || host.equals("whatsapp.com")) && segments.size() == 1
                && segments.get(0).equals("send")) {
            candidate = params.get("phone");
        } else if (host.equals("signal.me") && fragment != null && fragment.startsWith("p/")) {
            candidate = fragment.substring(2);
        }
        if (candidate == null) {
            return null;
        }
        String digits = candidate.startsWith("+") ? candidate.substring(1) : candidate;
        return digits.length() >= 6 && digits.length() <= 17 && digits.chars().allMatch(c -> c >= '0' && c <= '9') ? digits : null;
    }

    /** Tracking parameters dropped, empty ones too, the rest sorted (by name, then as written). */
    private static String canonicalQuery(String query, boolean xHost) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name) || (xHost && name.equals("s"))) {
                continue;
            }
            kept.add(upperPercent(pair));
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    /** Percent escapes in upper case (RFC 3986 6.2.2.1), so %2f and %2F are one URL. */
    private static String upperPercent(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i + 2 < chars.length; i++) {
            if (chars[i] == '%' && isHex(chars[i + 1]) && isHex(chars[i + 2])) {
                chars[i + 1] = Character.toUpperCase(chars[i + 1]);
                chars[i + 2] = Character.toUpperCase(chars[i + 2]);
                i += 2;
            }
        }
        return new String(chars);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
