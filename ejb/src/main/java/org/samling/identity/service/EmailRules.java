package org.samling.identity.service;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What counts as an e-mail address here: one @, a local part without spaces, and a domain with
 * at least one dot. Letters beyond ASCII (æøåäö) are allowed in both parts: internationalised
 * addresses exist in the Nordic countries.
 */
public final class EmailRules {

    private static final Pattern ADDRESS = Pattern.compile(
            "^[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?)+$");

    private EmailRules() {
    }

    public static boolean isValid(String email) {
        if (email == null) {
            return false;
        }
        String e = email.trim();
        return e.length() <= 320 && !e.contains("..") && !e.startsWith(".") && ADDRESS.matcher(e).matches();
    }

    /** The part after the @, lower-cased; null for an invalid address. */
    public static String domainOf(String email) {
        if (!isValid(email)) {
            return null;
        }
        return email.trim().substring(email.trim().indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
