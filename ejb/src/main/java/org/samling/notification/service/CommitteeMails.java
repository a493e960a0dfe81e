package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.review.model.InvitationSent;

/** The invitation to a committee, with its link, queued in the transaction that made it. */
@ApplicationScoped
public class CommitteeMails {

    @Inject
    OutboxService outbox;
    @Inject
    MailSettings settings;

    void on(@Observes InvitationSent e) {
        String link = settings.baseUrl() + "/invitation.xhtml?token=" + e.token();
        outbox.enqueue(e.email(), e.language(), "invitation", e.conferenceId(),
                e.name().isBlank() ? e.email() : e.name(), e.conferenceName(), e.chairName(), link, e.maxLoad());
    }
}
