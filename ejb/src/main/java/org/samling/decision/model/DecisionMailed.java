package org.samling.decision.model;

import org.samling.i18n.Language;

/**
 * A decision told to one author, worded as the chairs chose (their template, the author's
 * language): the notification context puts it in the outbox in the transaction that told it.
 */
public record DecisionMailed(Long conferenceId, String to, Language language, String kind, String subject, String body) {
}
