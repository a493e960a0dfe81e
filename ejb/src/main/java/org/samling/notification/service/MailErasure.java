package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.shared.PersonErased;

/** The notification context's part of an erasure: the mails to the person's address keep no address or text. */
@ApplicationScoped
public class MailErasure {

    /** More mails than one person ever gets. */
    static final int MAX = 100_000;

    @Inject
    Outbox outbox;

    void on(@Observes PersonErased e) {
        for (OutboxMail m : outbox.page(null, e.email(), 0, MAX)) {
            m.erase(e.pseudonymEmail());
        }
    }
}
