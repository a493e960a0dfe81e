package org.samling.identity.model;

import java.util.Set;

/**
 * Who is asking: the logged-in account (or a visitor, with a null id), its site-wide groups, and
 * what this request may do ({@link Access}: all of it for a full log-in). Services take it
 * explicitly, so every rule is checked on the server whoever calls.
 */
public record Actor(Long accountId, String email, String name, Set<String> groups, Access access) {

    public static final Actor VISITOR = new Actor(null, null, null, Set.of());

    public Actor(Long accountId, String email, String name, Set<String> groups) {
        this(accountId, email, name, groups, Access.FULL);
    }

    public boolean isVisitor() { return accountId == null; }

    /** A site admin acting with admin powers: not through a token bound to one conference, not before a required second factor. */
    public boolean isAdmin() {
        return groups.contains(Role.ADMIN.group()) && access.elevated() && access.onlyConference() == null;
    }

    /** Whether this request may act in the conference at all (a token for another conference may not). */
    public boolean mayActIn(Long conferenceId) {
        return access.mayActIn(conferenceId);
    }
}
