package org.samling.lifecycle.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the audit log: what happened, when, by whom, to which conference, submission and
 * account. Immutable: Hibernate never writes an update for it, and the repository has no delete.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    /** The longest "changes" text kept; a longer one is cut, marked with an ellipsis. */
    static final int MAX_CHANGES = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditKind kind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "conference_id")
    private Long conferenceId;

    @Column(name = "submission_id")
    private Long submissionId;

    @Column(name = "subject_id")
    private Long subjectId;

    /** The changed fields, one "field: value" per line. */
    @Column(nullable = false, length = MAX_CHANGES)
    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(Audited e, Instant at) {
        this.at = at;
        this.kind = e.kind();
        this.actorId = e.actorId();
        this.conferenceId = e.conferenceId();
        this.submissionId = e.submissionId();
        this.subjectId = e.subjectId();
        this.changes = encode(e.changes());
    }

    /** The fields as lines; line breaks inside a value become spaces so that each field stays one line. */
    static String encode(Map<String, String> changes) {
        StringBuilder b = new StringBuilder();
        changes.forEach((k, v) -> b.append(b.isEmpty() ? "" : "\n").append(flat(k)).append(": ").append(flat(v)));
        return b.length() <= MAX_CHANGES ? b.toString() : b.substring(0, MAX_CHANGES - 1) + "\u2026";
    }

    private static String flat(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }

    /** The changed fields again, in the order they were written. */
    public Map<String, String> changeMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : changes.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                m.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return m;
    }

    public Long getId() { return id; }

    public Instant getAt() { return at; }

    public AuditKind getKind() { return kind; }

    public Long getActorId() { return actorId; }

    public Long getConferenceId() { return conferenceId; }

    public Long getSubmissionId() { return submissionId; }

    public Long getSubjectId() { return subjectId; }

    public String getChanges() { return changes; }
}
