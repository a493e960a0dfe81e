package org.samling.search.persistence;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The facets a chair sees are the sums over the combined keys: each value counted once per hit. */
class FacetKeyTest {

    @Test
    void eachFacetsCountsAreSummedOverTheKeysMostFirst() {
        Map<String, Long> byKey = new LinkedHashMap<>();
        byKey.put(FacetKey.of("11", "3", "SUBMITTED", "DA", null), 40L);
        byKey.put(FacetKey.of("12", "3", "ACCEPTED", "SV", "ACCEPT"), 7L);
        byKey.put(FacetKey.of("12", "4", "REJECTED", "DA", "REJECT"), 5L);
        byKey.put(FacetKey.of(null, "4", "SUBMITTED", "OTHER", null), 2L);

        Map<String, Map<String, Long>> counts = FacetKey.counts(byKey);

        assertEquals(FacetKey.FACETS, List.copyOf(counts.keySet()));
        assertEquals(Map.of("11", 40L, "12", 12L), counts.get("track"), "no track is not a value");
        assertEquals(List.of("11", "12"), List.copyOf(counts.get("track").keySet()), "most first");
        assertEquals(Map.of("3", 47L, "4", 7L), counts.get("type"));
        assertEquals(List.of("SUBMITTED", "ACCEPTED", "REJECTED"), List.copyOf(counts.get("state").keySet()));
        assertEquals(42L, counts.get("state").get("SUBMITTED"));
        assertEquals(Map.of("DA", 45L, "SV", 7L, "OTHER", 2L), counts.get("language"));
        assertEquals(Map.of("ACCEPT", 7L, "REJECT", 5L), counts.get("decision"), "undecided is not a value");
    }

    @Test
    void tiesAreOrderedByValueAndNoHitsCountNothing() {
        Map<String, Long> byKey = Map.of(FacetKey.of("2", "1", "SUBMITTED", "EN", null), 3L,
                FacetKey.of("1", "1", "SUBMITTED", "EN", null), 3L);
        assertEquals(List.of("1", "2"), List.copyOf(FacetKey.counts(byKey).get("track").keySet()));
        assertEquals(Map.of(), FacetKey.counts(Map.of()).get("track"));
    }
}
