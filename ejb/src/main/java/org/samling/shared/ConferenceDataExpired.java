package org.samling.shared;

/**
 * A conference's retention period is over: each context erases the personal data of it that the
 * record does not need (the authors and PDF files of submissions rejected, withdrawn or never
 * submitted; the participants' registrations), in the retention timer's transaction. Accepted
 * submissions, reviews and decisions stay.
 */
public record ConferenceDataExpired(Long conferenceId) {
}
