package org.samling.shared;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A state change to write to the audit log, fired by the context that makes it and observed
 * synchronously, so that the entry is written in the same transaction as the change (and rolled
 * back with it). It names people by account id only, never by name or address: an erased
 * account's entries then show its pseudonym. {@code changes} holds the changed fields as
 * "field" to "before → after" (or to the new value alone), without personal data.
 *
 * @param actorId          who did it; null for the system (a timer, the mail sender)
 * @param subjectId        the account it was done to or about (a reviewer assigned, a role's holder), if any
 */
public record Audited(AuditKind kind, Long actorId, Long conferenceId, Long submissionId, Long subjectId,
        Map<String, String> changes) {

    public Audited {
        changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public static Audited of(AuditKind kind, Long actorId, Long conferenceId) {
        return new Audited(kind, actorId, conferenceId, null, null, Map.of());
    }

    public Audited onSubmission(Long id) {
        return new Audited(kind, actorId, conferenceId, id, subjectId, changes);
    }

    public Audited about(Long accountId) {
        return new Audited(kind, actorId, conferenceId, submissionId, accountId, changes);
    }

    /**
     * Adds every component that differs between two versions of a settings record, before and
     * after (each value cut at {@value #MAX_VALUE} characters): what a chair changed in one save.
     */
    public Audited changes(Record before, Record after) {
        Audited e = this;
        for (RecordComponent c : after.getClass().getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true);
                Object b = c.getAccessor().invoke(before);
                Object a = c.getAccessor().invoke(after);
                if (!Objects.equals(b, a)) {
                    e = e.change(c.getName(), cut(b == null ? "" : b), cut(a));
                }
            } catch (ReflectiveOperationException x) {
                throw new IllegalStateException(x);
            }
        }
        return e;
    }

    private static final int MAX_VALUE = 200;

    private static String cut(Object o) {
        String s = o == null ? "" : o.toString();
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "\u2026";
    }

    /** Adds one changed field; a null or equal before gives the new value alone, nothing at all if that is empty. */
    public Audited change(String field, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? "" : after.toString();
        if (b == null && a.isEmpty()) {
            return this;
        }
        Map<String, String> all = new LinkedHashMap<>(changes);
        all.put(field, b == null || b.equals(a) ? a : b + " \u2192 " + a);
        return new Audited(kind, actorId, conferenceId, submissionId, subjectId, all);
    }
}
