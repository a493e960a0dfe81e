package org.samling.identity.model;

import org.samling.i18n.Language;

/** Fired when the site's first admin is made at start: the notification context mails the set-password link. */
public record FirstAdminCreated(Long accountId, String email, String name, Language language, String token) {
}
