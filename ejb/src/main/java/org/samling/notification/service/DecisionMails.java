package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.decision.model.DecisionMailed;

/** The decisions told to authors, in the words the chairs chose, queued in the transaction that told them. */
@ApplicationScoped
public class DecisionMails {

    @Inject
    OutboxService outbox;

    void on(@Observes DecisionMailed e) {
        outbox.enqueueText(e.to(), e.language(), e.kind(), e.conferenceId(), e.subject(), e.body());
    }
}
