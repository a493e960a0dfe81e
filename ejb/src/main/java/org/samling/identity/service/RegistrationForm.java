package org.samling.identity.service;

import org.samling.i18n.Language;

/** What a person types to register; validated as a whole by {@link AccountService#register}. */
public record RegistrationForm(String email, String name, String affiliation, String country,
        Language language, String password, String passwordRepeat) {
}
