package org.samling.identity.service;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 10 characters, not one repeated character, not the e-mail
 * address or name, not one of the passwords every attacker tries first. Length beats
 * composition rules (NIST SP 800-63B), so there is no "one digit and one symbol" rule.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = Set.of(
            "password12", "password123", "password1234", "1234567890", "0123456789", "qwertyuiop",
            "iloveyou12", "sommer2024", "sommer2025", "sommer2026", "summer2025", "summer2026",
            "velkommen1", "välkommen1", "passord123", "lösenord123", "adgangskode", "adgangskode1",
            "qwerty1234", "abcdefghij", "letmein123", "welcome123", "samling123");

    private PasswordPolicy() {
    }

    /** The message key of the first problem, or null when the password is acceptable. */
    public static String problem(String password, String email, String name) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "password.tooLong";
        }
        if (password.chars().distinct().count() <= 2) {
            return "password.tooSimple";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return "password.common";
        }
        if (email != null && !email.isBlank()) {
            String local = email.trim().toLowerCase(Locale.ROOT).split("@")[0];
            if (lower.equals(email.trim().toLowerCase(Locale.ROOT)) || (local.length() >= 4 && lower.contains(local))) {
                return "password.containsEmail";
            }
        }
        if (name != null && name.trim().length() >= 4 && lower.contains(name.trim().toLowerCase(Locale.ROOT))) {
            return "password.containsName";
        }
        return null;
    }
}
