package org.samling.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.identity.model.Access;
import org.samling.identity.model.Accounts;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.model.RoleGrant;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who holds which role, decided in this one place: the groups a person logs in with, and
 * whether an actor chairs or reviews a given conference. Admins may act as chair anywhere. What
 * the request's {@link Access} allows narrows it: a token for one
 * conference acts in no other, and chair and admin powers wait for a second factor the site
 * requires.
 */
@ApplicationScoped
public class IdentityPolicy {

    @Inject
    Accounts accounts;

    /** Site-wide groups: "user" for everyone, plus "admin", "chair", "reviewer" as granted. */
    public Set<String> groupsOf(Long accountId) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Role.USER_GROUP);
        for (RoleGrant g : accounts.grantsOf(accountId)) {
            groups.add(g.getRole().group());
        }
        return groups;
    }

    public boolean canEnterAdminArea(Actor actor) {
        return actor != null && actor.isAdmin();
    }

    public boolean canEnterChairArea(Actor actor) {
        return actor != null && actor.access().elevated() && (actor.isAdmin() || actor.groups().contains(Role.CHAIR.group()));
    }

    public boolean canEnterReviewerArea(Actor actor) {
        return actor != null && actor.groups().contains(Role.REVIEWER.group());
    }

    public boolean isChairOf(Actor actor, Long conferenceId) {
        return actor != null && !actor.isVisitor() && actor.access().elevated() && actor.mayActIn(conferenceId)
                && (actor.isAdmin() || holds(actor.accountId(), Role.CHAIR, conferenceId));
    }

    public boolean isReviewerOf(Actor actor, Long conferenceId) {
        return actor != null && !actor.isVisitor() && actor.mayActIn(conferenceId)
                && holds(actor.accountId(), Role.REVIEWER, conferenceId);
    }

    /** Whether the site asks a second factor of this account before its chair or admin powers count. */
    public boolean needsSecondFactor(Long accountId, boolean requiredBySite) {
        return requiredBySite && accounts.grantsOf(accountId).stream()
                .anyMatch(g -> g.getRole() == Role.CHAIR || g.getRole() == Role.ADMIN);
    }

    /** The conferences an account holds a per-conference role in. */
    public List<Long> conferencesWhere(Long accountId, Role role) {
        return accounts.grantsOf(accountId).stream().filter(g -> g.getRole() == role)
                .map(RoleGrant::getConferenceId).toList();
    }

    private boolean holds(Long accountId, Role role, Long conferenceId) {
        return accounts.grantsOf(accountId).stream()
                .anyMatch(g -> g.getRole() == role && conferenceId.equals(g.getConferenceId()));
    }
}
