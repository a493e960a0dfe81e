package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.review.model.ConflictDecision;
import org.samling.review.service.ConflictService;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A chair's list of every conflict of interest with its reasons; detected ones can be confirmed or dismissed. */
@Named
@ViewScoped
public class ConflictsView implements Serializable {

    @Inject
    ConflictService conflicts;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private transient List<ConflictService.Pair> pairs;
    private Long submissionId;
    private Long reviewerId;
    private String note;

    public void load() throws IOException {
        Pages.guard(this::getPairs);
    }

    public List<ConflictService.Pair> getPairs() {
        if (pairs == null) {
            pairs = conflicts.all(currentUser.actor(), acronym, localeBean.getLanguage());
        }
        return pairs;
    }

    public void open(Long submission, Long reviewer) {
        submissionId = submission;
        reviewerId = reviewer;
        note = null;
    }

    public void confirm() {
        decide(ConflictDecision.Kind.CONFIRMED);
    }

    public void dismiss() {
        decide(ConflictDecision.Kind.DISMISSED);
    }

    private void decide(ConflictDecision.Kind kind) {
        try {
            conflicts.decide(currentUser.actor(), submissionId, reviewerId, kind, note);
            FacesMessages.info("conflict." + kind.name().toLowerCase(Locale.ROOT));
            submissionId = null;
            pairs = null;
        } catch (DomainException e) {
            FacesMessages.show(e, "decision");
        }
    }

    public void cancel() {
        submissionId = null;
    }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public Long getSubmissionId() { return submissionId; }

    public Long getReviewerId() { return reviewerId; }

    public String getNote() { return note; }

    public void setNote(String note) { this.note = note; }
}
