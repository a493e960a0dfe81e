package org.samling.registration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.program.model.ExpectedAudience;
import org.samling.registration.service.RegistrationService;

import java.util.Map;

/** The programme's expected audience per session: the seats taken and the waiting list (or first choices before allocation). */
@ApplicationScoped
public class RegisteredAudience implements ExpectedAudience {

    @Inject
    RegistrationService registrations;

    @Override
    public Map<Long, Integer> of(Long conferenceId) {
        return registrations.expected(conferenceId);
    }
}
