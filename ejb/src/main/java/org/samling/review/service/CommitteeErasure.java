package org.samling.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.review.model.Committee;
import org.samling.shared.PersonErased;

/**
 * The review context's part of an erasure: invitations keep no name or address. Reviews, scores,
 * bids and conflicts stay with the account, which now carries the pseudonym.
 */
@ApplicationScoped
public class CommitteeErasure {

    @Inject
    Committee committee;

    void on(@Observes PersonErased e) {
        committee.invitationsOfPerson(e.accountId(), e.email()).forEach(i -> i.erase(e.pseudonym(), e.pseudonymEmail()));
    }
}
