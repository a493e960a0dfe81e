package org.samling.identity.model;

import org.samling.i18n.Language;

/** Fired when a person asks for a new password; the notification context mails the link. */
public record PasswordResetRequested(Long accountId, String email, String name, Language language,
        String resetToken) {
}
