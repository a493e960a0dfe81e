package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.registration.model.LinksDue;
import org.samling.registration.model.Registered;
import org.samling.registration.model.SeatChanged;

/**
 * The participants' mails, in the language they registered in: the confirmation with their
 * personal programme and its calendar attached, the news of a seat from the waiting list, and the
 * virtual rooms' links on the chair's date. Queued in the transaction that made the change.
 */
@ApplicationScoped
public class RegistrationMails {

    @Inject
    OutboxService outbox;

    void on(@Observes Registered e) {
        String template = e.changed() ? "registrationChanged" : "registered";
        if (e.calendar() == null) {
            outbox.enqueue(e.email(), e.language(), template, e.conferenceId(), e.name(), e.conferenceName(), e.programme(),
                    e.manageUrl());
        } else {
            outbox.enqueueWithAttachment(e.email(), e.language(), template, e.conferenceId(), "programme.ics", "text/calendar",
                    e.calendar(), e.name(), e.conferenceName(), e.programme(), e.manageUrl());
        }
    }

    void on(@Observes SeatChanged e) {
        outbox.enqueue(e.email(), e.language(), "seatFromWaitingList", e.conferenceId(), e.name(), e.conferenceName(),
                e.session(),
                e.when(), e.manageUrl());
    }

    void on(@Observes LinksDue e) {
        outbox.enqueue(e.email(), e.language(), "registrationLinks", e.conferenceId(), e.name(), e.conferenceName(), e.links(),
                e.manageUrl());
    }
}
