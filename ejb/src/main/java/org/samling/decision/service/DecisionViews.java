package org.samling.decision.service;

import org.samling.decision.model.Outcome;
import org.samling.decision.model.ScoreStats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What the decision pages, the API and the exports show. */
public final class DecisionViews {

    private DecisionViews() {
    }

    /** One line of the chairs' ranking. */
    public record Row(Long id, String title, String track, String kind, String language, boolean anonymityFlag,
            int reviewsDone, int reviewsAssigned, ScoreStats stats, Outcome decision, String acceptedAs,
            boolean told, boolean pending, String note, String presenter, Boolean attending) {
    }

    /** Accepted so far per type of contribution, against what the programme can take (null: no limit). */
    public record Accepted(String kind, long count, Integer capacity) {

        public boolean over() {
            return capacity != null && count > capacity;
        }
    }

    /** An accepted submission its authors withdrew, and the best-scored waitlisted one of its track to offer the place to. */
    public record Offer(Long withdrawnId, String withdrawnTitle, String track, Long candidateId, String candidateTitle,
            Double candidateMean) {
    }

    /** Decisions per track. */
    public record TrackCount(String track, long accepted, long rejected, long waitlisted, long undecided) {
    }

    /** Reviews submitted by the end of a day (cumulative). */
    public record DayCount(LocalDate day, long submitted) {
    }

    /**
     * The chairs' ranking with the counts per type, and what the charts show: how many submissions
     * have a mean score in each tenth (0-10, ..., 90-100), decisions per track, reviews over time.
     */
    public record Ranking(List<Row> rows, List<Accepted> accepted, long pending, boolean mayNotifyNow,
            LocalDate notificationDate, List<Integer> scoreHistogram, List<TrackCount> perTrack,
            List<DayCount> reviewsOverTime, List<Offer> offers) {
    }

    /** One mail as it would go out. */
    public record Mail(String to, String language, String subject, String body) {
    }

    /** One review as the authors read it: "Review 1" (never who), the comments to them, and the scores if the chairs show them. */
    public record AuthorReview(String label, String text, List<String> scores) {

        /** As it reads in a mail. */
        public String asText() {
            StringBuilder b = new StringBuilder(label).append(':');
            scores.forEach(x -> b.append("\n  ").append(x));
            if (!text.isBlank()) {
                b.append(scores.isEmpty() ? " " : "\n").append(text);
            }
            return b.toString();
        }
    }

    /** What the accepted authors confirmed: who of them presents (by position), and whether they come. */
    public record Confirmation(int presenter, Boolean attending, Instant confirmedAt) {
    }

    /**
     * What an author sees of the decision on their submission, once told: never who reviewed, never
     * the committee's comments. For an acceptance also the authors (to choose who presents), what was
     * confirmed, and whether the final version and the confirmation are still open.
     */
    public record ForAuthor(Long id, String title, String conference, Outcome decision, String acceptedAs,
            List<AuthorReview> reviews, Instant finalVersionDeadline, ZoneId zone, boolean withdrawn,
            List<String> authors, Confirmation confirmation, boolean finalVersionOpen, boolean owner) {
    }
}
