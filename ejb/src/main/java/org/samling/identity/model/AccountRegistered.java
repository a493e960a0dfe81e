package org.samling.identity.model;

import org.samling.i18n.Language;

/** Fired after a registration commits; the notification context sends the confirmation link. */
public record AccountRegistered(Long accountId, String email, String name, Language language,
        String confirmationToken) {
}
