package org.leadline.logic.selectors;

import java.util.Locale;

/**
 * E-mail addresses: the local part as typed (providers may treat its case as significant), the
 * domain lower-cased (DNS names are case-insensitive).
 */
final class EmailRules {

    static final int MAX_LOCAL = 64;
    static final int MAX_DOMAIN = 253;

    private EmailRules() {
    }

    record Outcome(String canonical, String reason) {
        boolean verified() {
            return reason == null;
        }
    }

    static Outcome normalize(String value) {
        String s = value.strip();
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
            int q = s.indexOf('?');
            if (q >= 0) {
                s = s.substring(0, q);
            }
        }
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return new Outcome(s, "An e-mail address has a name, an @ and a domain.");
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        String canonical = local + "@" + domain;
        if (local.length() > MAX_LOCAL) {
            return new Outcome(canonical, "The part before the @ has more than " + MAX_LOCAL + " characters.");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (Character.isWhitespace(c) || c == '@' || c == '<' || c == '>' || c == ',' || c == ';') {
                return new Outcome(canonical, "The part before the @ holds '" + c + "'.");
            }
        }
        String problem = domainProblem(domain);
        return new Outcome(canonical, problem);
    }

    /** Why {@code domain} (lower case) cannot be an e-mail domain, or null. */
    static String domainProblem(String domain) {
        if (domain.length() > MAX_DOMAIN) {
            return "The domain is too long.";
        }
        int lastDot = domain.lastIndexOf('.');
        if (lastDot <= 0) {
            return "The domain has no dot.";
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return "The domain has an empty or malformed part.";
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '-') {
                    return "The domain holds '" + c + "'.";
                }
            }
        }
        String tld = labels[labels.length - 1];
        if (tld.length() < 2 || !tld.chars().allMatch(Character::isLetter) && !tld.startsWith("xn--")) {
            return "The domain does not end in a top-level domain.";
        }
        return null;
    }

    /** Characters our text scanner accepts in a local part (RFC 5322 allows more, posts never use them). */
    static boolean isLocalChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    static boolean isDomainChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c > 127 && Character.isLetterOrDigit(c);
    }
}
