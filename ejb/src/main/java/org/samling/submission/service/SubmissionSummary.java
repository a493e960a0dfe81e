package org.samling.submission.service;

import org.samling.submission.model.SubmissionState;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One line of "My submissions". A record: EL reads it with accessor calls. {@code closesAt} is
 * this submission's own deadline (the call's, or a later individual extension); {@code version}
 * is what a form sends back so that two saves that cross are told apart; {@code finalVersionDeadline}
 * is the call's, for an accepted one.
 */
public record SubmissionSummary(Long id, String acronym, String conferenceName, String title, SubmissionState state,
        String track, Instant updatedAt, Instant closesAt, ZoneId zone, boolean changeable,
        long version, Instant finalVersionDeadline) {
}
