package org.samling.submission.service;

import org.samling.submission.model.SubmissionState;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One line of "My submissions". A record: EL reads it with accessor calls. {@code deadline} is
 * this submission's deadline as its authors are told it: the call's public deadline (the grace
 * period stays a tolerance of the server), or a later individual extension; {@code version}
 * is what a form sends back so that two saves that cross are told apart; {@code finalVersionDeadline}
 * is the call's, for an accepted one.
 */
public record SubmissionSummary(Long id, String acronym, String conferenceName, String title, SubmissionState state,
        String track, Instant updatedAt, Instant deadline, ZoneId zone, boolean changeable,
        long version, Instant finalVersionDeadline) implements Serializable {
}
