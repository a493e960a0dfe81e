package org.samling.decision.service;

import org.samling.decision.model.Outcome;
import org.samling.decision.model.ScoreStats;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** What the decision pages, the API and the exports show. */
public final class DecisionViews {

    private DecisionViews() {
    }

    /** One line of the chairs' ranking. */
    public record Row(Long id, String title, String track, String kind, String language, boolean anonymityFlag,
                      int reviewsDone, int reviewsAssigned, ScoreStats stats, Outcome decision, String acceptedAs,
                      boolean told, boolean pending, String note) {
    }

    /** Accepted so far per type of contribution. */
    public record Accepted(String kind, long count) {
    }

    /** An accepted submission its authors withdrew, and the best-scored waitlisted one of its track to offer the place to. */
    public record Offer(Long withdrawnId, String withdrawnTitle, String track, Long candidateId, String candidateTitle,
                        Double candidateMean) {
    }

    /** Decisions per track. */
    public record TrackCount(String track, long accepted, long rejected, long waitlisted, long undecided) {
    }

    /** Reviews submitted by the end of a day (cumulative). */
    public record DayCount(java.time.LocalDate day, long submitted) {
    }

    /**
     * The chairs' ranking with the counts per type, and what the charts show: how many submissions
     * have a mean score in each tenth (0-10, ..., 90-100), decisions per track, reviews over time.
     */
    public record Ranking(List<Row> rows, List<Accepted> accepted, long pending, boolean mayNotifyNow,
                          java.time.LocalDate notificationDate, List<Integer> scoreHistogram, List<TrackCount> perTrack,
                          List<DayCount> reviewsOverTime, List<Offer> offers) {
    }

    /** One mail as it would go out. */
    public record Mail(String to, String language, String subject, String body) {
    }

    /** What an author sees of the decision on their submission, once told: never who reviewed, never the committee's comments. */
    public record ForAuthor(Long id, String title, String conference, Outcome decision, String acceptedAs,
                            List<String> comments, Instant finalVersionDeadline, ZoneId zone, boolean withdrawn) {
    }
}
