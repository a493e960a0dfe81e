package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.service.ConferenceService;
import org.samling.review.model.AssignmentState;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ReviewViews;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** A reviewer's "My reviews": their assignments in one conference with state and the review deadline. */
@Named
@ViewScoped
public class MyReviewsView implements Serializable {

    @Inject
    ReviewService reviews;
    @Inject
    ConferenceService conferences;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String conferenceName;
    private List<ReviewViews.MyReview> rows = List.of();

    public void load() throws IOException {
        Pages.guard(() -> {
            conferenceName = conferences.byAcronym(acronym, localeBean.getLanguage())
                    .orElseThrow(() -> new DomainException(null, "conference.notFound")).name();
            rows = reviews.mine(currentUser.actor(), acronym, localeBean.getLanguage());
        });
    }

    public long getSubmittedCount() { return rows.stream().filter(r -> r.state() == AssignmentState.SUBMITTED).count(); }

    public List<ReviewViews.MyReview> getRows() { return rows; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getConferenceName() { return conferenceName; }
}
