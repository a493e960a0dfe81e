package org.samling.submission.model;

import org.samling.i18n.Language;

import java.util.List;

/**
 * A submission was submitted, changed or withdrawn. Carries what the receipt says, so the
 * notification context needs no look-ups in this one; {@code changed} names the fields a change
 * touched, in the owner's language.
 */
public record SubmissionEvent(What what, Long submissionId, Long conferenceId, String conferenceName,
        String title, String ownerEmail, String ownerName, Language ownerLanguage,
        List<String> authorNames, List<String> coAuthorEmails, int words, Receipt receipt, List<String> changed) {

    /** What happened. */
    public enum What {
        SUBMITTED, UPDATED, WITHDRAWN
    }

    /** What an author keeps: track, type, the abstract as submitted, the PDF's name and the deadline, as written. */
    public record Receipt(String track, String type, String abstractText, String pdfName, String deadline) {
    }
}
