package org.samling.registration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.program.model.ExpectedAudience;
import org.samling.registration.model.Pick;
import org.samling.registration.model.PickState;
import org.samling.registration.model.Registrations;

import java.util.HashMap;
import java.util.Map;

/** The programme's expected audience per session: the seats taken and the waiting list (or first choices before allocation). */
@ApplicationScoped
public class RegisteredAudience implements ExpectedAudience {

    @Inject
    Registrations registrations;

    @Override
    public Map<Long, Integer> of(Long conferenceId) {
        Map<Long, Integer> m = new HashMap<>();
        for (Pick p : registrations.picksOfConference(conferenceId)) {
            if (p.getState() == PickState.CONFIRMED || p.getState() == PickState.WAITING
                    || (p.getState() == PickState.RANKED && p.getChoice() == 1)) {
                m.merge(p.getSessionId(), 1, Integer::sum);
            }
        }
        return m;
    }
}
