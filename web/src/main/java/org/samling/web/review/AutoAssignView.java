package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.assignment.service.AssignmentOverview;
import org.samling.assignment.service.AssignmentService;
import org.samling.assignment.service.AutoAssignmentJobs;
import org.samling.assignment.service.AutoAssignmentOptions;
import org.samling.assignment.service.AutoAssignmentResult;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Messages;
import org.samling.shared.DomainException;
import org.samling.shared.JobState;
import org.samling.web.support.Charts;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chair's automatic assignment: options, a run in the background with its progress, then the
 * proposal (totals, a load chart, each new pair with why), pins and forbidden pairs for another
 * run, and applying it through the assignment pipeline.
 */
@Named
@ViewScoped
public class AutoAssignView implements Serializable {

    @Inject
    AutoAssignmentJobs jobs;
    @Inject
    AssignmentService assignments;
    @Inject
    ConferenceService conferences;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private int k = 3;
    private double bidWeight = AutoAssignmentOptions.defaults().bidWeight();
    private double topicWeight = AutoAssignmentOptions.defaults().topicWeight();
    private double textWeight = AutoAssignmentOptions.defaults().textWeight();
    private int institutionCap;
    private boolean fair;
    private boolean scandinavian = true;
    private final List<String> pinned = new ArrayList<>();
    private final List<String> forbidden = new ArrayList<>();
    private String pinSubmission;
    private String pinReviewer;
    private Long runId;
    private transient AutoAssignmentJobs.Status status;
    private transient AssignmentOverview overview;
    private Map<String, String> trackNames = Map.of();

    public void load() throws IOException {
        Pages.guard(() -> {
            getOverview();
            trackNames = conferences.callDetails(acronym, localeBean.getLanguage()).orElseThrow().tracks().stream()
                    .collect(Collectors.toMap(t -> String.valueOf(t.id()), CallDetails.TrackView::name));
        });
    }

    public AssignmentOverview getOverview() {
        if (overview == null) {
            overview = assignments.overview(currentUser.actor(), acronym, localeBean.getLanguage());
        }
        return overview;
    }

    public void run() {
        try {
            runId = jobs.start(currentUser.actor(), acronym, new AutoAssignmentOptions(k, bidWeight, topicWeight, textWeight,
                    institutionCap, fair, scandinavian, pinned, forbidden), localeBean.getLanguage());
            status = null;
        } catch (DomainException e) {
            FacesMessages.show(e, "options");
        }
    }

    public AutoAssignmentJobs.Status getStatus() {
        if (status == null && runId != null) {
            status = jobs.status(currentUser.actor(), runId, localeBean.getLanguage());
        }
        return status;
    }

    /** Read again on each poll. */
    public void poll() {
        status = null;
    }

    public boolean isRunning() { return getStatus() != null && !getStatus().state().over(); }

    public AutoAssignmentResult getResult() { return getStatus() == null ? null : getStatus().result(); }

    public boolean isFailed() { return getStatus() != null && getStatus().state() == JobState.FAILED; }

    public void forbid(Long submissionId, Long accountId) {
        forbidden.add(submissionId + ":" + accountId);
        run();
    }

    public void pin() {
        if (pinSubmission == null || pinSubmission.isBlank() || pinReviewer == null || pinReviewer.isBlank()) {
            FacesMessages.error("autoAssign.pinPick");
            return;
        }
        pinned.add(pinSubmission + ":" + pinReviewer);
        run();
    }

    public void clearPins() {
        pinned.clear();
        forbidden.clear();
    }

    public void apply() {
        try {
            int n = jobs.apply(currentUser.actor(), acronym, runId, localeBean.getLanguage());
            runId = null;
            status = null;
            overview = null;
            FacesMessages.info("assignments.applied", n);
        } catch (DomainException e) {
            FacesMessages.show(e, "result");
        }
    }

    /** A shortfall in the reader's words; a track is named by its name. */
    public String shortfall(AutoAssignmentResult.Shortfall s) {
        String subject = "group".equals(s.kind()) ? trackNames.getOrDefault(s.subject(), s.subject()) : s.subject();
        return Messages.get(localeBean.getLocale(), "autoAssign.short." + s.kind(), subject, s.needed(), s.available());
    }

    /** The loads before and after, and the maximum, as a bar chart for p:chart (the table beside it says the same). */
    public String getLoadChart() {
        AutoAssignmentResult r = getResult();
        if (r == null) {
            return "{}";
        }
        var locale = localeBean.getLocale();
        List<AutoAssignmentResult.Load> loads = r.loads();
        return Charts.bar(loads.stream().map(AutoAssignmentResult.Load::name).toList(), List.of(
                new Charts.Series(Messages.get(locale, "autoAssign.loadBefore"), "#8a8f98",
                        loads.stream().map(AutoAssignmentResult.Load::before).toList()),
                new Charts.Series(Messages.get(locale, "autoAssign.loadAfter"), "#0b5c8c",
                        loads.stream().map(AutoAssignmentResult.Load::after).toList()),
                new Charts.Series(Messages.get(locale, "autoAssign.loadMax"), "#f0a500",
                        loads.stream().map(AutoAssignmentResult.Load::max).toList())),
                false);
    }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public int getK() { return k; }

    public void setK(int k) { this.k = k; }

    public double getBidWeight() { return bidWeight; }

    public void setBidWeight(double bidWeight) { this.bidWeight = bidWeight; }

    public double getTopicWeight() { return topicWeight; }

    public void setTopicWeight(double topicWeight) { this.topicWeight = topicWeight; }

    public double getTextWeight() { return textWeight; }

    public void setTextWeight(double textWeight) { this.textWeight = textWeight; }

    public int getInstitutionCap() { return institutionCap; }

    public void setInstitutionCap(int institutionCap) { this.institutionCap = institutionCap; }

    public boolean isFair() { return fair; }

    public void setFair(boolean fair) { this.fair = fair; }

    public boolean isScandinavian() { return scandinavian; }

    public void setScandinavian(boolean scandinavian) { this.scandinavian = scandinavian; }

    public List<String> getPinned() { return pinned; }

    public List<String> getForbidden() { return forbidden; }

    public String getPinSubmission() { return pinSubmission; }

    public void setPinSubmission(String pinSubmission) { this.pinSubmission = pinSubmission; }

    public String getPinReviewer() { return pinReviewer; }

    public void setPinReviewer(String pinReviewer) { this.pinReviewer = pinReviewer; }

    public Long getRunId() { return runId; }
}
