package org.samling.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.registration.model.Registration;
import org.samling.registration.model.Registrations;
import org.samling.shared.PersonErased;

/** The registration context's part of an erasure: every registration from the account or its address takes the pseudonym. */
@ApplicationScoped
public class RegistrationErasure {

    @Inject
    Registrations registrations;

    void on(@Observes PersonErased e) {
        for (Registration r : registrations.ofPerson(e.accountId(), e.email())) {
            r.erase(e.pseudonym(), e.pseudonymEmail(), ParticipantRegistration.token());
        }
    }
}
