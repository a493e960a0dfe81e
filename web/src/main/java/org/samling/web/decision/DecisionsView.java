package org.samling.web.decision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Outcome;
import org.samling.decision.service.DecisionRanking;
import org.samling.decision.service.DecisionService;
import org.samling.decision.service.DecisionViews;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.review.model.ScalePoint;
import org.samling.review.service.ReviewFormService;
import org.samling.shared.DomainException;
import org.samling.web.support.Charts;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The chairs' ranking: every submission under review with its score statistics, filtered by words,
 * track, decision or disagreement; decisions for the ticked ones; a preview of the mail; sending.
 */
@Named
@ViewScoped
public class DecisionsView implements Serializable {

    @Inject
    DecisionService decisions;
    @Inject
    DecisionRanking rankings;
    @Inject
    ConferenceService conferences;
    @Inject
    ReviewFormService reviewForms;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String query;
    private String track;
    private String decisionFilter;
    private boolean disagreementOnly;
    private final Map<Long, Boolean> ticked = new HashMap<>();
    private String outcome;
    private String acceptedType;
    private String note;
    private boolean confirm;
    private transient DecisionViews.Ranking ranking;
    private transient List<DecisionViews.Mail> preview;
    private String previewTitle;
    private List<CallDetails.TypeView> types = List.of();
    private List<CallDetails.TrackView> tracks = List.of();
    private Map<Integer, String> recommendations = Map.of();

    public void load() throws IOException {
        Pages.guard(() -> {
            getRanking();
            CallDetails call = conferences.callDetails(acronym, localeBean.getLanguage()).orElseThrow();
            types = call.types();
            tracks = call.tracks();
            Language l = localeBean.getLanguage();
            recommendations = reviewForms.form(currentUser.actor(), acronym, l).definition().recommendation().stream()
                    .collect(Collectors.toMap(ScalePoint::value, p -> p.label(l)));
        });
    }

    public DecisionViews.Ranking getRanking() {
        if (ranking == null) {
            ranking = rankings.ranking(currentUser.actor(), acronym, localeBean.getLanguage());
        }
        return ranking;
    }

    /** The rows the filters let through. */
    public List<DecisionViews.Row> getRows() {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<DecisionViews.Row> out = new ArrayList<>();
        for (DecisionViews.Row r : getRanking().rows()) {
            if (!q.isEmpty() && !r.title().toLowerCase(Locale.ROOT).contains(q)) {
                continue;
            }
            if (track != null && !track.isBlank() && !track.equals(r.track())) {
                continue;
            }
            if (decisionFilter != null && !decisionFilter.isBlank()
                    && !decisionFilter.equals(r.decision() == null ? "NONE" : r.decision().name())) {
                continue;
            }
            if (disagreementOnly && !r.stats().disagreement()) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    public void filter() {
        ranking = null;
    }

    public void decide() {
        try {
            List<Long> ids = ticked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey)
                    .toList();
            int n = decisions.decide(currentUser.actor(), acronym, ids, outcome == null || outcome.isBlank()
                    ? null
                    : Outcome.valueOf(outcome),
                    acceptedType == null || acceptedType.isBlank() ? null : Long.valueOf(acceptedType),
                    note, confirm, localeBean.getLanguage());
            ticked.clear();
            confirm = false;
            ranking = null;
            FacesMessages.info("decision.decided", n);
        } catch (DomainException e) {
            FacesMessages.show(e, "ranking");
        }
    }

    public void preview(Long submissionId, String title) {
        try {
            preview = decisions.preview(currentUser.actor(), submissionId, localeBean.getLanguage());
            previewTitle = title;
        } catch (DomainException e) {
            FacesMessages.show(e, "ranking");
        }
    }

    /** Gives a withdrawn acceptance's place to the waitlisted submission offered (the authors are told at the next sending). */
    public void acceptOffer(Long candidateId) {
        try {
            decisions.decide(currentUser.actor(), acronym, List.of(candidateId), Outcome.ACCEPT, null,
                    Messages.get(localeBean.getLocale(), "decision.offerNote"), true, localeBean.getLanguage());
            ranking = null;
            FacesMessages.info("decision.decided", 1);
        } catch (DomainException e) {
            FacesMessages.show(e, "ranking");
        }
    }

    public void send() {
        try {
            int n = decisions.send(currentUser.actor(), acronym, localeBean.getLanguage());
            ranking = null;
            preview = null;
            FacesMessages.info("decision.sent", n);
        } catch (DomainException e) {
            FacesMessages.show(e, "send");
        }
    }

    /** Submissions per tenth of the mean score, as a bar chart for p:chart. */
    public String getScoreChart() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            labels.add((i * 10) + "–" + (i * 10 + 10));
        }
        return Charts.bar(labels, List.of(new Charts.Series(text("decision.chartSubmissions"), "#0b5c8c",
                getRanking().scoreHistogram())), false);
    }

    /** Decisions per track, stacked. */
    public String getTrackChart() {
        List<DecisionViews.TrackCount> t = getRanking().perTrack();
        return Charts.bar(t.stream().map(DecisionViews.TrackCount::track).toList(), List.of(
                new Charts.Series(text("decision.outcome.ACCEPT"), "#1b7f3b",
                        t.stream().map(DecisionViews.TrackCount::accepted).toList()),
                new Charts.Series(text("decision.outcome.WAITLIST"), "#f0a500",
                        t.stream().map(DecisionViews.TrackCount::waitlisted).toList()),
                new Charts.Series(text("decision.outcome.REJECT"), "#b00020",
                        t.stream().map(DecisionViews.TrackCount::rejected).toList()),
                new Charts.Series(text("decision.none"), "#8a8f98",
                        t.stream().map(DecisionViews.TrackCount::undecided).toList())),
                true);
    }

    /** Reviews submitted so far, day by day. */
    public String getProgressChart() {
        List<DecisionViews.DayCount> d = getRanking().reviewsOverTime();
        return Charts.line(d.stream().map(x -> x.day().toString()).toList(), List.of(new Charts.Series(
                text("decision.chartReviews"), "#0b5c8c", d.stream().map(DecisionViews.DayCount::submitted).toList())));
    }

    private String text(String key) {
        return Messages.get(localeBean.getLocale(), key);
    }

    public Outcome[] getOutcomes() { return Outcome.values(); }

    public List<DecisionViews.Mail> getPreview() { return preview; }

    public String getPreviewTitle() { return previewTitle; }

    public Map<Long, Boolean> getTicked() { return ticked; }

    public List<CallDetails.TypeView> getTypes() { return types; }

    public List<CallDetails.TrackView> getTracks() { return tracks; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getQuery() { return query; }

    public void setQuery(String query) { this.query = query; }

    public String getTrack() { return track; }

    public void setTrack(String track) { this.track = track; }

    public String getDecisionFilter() { return decisionFilter; }

    public void setDecisionFilter(String decisionFilter) { this.decisionFilter = decisionFilter; }

    public boolean isDisagreementOnly() { return disagreementOnly; }

    public void setDisagreementOnly(boolean disagreementOnly) { this.disagreementOnly = disagreementOnly; }

    public String getOutcome() { return outcome; }

    public void setOutcome(String outcome) { this.outcome = outcome; }

    public String getAcceptedType() { return acceptedType; }

    public void setAcceptedType(String acceptedType) { this.acceptedType = acceptedType; }

    public String getNote() { return note; }

    public void setNote(String note) { this.note = note; }

    public boolean isConfirm() { return confirm; }

    public void setConfirm(boolean confirm) { this.confirm = confirm; }

    /** The mean recommendation by the label nearest to it, "Weak accept (3.4)", not a bare number. */
    public String recommendationLabel(Double mean) {
        if (mean == null) {
            return "";
        }
        String label = recommendations.get((int) Math.round(mean));
        String figure = String.format(localeBean.getLocale(), "%.1f", mean);
        return label == null ? figure : label + " (" + figure + ")";
    }
}
