package org.samling.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.review.service.ReviewReading;
import org.samling.review.service.ReviewViews;
import org.samling.search.service.SearchService;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.util.List;

/**
 * A chair's page of one submission: its reviews in full with the discussion (what the chair decides
 * on), and the submissions most like it (one abstract sent to two tracks shows here).
 */
@Named
@RequestScoped
public class ChairSubmissionView {

    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    SearchService search;
    @Inject
    ReviewReading reviewReading;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private Long id;
    private ChairSubmissionService.Detail detail;
    private List<SearchService.Similar> similar;
    private ReviewViews.ForChairs reviews;

    public void load() throws IOException {
        Pages.guard(() -> {
            detail = chairSubmissions.one(currentUser.actor(), id, localeBean.getLanguage());
            reviews = reviewReading.forChairs(currentUser.actor(), id, localeBean.getLanguage());
            similar = search.similar(currentUser.actor(), id, localeBean.getLanguage());
        });
    }

    public ChairSubmissionService.Detail getDetail() { return detail; }

    public ReviewViews.ForChairs getReviews() { return reviews; }

    public List<SearchService.Similar> getSimilar() { return similar; }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }
}
