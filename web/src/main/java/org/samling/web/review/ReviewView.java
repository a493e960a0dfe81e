package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewKind;
import org.samling.review.service.ReviewConflict;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ReviewViews;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The review page of one assignment: the blinded submission beside the form. The version the
 * form was loaded with stays with this view (one per browser tab), so a save from a tab that is
 * behind is refused with both texts kept: the person's in the form, the stored one shown beside it.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    @Inject
    ReviewService reviews;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private Long assignmentId;
    private transient ReviewViews.Page page;
    private final Map<String, String> scores = new HashMap<>();
    private String recommendation;
    private String confidence;
    private String toAuthors;
    private String toCommittee;
    private long version = -1;
    private String metaRecommendation;
    private String metaToAuthors;
    private String metaToCommittee;
    private long metaVersion = -1;
    private String post;
    private Instant autosavedAt;
    private boolean autosaveFailed;
    /** What was stored when a save crossed another one: shown beside the person's own text. */
    private ReviewContent crossed;
    private Instant crossedAt;

    public void load() throws IOException {
        if (Pages.guard(this::getPage)) {
            fill(page.own().content());
            version = page.own().version();
            ReviewContent m = page.meta().content();
            metaRecommendation = str(m.recommendation());
            metaToAuthors = m.toAuthors();
            metaToCommittee = m.toCommittee();
            metaVersion = page.meta().version();
        }
    }

    public ReviewViews.Page getPage() {
        if (page == null) {
            page = reviews.page(currentUser.actor(), assignmentId, localeBean.getLanguage());
        }
        return page;
    }

    /** Saves and comes back to the page's own address (so reloading it or its bookmark works). */
    public String saveDraft() {
        return save(false, false) ? again() : null;
    }

    public String submit() {
        return save(true, false) ? again() : null;
    }

    /** Saves the draft in the background (a timer on the page calls it while the person writes). */
    public void autosave() {
        save(false, true);
    }

    private String again() {
        return "/reviewer/review.xhtml?faces-redirect=true&a=" + assignmentId;
    }

    private boolean save(boolean submitIt, boolean quietly) {
        try {
            ReviewViews.Saved saved = reviews.save(currentUser.actor(), assignmentId, ReviewKind.REVIEW, content(), version,
                    submitIt, localeBean.getLanguage());
            version = saved.version();
            crossed = null;
            page = null;
            autosaveFailed = false;
            if (quietly) {
                autosavedAt = saved.updatedAt();
            } else {
                FacesMessages.flashInfo(submitIt ? "review.submitted" : "review.saved");
            }
            return true;
        } catch (DomainException e) {
            if (quietly) {
                // Said quietly beside the buttons; a deliberate save then shows what went wrong.
                autosaveFailed = true;
            } else if (e instanceof ReviewConflict c) {
                conflict(c, false);
            } else {
                FacesMessages.show(e, "review");
            }
            return false;
        }
    }

    public String saveMeta(boolean submitIt) {
        try {
            ReviewContent c = new ReviewContent(Map.of(), integer(metaRecommendation), null, metaToAuthors, metaToCommittee);
            ReviewViews.Saved saved = reviews.save(currentUser.actor(), assignmentId, ReviewKind.META, c, metaVersion,
                    submitIt, localeBean.getLanguage());
            FacesMessages.flashInfo(submitIt ? "review.metaSubmitted" : "review.saved");
            return again();
        } catch (ReviewConflict e) {
            conflict(e, true);
        } catch (DomainException e) {
            FacesMessages.show(e, "meta");
        }
        return null;
    }

    /** Keeps what the person typed, shows what is stored, and lets the next save replace it on purpose. */
    private void conflict(ReviewConflict e, boolean meta) {
        if (e.stored() != null) {
            crossed = e.stored();
            crossedAt = e.storedAt();
            if (meta) {
                metaVersion = e.storedVersion();
            } else {
                version = e.storedVersion();
            }
        }
        FacesMessages.show(e, meta ? "meta" : "review");
    }

    public String discuss() {
        try {
            reviews.discuss(currentUser.actor(), assignmentId, post);
            FacesMessages.flashInfo("discussion.posted");
            return again();
        } catch (DomainException e) {
            FacesMessages.show(e, "discussion");
            return null;
        }
    }

    private ReviewContent content() {
        Map<String, Integer> s = new LinkedHashMap<>();
        scores.forEach((k, v) -> {
            Integer i = integer(v);
            if (i != null) {
                s.put(k, i);
            }
        });
        return new ReviewContent(s, integer(recommendation), integer(confidence), toAuthors, toCommittee);
    }

    private void fill(ReviewContent c) {
        scores.clear();
        c.scores().forEach((k, v) -> scores.put(k, str(v)));
        recommendation = str(c.recommendation());
        confidence = str(c.confidence());
        toAuthors = c.toAuthors();
        toCommittee = c.toCommittee();
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    private static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean isEditable() { return getPage().open(); }

    /** A recommendation as the form names it ("3 – Weak accept"), not a bare number. */
    public String recommendationLabel(Integer value) {
        if (value == null) {
            return "";
        }
        return getPage().form().recommendation().stream().filter(p -> p.value() == value).findFirst()
                .map(p -> p.value() + " \u2013 " + p.label()).orElse(String.valueOf(value));
    }

    public Long getAssignmentId() { return assignmentId; }

    public void setAssignmentId(Long assignmentId) { this.assignmentId = assignmentId; }

    public Map<String, String> getScores() { return scores; }

    public String getRecommendation() { return recommendation; }

    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }

    public String getConfidence() { return confidence; }

    public void setConfidence(String confidence) { this.confidence = confidence; }

    public String getToAuthors() { return toAuthors; }

    public void setToAuthors(String toAuthors) { this.toAuthors = toAuthors; }

    public String getToCommittee() { return toCommittee; }

    public void setToCommittee(String toCommittee) { this.toCommittee = toCommittee; }

    public String getMetaRecommendation() { return metaRecommendation; }

    public void setMetaRecommendation(String metaRecommendation) { this.metaRecommendation = metaRecommendation; }

    public String getMetaToAuthors() { return metaToAuthors; }

    public void setMetaToAuthors(String metaToAuthors) { this.metaToAuthors = metaToAuthors; }

    public String getMetaToCommittee() { return metaToCommittee; }

    public void setMetaToCommittee(String metaToCommittee) { this.metaToCommittee = metaToCommittee; }

    public String getPost() { return post; }

    public void setPost(String post) { this.post = post; }

    public Instant getAutosavedAt() { return autosavedAt; }

    public boolean isAutosaveFailed() { return autosaveFailed; }

    public ReviewContent getCrossed() { return crossed; }

    public Instant getCrossedAt() { return crossedAt; }
}
