package org.samling.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;

/** The demo people as the services see them, with the groups their grants give. */
@ApplicationScoped
public class DemoActors {

    @Inject
    IdentityPolicy identityPolicy;

    Actor of(Account a) {
        return new Actor(a.getId(), a.getEmail(), a.getName(), identityPolicy.groupsOf(a.getId()));
    }
}
