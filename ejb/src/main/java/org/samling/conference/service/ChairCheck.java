package org.samling.conference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.conference.model.Conference;
import org.samling.conference.model.Conferences;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.shared.DomainException;

/** Who may change a conference: its chairs (an admin chairs every one), as the identity policy says. */
@ApplicationScoped
class ChairCheck {

    @Inject
    Conferences conferences;
    @Inject
    IdentityPolicy identityPolicy;

    /** The conference by its acronym if the actor chairs it; "not found" or "forbidden" otherwise. */
    Conference conference(Actor actor, String acronym) {
        Conference c = conferences.byAcronym(acronym == null ? "" : acronym)
                .orElseThrow(() -> new DomainException("acronym", "conference.notFound"));
        if (!identityPolicy.isChairOf(actor, c.getId())) {
            throw new DomainException(null, "auth.forbidden");
        }
        return c;
    }
}
