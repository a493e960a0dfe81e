package org.samling.search.service;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.samling.search.model.SearchQuery;
import org.samling.search.model.SearchScope;
import org.samling.search.persistence.NordicAnalysis;
import org.samling.search.persistence.ScoreField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index query of a search: the scope, the policy's states and fields, the filters and the
 * words; and what a hit reads back from the index alone.
 */
public final class SearchPredicates {

    private SearchPredicates() {
    }

    /** What a hit shows, read from the index alone: id, title, abstract, track, type, state, language, decision, score, authors. */
    static List<SearchProjection<?>> projections(SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> list = new ArrayList<>();
        list.add(f.id(Long.class).toProjection());
        list.add(f.field("title_folded", String.class).toProjection());
        list.add(f.field("abstract_folded", String.class).toProjection());
        list.add(f.field("track", String.class).toProjection());
        list.add(f.field("type", String.class).toProjection());
        list.add(f.field("state", String.class).toProjection());
        list.add(f.field("language", String.class).toProjection());
        list.add(f.field("decision", String.class).toProjection());
        list.add(ScoreField.projection(f));
        list.add(f.field("author_names", String.class).multi().toProjection());
        return list;
    }

    private static String[] textFields(boolean pdf, boolean authors) {
        List<String> fields = new ArrayList<>();
        for (String part : pdf ? List.of("title_", "abstract_", "pdf_") : List.of("title_", "abstract_")) {
            for (String suffix : NordicAnalysis.SUFFIXES) {
                fields.add(part + suffix);
            }
            fields.add(part + "folded");
        }
        if (authors) {
            fields.add("authors");
        }
        return fields.toArray(String[]::new);
    }

    /** Scope, filters and the words. */
    static PredicateFinalStep of(SearchPolicy policy, SearchPredicateFactory f, Long conferenceId, List<String> states,
            Set<Long> conflicted, Set<Long> published, SearchQuery q, SearchFilters.Resolved filters,
            SearchScope scope) {
        BooleanPredicateClausesStep<?> b = f.bool().filter(f.match().field("conference").matching(conferenceId))
                .filter(f.terms().field("state").matchingAny(states));
        if (policy.onlyPublished(scope)) {
            b = b.filter(f.id().matchingAny(published));
        }
        if (!conflicted.isEmpty()) {
            b = b.mustNot(f.id().matchingAny(conflicted));
        }
        for (Map.Entry<String, List<String>> e : filters.byField().entrySet()) {
            b = b.filter(f.terms().field(e.getKey()).matchingAny(e.getValue()));
        }
        if (policy.canSearchAuthors(scope)) {
            for (String author : filters.authors()) {
                b = b.filter(f.simpleQueryString().field("authors").matching(author).defaultOperator(BooleanOperator.AND));
            }
        }
        if (q.hasText()) {
            b = b.must(switch (policy.pdfText(scope)) {
                case ALL -> f.simpleQueryString().fields(textFields(true, policy.canSearchAuthors(scope))).matching(q.text())
                        .defaultOperator(BooleanOperator.AND);
                case NONE -> f.simpleQueryString().fields(textFields(false, false)).matching(q.text())
                        .defaultOperator(BooleanOperator.AND);
                // A PDF's text only where the committee may read that PDF (it names no author).
                case WHERE_READABLE -> f.bool()
                        .should(f.simpleQueryString().fields(textFields(false, false)).matching(q.text())
                                .defaultOperator(BooleanOperator.AND))
                        .should(f.bool().filter(f.match().field("pdf_open").matching(true))
                                .must(f.simpleQueryString().fields(textFields(true, false)).matching(q.text())
                                        .defaultOperator(BooleanOperator.AND)));
            });
        } else {
            b = b.must(f.matchAll());
        }
        return b;
    }
}
