package org.leadline.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing sentence of the window, from {@code org/leadline/ui/messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.leadline.ui.messages", Locale.ENGLISH);

    private Messages() {
    }

    /** The text for a key, with {0}, {1}… filled in when arguments are given. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    /** The text for a key, or null when the bundle has none (for optional labels such as audit actions). */
    public static String find(String key) {
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : null;
    }
}
