package org.samling.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.search.model.SearchResults;
import org.samling.search.model.SearchScope;
import org.samling.search.model.SearchSort;
import org.samling.search.service.ReindexJobs;
import org.samling.search.service.SearchPolicy;
import org.samling.search.service.SearchService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The search page: a GET form (so a search is a link one can keep or send), the results with
 * facets and paging, and for chairs the rebuild of the index with its progress.
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    @Inject
    SearchService search;
    @Inject
    SearchPolicy policy;
    @Inject
    ReindexJobs reindex;
    @Inject
    ConferenceService conferences;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String q;
    private String sort;
    private Integer page;
    private transient SearchResults results;
    private transient ConferenceView conference;
    private transient ReindexJobs.Status reindexStatus;
    private SearchScope scope;

    public void load() throws IOException {
        Pages.guard(() -> {
            conference = conferences.byAcronym(acronym == null ? "" : acronym, localeBean.getLanguage())
                    .orElseThrow(() -> new DomainException(null, "conference.notFound"));
            scope = policy.scope(currentUser.actor(), conference.id());
            getResults();
        });
    }

    public SearchResults getResults() {
        if (results == null) {
            results = search.search(currentUser.actor(), acronym, q, getSortValue(), page == null ? 1 : page,
                    localeBean.getLanguage());
        }
        return results;
    }

    public ConferenceView getConference() {
        if (conference == null) {
            conference = conferences.byAcronym(acronym, localeBean.getLanguage()).orElseThrow();
        }
        return conference;
    }

    public boolean isChair() { return scope == SearchScope.CHAIR; }

    public boolean isPublicScope() { return scope == SearchScope.PUBLIC; }

    public SearchSort getSortValue() {
        try {
            return sort == null || sort.isBlank() ? SearchSort.RELEVANCE : SearchSort.valueOf(sort);
        } catch (IllegalArgumentException e) {
            return SearchSort.RELEVANCE;
        }
    }

    public List<SearchSort> getSorts() { return policy.sorts(currentUser.actor(), getConference().id()); }

    /** The address of this search with another query (a facet's toggle) or another page. */
    public String link(String query, int toPage) {
        return "/search.xhtml?c=" + enc(acronym) + "&q=" + enc(query == null ? "" : query) + "&sort=" + getSortValue().name()
                + (toPage > 1 ? "&page=" + toPage : "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A chair starts the rebuild; the page then polls its progress. */
    public void startReindex() {
        try {
            reindex.start(currentUser.actor(), acronym, localeBean.getLanguage());
            reindexStatus = null;
            FacesMessages.info("reindex.started");
        } catch (DomainException e) {
            FacesMessages.show(e, "reindex");
        }
    }

    public void poll() {
        reindexStatus = null;
    }

    public ReindexJobs.Status getReindexStatus() {
        if (reindexStatus == null && isChair()) {
            reindexStatus = reindex.latest(currentUser.actor(), acronym, localeBean.getLanguage()).orElse(null);
        }
        return reindexStatus;
    }

    public boolean isReindexRunning() {
        ReindexJobs.Status s = getReindexStatus();
        return s != null && !s.state().over();
    }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getQ() { return q; }

    public void setQ(String q) { this.q = q; }

    public String getSort() { return sort; }

    public void setSort(String sort) { this.sort = sort; }

    public Integer getPage() { return page; }

    public void setPage(Integer page) { this.page = page; }
}
