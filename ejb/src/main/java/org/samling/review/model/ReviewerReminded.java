package org.samling.review.model;

import org.samling.i18n.Language;

import java.util.List;

/**
 * A chair reminded a late reviewer; the notification context mails them (titles only, in their
 * language) in the transaction that decided it.
 */
public record ReviewerReminded(Long conferenceId, String acronym, String conferenceName, String email, String name,
        Language language, int missing, List<String> titles, String due) {
}
