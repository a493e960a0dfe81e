package org.samling.search.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of results with the facets over all of them. Titles and snippets are HTML: the text is
 * escaped and only the {@code <mark>} of a highlighted match is markup. Authors are there only for
 * those who may see them (otherwise null). {@code tookMillis} is the index's own time for the query
 * (matching, facets, the page's stored fields), as the backend reports it; the highlighting that
 * follows in memory is not in it.
 */
public record SearchResults(long total, int page, int pageSize, List<Hit> hits, List<Facet> facets,
        List<SearchQuery.Notice> notices, long tookMillis) {

    /** One result. */
    public record Hit(Long id, String titleHtml, String snippetHtml, String track, String kind, String state,
            String language, String decision, BigDecimal score, List<String> authors) {
    }

    /** The counts of one field's values among all the results, e.g. tracks. */
    public record Facet(String field, List<FacetValue> values) {
    }

    /**
     * One value of a facet, its label in the reader's language, how many results have it, whether
     * the search is narrowed to it, and the query that narrows to it (or widens again when selected).
     */
    public record FacetValue(String value, String label, long count, boolean selected, String toggleQuery) {
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
