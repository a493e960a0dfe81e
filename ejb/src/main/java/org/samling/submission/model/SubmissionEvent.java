package org.samling.submission.model;

import org.samling.i18n.Language;

import java.util.List;

/**
 * A submission was submitted, changed or withdrawn. Carries what the receipt says, so the
 * notification context needs no look-ups in this one.
 */
public record SubmissionEvent(What what, Long submissionId, Long conferenceId, String conferenceName,
        String title, String ownerEmail, String ownerName, Language ownerLanguage,
        List<String> authorNames, List<String> coAuthorEmails, int words) {

    /** What happened. */
    public enum What {
        SUBMITTED, UPDATED, WITHDRAWN
    }
}
