package org.samling.review.model;

import org.samling.i18n.Language;

/** A chair invited someone to review; the mail carries the link with the token (never stored in clear). */
public record InvitationSent(Long conferenceId, String conferenceName, String email, String name, String chairName,
        Language language, String token, int maxLoad) {
}
