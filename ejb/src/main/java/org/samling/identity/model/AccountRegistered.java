package org.samling.identity.model;

/** Fired after a registration commits; the notification context sends the confirmation link. */
public record AccountRegistered(Long accountId, String email, String name, org.samling.i18n.Language language,
                                String confirmationToken) {
}
