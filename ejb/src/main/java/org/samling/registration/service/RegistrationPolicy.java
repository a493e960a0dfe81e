package org.samling.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.samling.registration.model.Allocation;
import org.samling.registration.model.RegistrationSettings;

import java.time.Instant;

/**
 * When participants may register, change and cancel, and when the chairs may allocate: decided
 * here for the form, the participant's page and the service alike. Who is a chair is the
 * conference's rule (the service asks {@code ConferenceService.chaired}); a participant is whoever
 * holds their registration's token.
 */
@ApplicationScoped
public class RegistrationPolicy {

    /** Open, before its closing time, and not yet allocated (an allocation is final). */
    public boolean takesChanges(RegistrationSettings s, Instant now) {
        return s != null && s.takesRegistrations(now) && s.getAllocatedAt() == null;
    }

    /** Ranked choices, and registration no longer open: the allocation may run. */
    public boolean mayAllocate(RegistrationSettings s, Instant now) {
        return s.getAllocation() == Allocation.AFTER_DEADLINE && !s.takesRegistrations(now);
    }
}
