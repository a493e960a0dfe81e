package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.assignment.model.ReviewerAssigned;

import java.util.stream.Collectors;

/** Tells a reviewer what they were given to review (titles only), queued in the transaction that assigned it. */
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
}
