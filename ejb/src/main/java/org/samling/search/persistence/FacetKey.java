package org.samling.search.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's five facet values (track, type, state, language, decision) written as one keyword,
 * and the counts of each facet's values summed from the counts of those keywords. A search then
 * counts one field per hit instead of five: with tens of thousands of hits, counting five fields
 * took most of the index's time (measured: BENCHMARKS.md, "Search"). A conference has few distinct
 * combinations (tracks x types x states x languages x decisions that occur), so the sums are cheap.
 */
public final class FacetKey {

    /** The facets, in the order of their values in a key. */
    public static final List<String> FACETS = List.of("track", "type", "state", "language", "decision");
    /** More combinations than a conference can have: every one is counted. */
    public static final int MAX_KEYS = 100_000;
    private static final String SEPARATOR = "\u001f";

    private FacetKey() {
    }

    /** The key of a document; a missing value (no track, no decision yet) is empty. */
    public static String of(String track, String type, String state, String language, String decision) {
        return String.join(SEPARATOR, nullToEmpty(track), nullToEmpty(type), nullToEmpty(state), nullToEmpty(language),
                nullToEmpty(decision));
    }

    /**
     * For each facet, its values with how many hits have each, most first (then by value); missing
     * values are not counted. {@code byKey} holds how many hits have each key.
     */
    public static Map<String, Map<String, Long>> counts(Map<String, Long> byKey) {
        List<Map<String, Long>> sums = new ArrayList<>();
        FACETS.forEach(f -> sums.add(new HashMap<>()));
        byKey.forEach((key, count) -> {
            String[] values = key.split(SEPARATOR, -1);
            for (int i = 0; i < FACETS.size() && i < values.length; i++) {
                if (!values[i].isEmpty()) {
                    sums.get(i).merge(values[i], count, Long::sum);
                }
            }
        });
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (int i = 0; i < FACETS.size(); i++) {
            Map<String, Long> ordered = new LinkedHashMap<>();
            sums.get(i).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            out.put(FACETS.get(i), ordered);
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
