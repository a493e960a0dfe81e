package org.samling.lifecycle.service;

import org.samling.shared.AuditKind;

import java.io.Serializable;

/**
 * One entry as a reader sees it: its time in UTC and in the conference's zone, the kind, who did
 * it and to whom (names, "Samling" for the system, or a hidden marker the policy chose), and the
 * changed fields as one line each.
 */
public record AuditRow(Long id, String atUtc, String atLocal, AuditKind kind, String conference, String actor,
        Long submissionId, String subject, String changes) implements Serializable {
}
