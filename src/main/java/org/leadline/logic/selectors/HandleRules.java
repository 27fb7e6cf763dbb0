package org.leadline.logic.selectors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Platform handles: which hosts belong to which platform, where the profile name sits in a URL,
 * what a valid name looks like, and which words around a bare {@code @name} name its platform.
 *
 * <p>Canonical form is {@code <platform>:<name>} with the name lower-cased: every platform listed
 * treats names case-insensitively. Post ids, short links and invite codes are case-sensitive, so
 * only the path segment holding a profile name is ever lower-cased.
 */
final class HandleRules {

    static final String UNKNOWN = "unknown";

    /** Platforms in the order the contract lists them. */
    static final List<String> PLATFORMS = List.of(
            "telegram", "facebook", "instagram", "tiktok", "x", "snapchat", "youtube", "whatsapp", "signal", UNKNOWN);

    /** Host (after dropping www., m., mobile., mbasic., web.) → platform. */
    static final Map<String, String> HOST_PLATFORM = Map.ofEntries(
            Map.entry("t.me", "telegram"), Map.entry("telegram.me", "telegram"), Map.entry("telegram.dog", "telegram"),
            Map.entry("facebook.com", "facebook"), Map.entry("fb.com", "facebook"),
            Map.entry("instagram.com", "instagram"),
            Map.entry("tiktok.com", "tiktok"),
            Map.entry("x.com", "x"), Map.entry("twitter.com", "x"),
            Map.entry("snapchat.com", "snapchat"),
            Map.entry("youtube.com", "youtube"),
            Map.entry("whatsapp.com", "whatsapp"),
            Map.entry("signal.me", "signal"));

    /** Hosts on which m., mobile., mbasic. and web. are only alternative front-ends of the same site. */
    static final Set<String> SOCIAL_HOSTS = Set.of(
            "t.me", "telegram.me", "telegram.org", "facebook.com", "fb.com", "messenger.com", "instagram.com",
            "tiktok.com", "x.com", "twitter.com", "snapchat.com", "youtube.com", "whatsapp.com", "wa.me",
            "signal.me", "vk.com", "linkedin.com", "reddit.com", "threads.net", "pinterest.com", "tumblr.com");

    private static final Pattern TELEGRAM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
    private static final Pattern FACEBOOK_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.]{0,49}");
    private static final Pattern INSTAGRAM_NAME = Pattern.compile("[A-Za-z0-9._]{1,30}");
    private static final Pattern TIKTOK_NAME = Pattern.compile("[A-Za-z0-9._]{2,24}");
    private static final Pattern X_NAME = Pattern.compile("[A-Za-z0-9_]{1,15}");
    private static final Pattern SNAPCHAT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{1,14}");
    private static final Pattern YOUTUBE_NAME = Pattern.compile("[A-Za-z0-9._-]{3,100}");
    private static final Pattern WHATSAPP_CHANNEL = Pattern.compile("[A-Za-z0-9_-]{10,64}");
    private static final Pattern SIGNAL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{2,31}\\.[0-9]{2,9}");
    private static final Pattern UNKNOWN_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]{5,20}");

    private static final Set<String> TELEGRAM_RESERVED = Set.of(
            "joinchat", "addstickers", "addemoji", "addtheme", "share", "proxy", "socks", "iv", "c", "addlist",
            "setlanguage", "login", "confirmphone", "contact", "boost", "bg", "invoice", "giftcode", "m", "s");
    private static final Set<String> FACEBOOK_RESERVED = Set.of(
            "groups", "pages", "events", "watch", "marketplace", "share", "sharer", "sharer.php", "story.php",
            "permalink.php", "photo", "photo.php", "photos", "login", "login.php", "help", "hashtag", "reel", "reels",
            "stories", "messages", "gaming", "settings", "notifications", "friends", "plugins", "dialog", "l.php", "ads",
            "business", "policies", "privacy", "fundraisers", "media", "video.php", "home.php", "search", "bookmarks",
            "saved", "pg", "people", "profile.php", "legal", "about", "careers", "recover", "checkpoint", "live", "lite",
            "apps", "developers", "places", "directory", "public", "terms", "notes", "ufi", "messenger", "composer",
            "p", "posts", "videos", "home", "feed", "mobile", "tr", "r.php", "n", "x", "permalink");
    private static final Set<String> INSTAGRAM_RESERVED = Set.of(
            "p", "reel", "reels", "tv", "explore", "accounts", "direct", "about", "developer", "legal", "web", "s",
            "ar", "emails", "challenge", "stories", "tags", "locations", "privacy", "session", "oauth", "api");
    private static final Set<String> X_RESERVED = Set.of(
            "home", "explore", "search", "i", "intent", "share", "hashtag", "notifications", "messages", "settings",
            "compose", "login", "logout", "signup", "tos", "privacy", "about", "download", "jobs", "account", "widgets",
            "oauth", "en", "status", "statuses");
    private static final Set<String> YOUTUBE_RESERVED = Set.of(
            "watch", "shorts", "playlist", "results", "feed", "embed", "live", "channel", "redirect", "premium",
            "account", "about", "hashtag", "post", "clip");

    /**
     * Words that name a platform next to a bare {@code @name}: English, French, Arabic, common
     * abbreviations (TG, IG, FB, WA, Snap). "X" counts only when a colon follows, it is too short otherwise.
     */
    private static final String PLATFORM_WORDS = "(telegram|t[eé]l[eé]gram|tg|instagram|insta|ig|facebook|fb|tiktok|tik\\s?tok"
            + "|twitter|x(?=\\s*:)|snapchat|snap|youtube|whatsapp|whats\\s?app|wa|signal"
            + "|تلغرام|تيليجرام|تليجرام|تلجرام|تيليغرام|انستغرام|انستقرام|إنستغرام|انستا|فيسبوك|فيس\\s?بوك|تيك\\s?توك"
            + "|تويتر|سناب(?:\\s?شات)?|يوتيوب|واتساب|واتس\\s?اب|سيجنال|سيغنال)";
    /** What may stand between a platform word and the @ that follows it: "TG: @x", "Telegram ➡️ @x", "(insta) @x". */
    private static final String BEFORE_SEPARATORS = " \t\u00A0:：-–—=>→➡➜|/([)]\uFE0F";
    /** "@x on Telegram", "@x (insta)", "@x sur Snap": optional preposition, then the platform word. */
    private static final Pattern CONTEXT_AFTER = Pattern.compile(
            "(?iu)^[\\s(\\[:\\-–—,]{0,4}(?:(?:on|sur|en|via|at|auf|su|في|على|عبر)\\s+)?" + PLATFORM_WORDS + "(?![\\p{L}\\p{N}])");
    private static final int CONTEXT_WINDOW = 40;

    private HandleRules() {
    }

    /** A handle derived from a URL, and which path segment held its name. */
    record Profile(String platform, String name, int segment) {
        String canonical() {
            return platform + ":" + name;
        }
    }

    /**
     * The profile named by a URL's path on a known platform, or null (post, invite, short link,
     * reserved page). {@code segments} are the path segments without slashes, case as written.
     */
    static Profile profile(String host, List<String> segments, Map<String, String> query) {
        String platform = HOST_PLATFORM.get(host);
        if (platform == null || segments.isEmpty() && !"facebook".equals(platform)) {
            return null;
        }
        String first = segments.isEmpty() ? "" : segments.get(0);
        String firstLower = first.toLowerCase(Locale.ROOT);
        switch (platform) {
            case "telegram": {
                if ("s".equals(firstLower) && segments.size() >= 2) {
                    return named(platform, segments.get(1), 1, TELEGRAM_NAME); // web preview of the channel
                }
                if (first.startsWith("+") || TELEGRAM_RESERVED.contains(firstLower)) {
                    return null;
                }
                return named(platform, first, 0, TELEGRAM_NAME);
            }
            case "facebook": {
                if ("profile.php".equals(firstLower)) {
                    String id = query.get("id");
                    return id != null && NUMERIC.matcher(id).matches() ? new Profile(platform, id, -1) : null;
                }
                if ("people".equals(firstLower) && segments.size() >= 3 && NUMERIC.matcher(segments.get(2)).matches()) {
                    return new Profile(platform, segments.get(2), -1);
                }
                if (first.isEmpty() || FACEBOOK_RESERVED.contains(firstLower) || firstLower.endsWith(".php")) {
                    return null;
                }
                return named(platform, first, 0, FACEBOOK_NAME);
            }
            case "instagram": {
                if ("stories".equals(firstLower) && segments.size() >= 2 && !"highlights".equalsIgnoreCase(segments.get(1))) {
                    return named(platform, segments.get(1), 1, INSTAGRAM_NAME);
                }
                return INSTAGRAM_RESERVED.contains(firstLower) ? null : named(platform, first, 0, INSTAGRAM_NAME);
            }
            case "tiktok":
                return first.startsWith("@") ? named(platform, first.substring(1), 0, TIKTOK_NAME) : null;
            case "x":
                return X_RESERVED.contains(firstLower) ? null : named(platform, first, 0, X_NAME);
            case "snapchat": {
                if ("add".equals(firstLower) && segments.size() >= 2) {
                    return named(platform, segments.get(1), 1, SNAPCHAT_NAME);
                }
                return first.startsWith("@") ? named(platform, first.substring(1), 0, SNAPCHAT_NAME) : null;
            }
            case "youtube": {
                if (first.startsWith("@")) {
                    return named(platform, first.substring(1), 0, YOUTUBE_NAME);
                }
                if (("c".equals(firstLower) || "user".equals(firstLower)) && segments.size() >= 2) {
                    return named(platform, segments.get(1), 1, YOUTUBE_NAME);
                }
                return null;
            }
            case "whatsapp": {
                // The channel id is a code: the URL keeps its case, the handle is lower-cased like every handle.
                if ("channel".equals(firstLower) && segments.size() >= 2 && WHATSAPP_CHANNEL.matcher(segments.get(1)).matches()) {
                    return new Profile(platform, segments.get(1).toLowerCase(Locale.ROOT), -1);
                }
                return null;
            }
            default:
                return null;
        }
    }

    /** A Signal username carried in a signal.me link's fragment ({@code #u/name.01}), or null. */
    static Profile signalFragment(String fragment) {
        if (fragment != null && fragment.startsWith("u/")) {
            return named("signal", fragment.substring(2), -1, SIGNAL_NAME);
        }
        return null;
    }

    private static Profile named(String platform, String name, int segment, Pattern rule) {
        if (!rule.matcher(name).matches()) {
            return null;
        }
        return new Profile(platform, name.toLowerCase(Locale.ROOT), segment);
    }

    /** Why {@code name} cannot be a handle on {@code platform}, or null when it can. */
    static String invalidName(String platform, String name) {
        if (UNKNOWN.equals(platform) && name.length() <= 64 && name.chars().allMatch(c -> isNameChar((char) c))) {
            return null; // the common case in extraction, where the scanner already kept to name characters
        }
        Pattern rule;
        String rules;
        switch (platform) {
            case "telegram" -> { rule = TELEGRAM_NAME; rules = "Telegram usernames have 4 to 32 letters, digits or underscores and start with a letter."; }
            case "facebook" -> { rule = FACEBOOK_NAME; rules = "Facebook usernames have letters, digits and dots only."; }
            case "instagram" -> { rule = INSTAGRAM_NAME; rules = "Instagram usernames have at most 30 letters, digits, dots or underscores."; }
            case "tiktok" -> { rule = TIKTOK_NAME; rules = "TikTok usernames have 2 to 24 letters, digits, dots or underscores."; }
            case "x" -> { rule = X_NAME; rules = "X usernames have at most 15 letters, digits or underscores."; }
            case "snapchat" -> { rule = SNAPCHAT_NAME; rules = "Snapchat usernames have 2 to 15 characters and start with a letter."; }
            case "youtube" -> { rule = YOUTUBE_NAME; rules = "YouTube handles have at least 3 letters, digits, dots, dashes or underscores."; }
            case "whatsapp" -> { rule = UNKNOWN_NAME; rules = "WhatsApp names have letters, digits, dots, dashes or underscores only."; }
            case "signal" -> { rule = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{2,31}(\\.[0-9]{2,9})?"); rules = "Signal usernames are a nickname of 3 to 32 letters, digits or underscores and a number."; }
            default -> { rule = UNKNOWN_NAME; rules = "Handles have at most 64 letters, digits, dots, dashes or underscores."; }
        }
        return rule.matcher(name).matches() ? null : rules;
    }

    /** Words (lower case, spaces removed) that name a platform, in the languages of the posts we read. */
    private static final Map<String, String> PLATFORM_OF_WORD = words();

    private static Map<String, String> words() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String p : PLATFORMS) {
            m.put(p, p);
        }
        for (String w : List.of("télégram", "telegramm", "tg", "تلغرام", "تيليجرام", "تليجرام", "تلجرام", "تيليغرام")) {
            m.put(w, "telegram");
        }
        for (String w : List.of("insta", "ig", "انستغرام", "انستقرام", "إنستغرام", "انستا")) {
            m.put(w, "instagram");
        }
        for (String w : List.of("fb", "فيسبوك")) {
            m.put(w, "facebook");
        }
        for (String w : List.of("tiktok", "تيكتوك")) {
            m.put(w, "tiktok");
        }
        for (String w : List.of("twitter", "تويتر")) {
            m.put(w, "x");
        }
        for (String w : List.of("snap", "سناب", "سنابشات")) {
            m.put(w, "snapchat");
        }
        m.put("يوتيوب", "youtube");
        for (String w : List.of("wa", "واتساب", "واتساب", "واتسب")) {
            m.put(w, "whatsapp");
        }
        for (String w : List.of("سيجنال", "سيغنال")) {
            m.put(w, "signal");
        }
        m.remove(UNKNOWN);
        return Map.copyOf(m);
    }

    /** The platform a word names ("TG" → telegram, "Tik Tok" → tiktok), or null; exact words only, so "Tél" is no Telegram. */
    static String platformOfWord(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return PLATFORM_OF_WORD.get(b.toString());
    }

    /**
     * The platform that the words around a bare {@code @name} give it, or null. Looks at most
     * {@value #CONTEXT_WINDOW} characters either side, never across a line break.
     *
     * @param at      index of the @
     * @param nameEnd index just after the name
     */
    static String contextPlatform(CharSequence text, int at, int nameEnd) {
        String before = platformBefore(text, at);
        if (before != null) {
            return before;
        }
        int to = nameEnd;
        while (to < text.length() && to - nameEnd < CONTEXT_WINDOW && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
            to++;
        }
        if (to > nameEnd && letterSoonAfter(text, nameEnd, to)) {
            Matcher after = CONTEXT_AFTER.matcher(text.subSequence(nameEnd, to));
            if (after.lookingAt()) {
                return platformOfWord(after.group(1));
            }
        }
        return null;
    }

    /**
     * The platform word standing right before the @ at {@code at}, read backwards without a regular
     * expression (this runs once per @ in the text): separators, then one word or two ("Tik Tok").
     */
    private static String platformBefore(CharSequence text, int at) {
        int i = at;
        boolean colon = false;
        while (i > 0 && at - i < 6 && BEFORE_SEPARATORS.indexOf(text.charAt(i - 1)) >= 0 && text.charAt(i - 1) != '\n') {
            colon |= text.charAt(i - 1) == ':' || text.charAt(i - 1) == '：';
            i--;
        }
        int end1 = i;
        int start1 = wordStartBefore(text, end1);
        if (start1 == end1 || start1 > 0 && Character.isLetterOrDigit(text.charAt(start1 - 1))) {
            return null;
        }
        String word = text.subSequence(start1, end1).toString();
        if (start1 >= 2 && text.charAt(start1 - 1) == ' ') {
            int start2 = wordStartBefore(text, start1 - 1);
            if (start2 < start1 - 1) {
                String two = platformOfWord(text.subSequence(start2, start1 - 1) + word);
                if (two != null) {
                    return two;
                }
            }
        }
        String platform = platformOfWord(word);
        return "x".equals(platform) && !colon ? null : platform; // a lone "x" is a letter, "X:" is the platform
    }

    /** Whether a letter comes within the few separators CONTEXT_AFTER allows: spares a matcher per @ otherwise. */
    private static boolean letterSoonAfter(CharSequence text, int from, int to) {
        for (int i = from; i < to && i - from <= 5; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            if (!Character.isWhitespace(c) && "([:-–—,".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    private static int wordStartBefore(CharSequence text, int end) {
        int i = end;
        while (i > 0 && end - i < 20 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    }
}
