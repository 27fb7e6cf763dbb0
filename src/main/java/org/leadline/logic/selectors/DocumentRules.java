package org.leadline.logic.selectors;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document selectors typed in their canonical form, {@code <type>:<issuer>:<number>}
 * (e.g. {@code passport:SYR:N0123456}); zones are read by {@link MrzParser}.
 */
final class DocumentRules {

    static final Pattern TYPED = Pattern.compile(
            "(?i)(passport|idcard|visa|document):([A-Z<]{1,3}):([A-Z0-9<]{1,30})");

    private DocumentRules() {
    }

    /** The canonical value of a typed document selector, or null when {@code value} is not one. */
    static String typed(String value) {
        Matcher m = TYPED.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        String number = m.group(3).replace("<", "").toUpperCase(Locale.ROOT);
        String issuer = m.group(2).replace("<", "").toUpperCase(Locale.ROOT);
        if (number.isEmpty() || issuer.isEmpty()) {
            return null;
        }
        return m.group(1).toLowerCase(Locale.ROOT) + ":" + issuer + ":" + number;
    }

    static boolean startsTyped(String s, int at) {
        for (String type : new String[] {"passport:", "idcard:", "visa:", "document:"}) {
            if (at + type.length() <= s.length() && s.regionMatches(true, at, type, 0, type.length())) {
                return true;
            }
        }
        return false;
    }
}
