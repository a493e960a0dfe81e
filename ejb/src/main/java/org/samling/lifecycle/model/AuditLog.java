package org.samling.lifecycle.model;

import java.util.List;

/** The audit log: appended to and read, never changed. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Up to {@code max} entries matching, newest first, skipping {@code first}. */
    List<AuditEntry> page(AuditFilter filter, int first, int max);

    long count(AuditFilter filter);
}
