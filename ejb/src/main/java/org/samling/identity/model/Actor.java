package org.samling.identity.model;

import java.util.Set;

/**
 * Who is asking: the logged-in account (or a visitor, with a null id) and its site-wide groups.
 * Services take it explicitly, so every rule is checked on the server whoever calls.
 */
public record Actor(Long accountId, String email, String name, Set<String> groups) {

    public static final Actor VISITOR = new Actor(null, null, null, Set.of());

    public boolean isVisitor() {
        return accountId == null;
    }

    public boolean isAdmin() {
        return groups.contains(Role.ADMIN.group());
    }
}
