package org.samling.decision.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision mail as chairs write it, with named placeholders such as {@code {title}} that a
 * chair can read and write. Any other text, apostrophes included, is kept as written.
 */
public final class TemplateText {

    /** The placeholders a decision mail may hold, in the order the chairs' page lists them. */
    public static final List<String> NAMES = List.of("author", "title", "conference", "acceptedAs", "comments", "deadline",
            "link", "correction");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private TemplateText() {
    }

    /** The text with each known placeholder replaced by its value (missing values as empty). */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = NAMES.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The first placeholder that is not one of {@link #NAMES}, or a brace left open; empty if all can be read. */
    public static Optional<String> unreadable(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        int end = 0;
        while (m.find()) {
            String stray = stray(text.substring(end, m.start()));
            if (stray != null) {
                return Optional.of(stray);
            }
            if (!NAMES.contains(m.group(1))) {
                return Optional.of(m.group());
            }
            end = m.end();
        }
        return Optional.ofNullable(stray(text.substring(end)));
    }

    /** The brace and the word it opens (at most 20 characters), if the gap between placeholders holds one. */
    private static String stray(String gap) {
        int open = gap.indexOf('{');
        int close = gap.indexOf('}');
        int at = open < 0 ? close : close < 0 ? open : Math.min(open, close);
        if (at < 0) {
            return null;
        }
        int end = at + 1;
        while (end < gap.length() && end < at + 20 && !Character.isWhitespace(gap.charAt(end))) {
            end++;
        }
        return gap.substring(at, end);
    }
}
