package org.samling.search.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.Catalogue;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.program.service.PublishedPrograms;
import org.samling.review.service.ConflictService;
import org.samling.review.service.ReviewVisibility;
import org.samling.review.service.ScoreVisibility;
import org.samling.search.model.SearchQuery;
import org.samling.search.model.SearchResults;
import org.samling.search.model.SearchScope;
import org.samling.search.model.SearchSort;
import org.samling.search.persistence.FacetKey;
import org.samling.search.persistence.NordicAnalysis;
import org.samling.search.persistence.ScoreField;
import org.samling.search.persistence.SearchEngine;
import org.samling.search.persistence.SubmissionIndexBinder;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The one search box, for chairs and the committee, over the Hibernate Search index: full text in
 * the submission's own language (stemmed) and folded, field filters, facets with counts, paging,
 * sorting by relevance, date or score, highlighted titles and snippets. What it covers and which
 * fields it may touch is the {@link SearchPolicy}'s; the same call serves the page and the API.
 */
@Stateless
public class SearchService {

    public static final int PAGE_SIZE = 20;
    /** A search takes at most this long; what was found by then is shown. */
    static final Duration MAX_TIME = Duration.ofSeconds(3);
    private static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    ConflictService conflicts;
    @Inject
    SearchPolicy policy;
    @Inject
    ReviewVisibility reviewVisibility;
    @Inject
    SearchEngine engine;

    /** One similar submission: its title, track and how alike (the more-like-this score, higher is closer). */
    public record Similar(Long id, String title, String track, String state, double likeness) {
    }

    public SearchResults search(Actor actor, String acronym, String raw, SearchSort sort, int page, Language reader) {
        Catalogue call = conferences.catalogue(acronym == null ? "" : acronym, reader)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
        Long conferenceId = call.conferenceId();
        SearchScope scope = policy.scope(actor, conferenceId);
        SearchQuery q = SearchQuery.parse(raw, policy.canSearchAuthors(scope));
        List<SearchQuery.Notice> notices = new ArrayList<>(q.notices());
        int p = Math.max(1, Math.min(page, MAX_PAGE));
        Set<Long> published = policy.onlyPublished(scope) ? publishedPrograms.publishedSubmissionIds(conferenceId) : Set.of();
        if (policy.onlyPublished(scope) && published.isEmpty()) {
            notices.add(new SearchQuery.Notice("search.programmeOnly", List.of()));
            return new SearchResults(0, 1, PAGE_SIZE, List.of(), List.of(), notices, 0);
        }
        Set<Long> conflicted = scope == SearchScope.COMMITTEE
                ? conflicts.conflictedFor(conferenceId, accounts.require(actor))
                : Set.of();
        SearchFilters.Resolved filters = SearchFilters.resolve(q, call, policy.states(SearchScope.CHAIR), reader, notices);
        List<String> states = policy.states(scope);
        // The others' judgement (a mean, an order by it) only where the review policy lets this person see it.
        ScoreVisibility scores = reviewVisibility.scores(actor, conferenceId);
        SearchSort order = sort == null ? SearchSort.RELEVANCE : sort;
        if (!policy.sorts(actor, conferenceId).contains(order)) {
            notices.add(new SearchQuery.Notice("search.scoreSortChairsOnly", List.of()));
            order = SearchSort.RELEVANCE;
        }
        SearchSort ordered = order;

        AggregationKey<Map<String, Long>> facetKeys = AggregationKey.of(SubmissionIndexBinder.FACETS);
        SearchSession session = Search.session(em);
        var query = session.search(Submission.class)
                .select(f -> f.composite().from(SearchPredicates.projections(f).toArray(
                        SearchProjection<?>[]::new)).asList())
                .where(f -> SearchPredicates.of(policy, f, conferenceId, states, conflicted, published, q, filters, scope))
                .sort(f -> switch (ordered) {
                    case DATE -> f.field("submitted").desc().missing().last().then().score();
                    case SCORE -> ScoreField.bestFirst(f);
                    case RELEVANCE -> f.score().then().field("submitted").desc().missing().last();
                });
        // Counts over the results as narrowed (a selected value is widened again by its toggle), of all
        // five facets at once (see FacetKey).
        SearchResult<List<?>> result;
        try {
            result = query.aggregation(facetKeys, f -> f.terms().field(SubmissionIndexBinder.FACETS, String.class)
                    .maxTermCount(FacetKey.MAX_KEYS)).truncateAfter(MAX_TIME.toMillis(), TimeUnit.MILLISECONDS)
                    .fetch((p - 1) * PAGE_SIZE, PAGE_SIZE);
        } catch (SearchException e) {
            if (SearchEngine.unreachable(e)) {
                // OpenSearch is down or not answering: said, and the rest of the site goes on working.
                throw new DomainException("q", "search.unavailable");
            }
            // A query the index cannot run (too many words once stemmed and spread over the fields): said, never a 500.
            throw new DomainException("q", "search.tooComplex");
        }

        // Keyed as the index keeps track and type: by id as text.
        Map<String, String> trackNames = new LinkedHashMap<>();
        call.tracks().forEach(t -> trackNames.put(t.id().toString(), t.name()));
        Map<String, CallDetails.TypeView> types = new LinkedHashMap<>();
        call.types().forEach(t -> types.put(t.id().toString(), t));
        Map<Long, String[]> marked = q.hasText() && !result.hits().isEmpty()
                ? highlights(result.hits(), q)
                : Map.of();
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row, marked.getOrDefault((Long) row.get(0), new String[2]), scope, scores, trackNames, types));
        }
        List<SearchResults.Facet> facets = new ArrayList<>();
        Map<String, Map<String, Long>> countsByFacet = FacetKey.counts(result.aggregation(facetKeys));
        for (String facet : FacetKey.FACETS) {
            Map<String, Long> counts = countsByFacet.get(facet);
            List<SearchResults.FacetValue> values = new ArrayList<>();
            counts.forEach((value, count) -> {
                String token = SearchFilters.token(facet, value, trackNames, types);
                if (token == null) {
                    return;
                }
                boolean selected = filters.byField().getOrDefault(facet, List.of()).contains(value);
                values.add(new SearchResults.FacetValue(token, SearchFilters.label(facet, value, trackNames, types, reader),
                        count, selected,
                        SearchFilters.toggle(raw, facet, token, selected)));
            });
            if (!values.isEmpty()) {
                facets.add(new SearchResults.Facet(facet, values));
            }
        }
        return new SearchResults(result.total().hitCount(), p, PAGE_SIZE, hits, facets, notices, result.took().toMillis());
    }

    /**
     * The submissions of the latest published programme that a visitor's query matches, all of
     * them (the public programme page shows them in its own order), with the query's notices.
     */
    public PublicMatches publishedMatches(String acronym, String raw, Language reader) {
        Catalogue call = conferences.catalogue(acronym == null ? "" : acronym, reader)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
        Long conferenceId = call.conferenceId();
        SearchQuery q = SearchQuery.parse(raw, false);
        List<SearchQuery.Notice> notices = new ArrayList<>(q.notices());
        Set<Long> published = publishedPrograms.publishedSubmissionIds(conferenceId);
        if (published.isEmpty()) {
            return new PublicMatches(Set.of(), notices);
        }
        SearchFilters.Resolved filters = SearchFilters.resolve(q, call, policy.states(SearchScope.CHAIR), reader, notices);
        List<Long> ids;
        try {
            ids = Search.session(em).search(Submission.class).select(f -> f.id(Long.class))
                    .where(f -> SearchPredicates.of(policy, f, conferenceId, policy.states(SearchScope.PUBLIC), Set.of(),
                            published,
                            q, filters,
                            SearchScope.PUBLIC))
                    .fetchHits(published.size());
        } catch (SearchException e) {
            if (!SearchEngine.unreachable(e)) {
                throw e;
            }
            notices.add(new SearchQuery.Notice("search.unavailable", List.of()));
            return new PublicMatches(Set.of(), notices);
        }
        return new PublicMatches(new LinkedHashSet<>(ids), notices);
    }

    /** What a visitor's programme search found: submission ids, and what the query could not read. */
    public record PublicMatches(Set<Long> submissionIds, List<SearchQuery.Notice> notices) {
    }

    /** Submissions like this one (words of its title, abstract and keywords, folded), for its chairs. */
    public List<Similar> similar(Actor actor, Long submissionId, Language reader) {
        Submission s = em.find(Submission.class, submissionId);
        if (s == null || !policy.canSeeSimilar(policy.scope(actor, s.getConferenceId()))) {
            throw new DomainException(null, "submission.notFound");
        }
        var c = s.content();
        String text = c.title() + "\n" + c.abstractText() + "\n" + String.join(" ", c.keywords());
        String acronym = conferences.byId(s.getConferenceId(), reader).orElseThrow().acronym();
        Map<Long, String> trackNames = new LinkedHashMap<>();
        conferences.catalogue(acronym, reader).orElseThrow().tracks().forEach(t -> trackNames.put(t.id(), t.name()));
        List<Similar> out = new ArrayList<>();
        List<List<?>> rows;
        try {
            rows = Search.session(em).search(Submission.class)
                    .select(f -> f.composite().from(f.entity(), f.score()).asList())
                    .where(f -> f.bool().must(engine.likeThis(f, text))
                            .filter(f.match().field("conference").matching(s.getConferenceId()))
                            .filter(f.terms().field("state").matchingAny(policy.states(SearchScope.CHAIR)))
                            .mustNot(f.id().matching(submissionId)))
                    .fetchHits(5);
        } catch (SearchException e) {
            if (SearchEngine.unreachable(e)) {
                // The submission page still shows; only this list is missing while the engine is away.
                return List.of();
            }
            throw e;
        }
        for (List<?> row : rows) {
            Submission other = (Submission) row.get(0);
            out.add(new Similar(other.getId(), other.getTitle(), trackNames.getOrDefault(other.getTrackId(), ""),
                    other.getState().name(), ((Number) row.get(1)).doubleValue()));
        }
        return out;
    }

    /** The highlighted title and snippet of each hit on the page, from its stored text (see {@link Highlighting}). */
    private Map<Long, String[]> highlights(List<List<?>> rows, SearchQuery q) {
        Highlighting highlighting = new Highlighting(NordicAnalysis::analyzer, q.text());
        Map<Long, String[]> out = new HashMap<>();
        for (List<?> row : rows) {
            String language = (String) row.get(6);
            AbstractLanguage l = language == null || language.equals("OTHER") ? null : AbstractLanguage.valueOf(language);
            out.put((Long) row.get(0), highlighting.mark(l, (String) row.get(1), (String) row.get(2)));
        }
        return out;
    }

    private SearchResults.Hit hit(List<?> row, String[] marked, SearchScope scope, ScoreVisibility scores,
            Map<String, String> trackNames, Map<String, CallDetails.TypeView> types) {
        Long id = (Long) row.get(0);
        String storedTitle = (String) row.get(1);
        String storedAbstract = (String) row.get(2);
        String track = (String) row.get(3);
        String typeId = (String) row.get(4);
        Double score = scores.covers(id) ? (Double) row.get(8) : null;
        @SuppressWarnings("unchecked")
        List<String> authors = (List<String>) row.get(9);
        String title = marked[0];
        String snippet = marked[1];
        if (title == null) {
            title = Highlighting.escape(storedTitle == null ? "" : storedTitle);
        }
        if (snippet == null) {
            String text = storedAbstract == null ? "" : storedAbstract;
            snippet = Highlighting.escape(text.length() > 240 ? text.substring(0, 240) + "…" : text);
        }
        CallDetails.TypeView type = types.get(typeId);
        String language = (String) row.get(6);
        return new SearchResults.Hit(id, title, snippet, trackNames.getOrDefault(track, ""),
                type == null ? null : type.kind().name(), (String) row.get(5), "OTHER".equals(language) ? null : language,
                (String) row.get(7), score == null ? null : BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP),
                policy.canSearchAuthors(scope) ? List.copyOf(authors) : null);
    }
}
