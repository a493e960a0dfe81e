package org.samling.lifecycle.model;

import java.util.List;
import java.util.Optional;

/** Where the conferences' retention policies are kept. */
public interface Retentions {

    Optional<RetentionPolicy> of(Long conferenceId);

    /** The policy's row, locked until the transaction ends: one node's timer acts on it at a time. */
    Optional<RetentionPolicy> lock(Long conferenceId);

    /** The conferences whose personal data is not erased yet. */
    List<Long> pending();

    void add(RetentionPolicy policy);

    void remove(RetentionPolicy policy);
}
