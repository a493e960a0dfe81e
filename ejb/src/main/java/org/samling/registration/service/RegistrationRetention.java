package org.samling.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.registration.model.Registration;
import org.samling.registration.model.Registrations;
import org.samling.shared.ConferenceDataExpired;

/** The registration context's part of a conference's retention: every participant becomes "Participant n"; the counts stay. */
@ApplicationScoped
public class RegistrationRetention {

    @Inject
    Registrations registrations;

    void on(@Observes ConferenceDataExpired e) {
        for (Registration r : registrations.ofConference(e.conferenceId())) {
            r.erase("Participant " + r.getId(), "participant-" + r.getId() + "@erased.invalid", ParticipantRegistration.token());
        }
    }
}
