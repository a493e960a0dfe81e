package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.i18n.Messages;
import org.samling.submission.model.ExtensionGranted;
import org.samling.submission.model.SubmissionEvent;

/**
 * Receipts for the submitting author in their language (number, title, track, type, authors, the
 * abstract as submitted, the PDF's name and the deadline), a notice to each co-author, change
 * notices that say what changed, and the news of an individual extension, queued in the
 * transaction that changed the submission.
 */
@ApplicationScoped
public class SubmissionMails {

    @Inject
    OutboxService outbox;
    @Inject
    MailSettings settings;

    void on(@Observes ExtensionGranted e) {
        outbox.enqueue(e.ownerEmail(), e.ownerLanguage(), "extended", e.conferenceId(), e.ownerName(), e.title(),
                e.conferenceName(), Messages.dateTime(e.ownerLanguage().locale(), e.until(), e.zone()),
                settings.baseUrl() + "/author/submission.xhtml?id=" + e.submissionId());
    }

    void on(@Observes SubmissionEvent e) {
        String link = settings.baseUrl() + "/author/submission.xhtml?id=" + e.submissionId();
        String template = switch (e.what()) {
            case SUBMITTED -> "submitted";
            case UPDATED -> "updated";
            case WITHDRAWN -> "withdrawn";
        };
        String authors = String.join(", ", e.authorNames());
        SubmissionEvent.Receipt r = e.receipt();
        // {0} owner, {1} title, {2} conference, {3} authors, {4} words, {5} link, {6} number, {7} track,
        // {8} type, {9} the abstract as submitted, {10} the PDF's name, {11} the deadline, {12} what changed.
        Object[] args = {e.ownerName(), e.title(), e.conferenceName(), authors, e.words(), link, String.valueOf(e.submissionId()),
                r.track(), r.type(), r.abstractText(), r.pdfName(), r.deadline(), String.join(", ", e.changed())};
        outbox.enqueue(e.ownerEmail(), e.ownerLanguage(), template, e.conferenceId(), args);
        for (String coAuthor : e.coAuthorEmails()) {
            outbox.enqueue(coAuthor, e.ownerLanguage(), "coauthor." + template, e.conferenceId(), args);
        }
    }
}
