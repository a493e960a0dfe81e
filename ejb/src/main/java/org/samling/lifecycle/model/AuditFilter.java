package org.samling.lifecycle.model;

import org.samling.shared.AuditKind;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which entries to read: of one conference (null: the whole site, for admins), by or about some
 * accounts (null: anyone), of one kind, on one submission, from and until an instant (each may be
 * null). {@code blind} are submissions whose reviewer-naming entries a person filter must not
 * match: the reader wrote them, and a match would tell who reviews them even with the names hidden.
 */
public record AuditFilter(Long conferenceId, Set<Long> people, AuditKind kind, Long submissionId, Instant from,
        Instant until, Set<Long> blind) implements Serializable {

    public AuditFilter {
        blind = blind == null ? Set.of() : Set.copyOf(blind);
    }

    public static AuditFilter conference(Long conferenceId) {
        return new AuditFilter(conferenceId, null, null, null, null, null, Set.of());
    }

    /** The kinds that name a committee member at work, which {@link #blind} keeps from a person filter. */
    public static Set<AuditKind> reviewerKinds() {
        return Arrays.stream(AuditKind.values()).filter(AuditKind::revealsReviewer).collect(Collectors.toSet());
    }
}
