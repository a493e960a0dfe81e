package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.assignment.model.AssignmentChange;
import org.samling.assignment.model.AssignmentPlan;
import org.samling.assignment.service.AssignmentOverview;
import org.samling.assignment.service.AssignmentPreview;
import org.samling.assignment.service.AssignmentService;
import org.samling.review.model.AssignmentSource;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A chair assigns reviewers by hand: each pick (add or remove) goes into a plan, the plan is
 * checked and previewed as it grows, and nothing changes until the chair applies it.
 */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    @Inject
    AssignmentService assignments;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private transient AssignmentOverview overview;
    private transient AssignmentPreview preview;
    private final List<AssignmentChange> plan = new ArrayList<>();
    private final Map<Long, String> chosen = new HashMap<>();

    public void load() throws IOException {
        Pages.guard(this::getOverview);
    }

    public AssignmentOverview getOverview() {
        if (overview == null) {
            overview = assignments.overview(currentUser.actor(), acronym, localeBean.getLanguage());
        }
        return overview;
    }

    public AssignmentPreview getPreview() {
        if (preview == null && !plan.isEmpty()) {
            preview = assignments.preview(currentUser.actor(), plan(), localeBean.getLanguage());
        }
        return preview;
    }

    /** Adds the reviewer picked for a submission to the plan. */
    public void planAdd(Long submissionId) {
        String pick = chosen.get(submissionId);
        if (pick == null || pick.isBlank()) {
            FacesMessages.error("assignments.pickReviewer");
            return;
        }
        plan.add(AssignmentChange.add(submissionId, Long.valueOf(pick)));
        chosen.remove(submissionId);
        preview = null;
    }

    public void planRemove(Long submissionId, Long accountId) {
        plan.add(AssignmentChange.remove(submissionId, accountId));
        preview = null;
    }

    public void drop(int index) {
        if (index >= 0 && index < plan.size()) {
            plan.remove(index);
        }
        preview = null;
    }

    public void clear() {
        plan.clear();
        preview = null;
    }

    public void apply() {
        try {
            int n = plan.size();
            assignments.apply(currentUser.actor(), plan(), localeBean.getLanguage());
            plan.clear();
            overview = null;
            preview = null;
            FacesMessages.info("assignments.applied", n);
        } catch (DomainException e) {
            preview = null;
            FacesMessages.show(e, "plan");
        }
    }

    public void askForMetaReview(Long assignmentId) {
        try {
            assignments.askForMetaReview(currentUser.actor(), assignmentId);
            overview = null;
            FacesMessages.info("assignments.metaAsked");
        } catch (DomainException e) {
            FacesMessages.show(e, "assignments");
        }
    }

    private AssignmentPlan plan() {
        return new AssignmentPlan(acronym, AssignmentSource.MANUAL, plan);
    }

    public List<AssignmentChange> getPlan() { return plan; }

    public Map<Long, String> getChosen() { return chosen; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }
}
