package org.samling.lifecycle.service;

import org.samling.shared.AuditKind;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a reader asks of a log, as typed: a person (part of a name or address), a kind, a
 * submission number, and the first and last day (in the conference's zone; UTC for the site's log).
 */
public record AuditQuery(String person, AuditKind kind, Long submissionId, LocalDate from, LocalDate to)
        implements
            Serializable {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
