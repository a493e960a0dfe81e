package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.assignment.model.ReviewerAssigned;
import org.samling.review.model.ReviewerReminded;

import java.util.stream.Collectors;

/**
 * Tells a reviewer what they were given to review, and reminds a late one (titles only), queued in
 * the transaction that assigned or reminded.
 */
@ApplicationScoped
public class ReviewMails {

    @Inject
    OutboxService outbox;
    @Inject
    MailSettings settings;

    void on(@Observes ReviewerAssigned e) {
        String list = e.titles().stream().map(t -> "- " + t).collect(Collectors.joining("\n"));
        String link = settings.baseUrl() + "/reviewer/reviews.xhtml?c=" + e.acronym();
        outbox.enqueue(e.email(), e.language(), "assigned", e.conferenceId(), e.name(), e.conferenceName(),
                e.titles().size(), list, link);
    }

    void on(@Observes ReviewerReminded e) {
        String titles = e.titles().stream().map(t -> "- " + t).collect(Collectors.joining("\n"));
        outbox.enqueue(e.email(), e.language(), "reviewReminder", e.conferenceId(), e.name(), e.conferenceName(), e.missing(),
                titles, e.due(), settings.baseUrl() + "/reviewer/reviews.xhtml?c=" + e.acronym());
    }
}
