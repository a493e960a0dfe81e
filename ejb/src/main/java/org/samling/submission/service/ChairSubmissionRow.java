package org.samling.submission.service;

import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.SubmissionState;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One line of a chair's list of a conference's submissions: what it is, who wrote it (chairs
 * see authors), its PDF's anonymity findings, and the deadline it has (the call's public one,
 * without the grace period, or its own extension). A record: EL reads it with accessor calls.
 */
public record ChairSubmissionRow(Long id, String title, List<String> authors, SubmissionState state, String track,
        String kind, AbstractLanguage language, Instant submittedAt, Instant updatedAt,
        Integer pdfPages, List<String> pdfFindings, Instant extendedUntil, Instant deadline,
        ZoneId zone, boolean extensible) {

    public String authorLine() {
        return String.join("; ", authors);
    }

    public boolean hasPdf() {
        return pdfPages != null;
    }

    public boolean flagged() {
        return pdfFindings != null && !pdfFindings.isEmpty();
    }
}
