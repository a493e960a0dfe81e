package org.samling.identity.service;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * What counts as an e-mail address here: Bean Validation's {@code @Email} (letters beyond ASCII,
 * such as æøåäö, are allowed: internationalised addresses exist in the Nordic countries) with a
 * dot in the domain, since an address without one cannot receive mail from us. Callers name the
 * field in their own message, so the validator's message is never shown.
 */
public final class EmailRules {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new Silent()).buildValidatorFactory().getValidator();

    private EmailRules() {
    }

    public static boolean isValid(String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        return VALIDATOR.validateValue(Address.class, "value", email.trim()).isEmpty();
    }

    /** The part after the @, lower-cased; null for an invalid address. */
    public static String domainOf(String email) {
        if (!isValid(email)) {
            return null;
        }
        return email.trim().substring(email.trim().indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** The constraint's carrier; only its annotations are read. */
    private static final class Address {

        @Email(regexp = "[^@]+@[^@]+\\.[^@]+")
        @Size(max = 320)
        String value;
    }

    /** Messages are never shown, so none are interpolated (which would need Jakarta EL). */
    private static final class Silent implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    }
}
