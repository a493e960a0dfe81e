package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.search.model.SearchResults;
import org.samling.search.model.SearchSort;
import org.samling.search.service.SearchService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;

import java.util.List;
import java.util.Locale;

/**
 * The search box through the API, by the same service and policy as the page: a reviewer's
 * results never carry authors, a visitor's cover the published programme only. Notices about the
 * query come with their text in the caller's language.
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpHeaders headers;

    /** A notice about the query: its code and its text. */
    public record Notice(String code, String message) {
    }

    /** {@code tookMillis}: the index's own time; {@code serviceMillis}: the whole search service call (policy, index, labels). */
    public record Results(long total, int page, int pageSize, List<SearchResults.Hit> hits, List<SearchResults.Facet> facets,
            List<Notice> notices, long tookMillis, double serviceMillis) {
    }

    @GET
    @Path("{acronym}")
    public Results search(@PathParam("acronym") String acronym, @QueryParam("q") @DefaultValue("") String q,
            @QueryParam("sort") @DefaultValue("RELEVANCE") String sort,
            @QueryParam("page") @DefaultValue("1") int page) {
        Language reader = ApiLanguage.of(headers);
        SearchSort order;
        try {
            order = SearchSort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("sort", "search.badSort");
        }
        long started = System.nanoTime();
        SearchResults r = search.search(currentUser.actor(), acronym, q, order, page, reader);
        double serviceMillis = Math.round((System.nanoTime() - started) / 10_000.0) / 100.0;
        return new Results(r.total(), r.page(), r.pageSize(), r.hits(), r.facets(), r.notices().stream()
                .map(n -> new Notice(n.key(), Messages.get(reader, n.key(), n.args().toArray()))).toList(), r.tookMillis(),
                serviceMillis);
    }

    @GET
    @Path("similar/{id}")
    public List<SearchService.Similar> similar(@PathParam("id") Long id) {
        return search.similar(currentUser.actor(), id, ApiLanguage.of(headers));
    }
}
