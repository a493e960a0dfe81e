package org.samling.identity.model;

import org.samling.i18n.Language;

/** Someone registered with the address of an existing account: the owner is mailed; the form answers as for anyone. */
public record RegistrationRepeated(Long accountId, String email, String name, Language language) {
}
