package org.samling.search.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed in the search box, read once: the words for the full-text search (in the
 * syntax of Hibernate Search's simple query string: {@code "phrases"}, {@code prefix*},
 * {@code -exclusions}, {@code a | b} for OR) and the field filters ({@code track:}, {@code type:},
 * {@code state:}, {@code language:}, {@code decision:}, and {@code author:} for chairs). What cannot
 * be read is not an error: it becomes a notice (a message key and its arguments) and the rest is
 * searched as well as it can be.
 */
public record SearchQuery(String text, Map<String, List<String>> filters, List<Notice> notices) {

    public static final int MAX_TERMS = 32;
    public static final int MAX_CHARS = 1000;

    /** The filters the search box knows; {@code author} only for chairs. */
    public static final List<String> FIELDS = List.of("track", "type", "state", "language", "decision", "author");

    private static final Pattern FILTER = Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}]+):(\"[^\"]*\"|[^\\s\"]+)");

    /** Something said about the query: a message key and its arguments. */
    public record Notice(String key, List<String> args) {
    }

    public SearchQuery {
        filters = Map.copyOf(filters);
        notices = List.copyOf(notices);
    }

    public List<String> filter(String field) {
        return filters.getOrDefault(field, List.of());
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    /** Reads the box's text; {@code chair} decides whether {@code author:} may be used. */
    public static SearchQuery parse(String raw, boolean chair) {
        List<Notice> notices = new ArrayList<>();
        String input = bounded(raw == null ? "" : raw.strip(), notices);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = FILTER.matcher(input);
        int last = 0;
        while (m.find()) {
            String field = m.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(m.group(2));
            if (!FIELDS.contains(field)) {
                // "Note:" or "socialrådgivning:" is text, not a filter; said once, searched as words.
                notices.add(new Notice("search.unknownField", List.of(m.group(1))));
                continue;
            }
            rest.append(input, last, m.start()).append(' ');
            last = m.end();
            if (field.equals("author") && !chair) {
                notices.add(new Notice("search.authorChairsOnly", List.of()));
                continue;
            }
            if (value.isBlank()) {
                notices.add(new Notice("search.emptyFilter", List.of(field)));
                continue;
            }
            filters.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
        }
        rest.append(input.substring(last));
        String text = words(rest.toString(), notices);
        return new SearchQuery(text, filters, notices);
    }

    /**
     * A search reads at most {@value #MAX_TERMS} words and {@value #MAX_CHARS} characters (a pasted
     * abstract would ask the index for thousands of clauses at once); the rest is left out and said.
     */
    private static String bounded(String input, List<Notice> notices) {
        String s = input.length() > MAX_CHARS ? input.substring(0, MAX_CHARS) : input;
        String[] words = s.split("\\s+");
        if (words.length > MAX_TERMS) {
            s = String.join(" ", Arrays.copyOf(words, MAX_TERMS));
        }
        if (s.length() < input.length()) {
            notices.add(new Notice("search.tooLong", List.of(String.valueOf(MAX_TERMS))));
        }
        return s;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1).strip() : v;
    }

    /** The words in simple-query-string syntax: OR becomes |, AND is the default; quotes and brackets balanced. */
    private static String words(String s, List<Notice> notices) {
        String t = s;
        if (count(t, '"') % 2 != 0) {
            notices.add(new Notice("search.unbalancedQuote", List.of()));
            int at = t.lastIndexOf('"');
            t = t.substring(0, at) + t.substring(at + 1);
        }
        int depth = 0;
        boolean broken = false;
        for (char c : t.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            broken |= depth < 0;
        }
        if (depth != 0 || broken) {
            notices.add(new Notice("search.unbalancedBracket", List.of()));
            t = t.replace('(', ' ').replace(')', ' ');
        }
        List<String> out = new ArrayList<>();
        boolean inPhrase = false;
        for (String token : t.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!inPhrase && (token.equals("OR") || token.equals("|"))) {
                out.add("|");
            } else if (!inPhrase && token.equals("AND")) {
                continue;
            } else if (!inPhrase && (token.equals("-") || token.equals("*") || token.equals("+"))) {
                notices.add(new Notice("search.strayOperator", List.of(token)));
            } else {
                out.add(token);
            }
            inPhrase ^= count(token, '"') % 2 != 0;
        }
        while (!out.isEmpty() && out.get(0).equals("|")) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).equals("|")) {
            out.remove(out.size() - 1);
        }
        return String.join(" ", out);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
