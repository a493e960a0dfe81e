package org.samling.shared;

/**
 * What an entry of the audit log records. {@link #revealsReviewer()} marks the kinds whose actor or
 * subject is a committee member acting on a submission: the log hides those people from a chair
 * who is an author of that submission, as every other view of reviews does.
 */
public enum AuditKind {

    SUBMISSION_SAVED, SUBMISSION_SUBMITTED, SUBMISSION_WITHDRAWN, SUBMISSION_EXTENDED, PDF_REPLACED, CONFLICT_CONFIRMED(
            true), CONFLICT_DISMISSED(true), ASSIGNMENT_APPLIED(true), ASSIGNMENT_WITHDRAWN(
                    true), REVIEW_SUBMITTED(true), REVIEW_REVISED(
                            true), DECISION_MADE, DECISION_CORRECTED, MAIL_SENT, PROGRAMME_RELEASED, REGISTRATION_CHANGED, ROLE_GRANTED, ROLE_REVOKED, SETTINGS_CHANGED, LOGIN, LOGIN_FAILED, ACCOUNT_ERASED, RETENTION_NOTICE, RETENTION_ERASED;

    private final boolean revealsReviewer;

    AuditKind() {
        this(false);
    }

    AuditKind(boolean revealsReviewer) {
        this.revealsReviewer = revealsReviewer;
    }

    public boolean revealsReviewer() {
        return revealsReviewer;
    }
}
