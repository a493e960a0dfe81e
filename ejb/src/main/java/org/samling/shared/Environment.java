package org.samling.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A setting an operator gives at start: the system property (samling.smtp.host) if set, else the
 * environment variable of the same name (SAMLING_SMTP_HOST). Read when asked, so a test server's
 * own settings count.
 */
public final class Environment {

    private Environment() {
    }

    public static Optional<String> get(String name) {
        String v = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        if (v == null || v.isBlank()) {
            v = System.getenv(name);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public static String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /** The public address of this site (SAMLING_BASE_URL), for links in mails and logs, without a trailing slash. */
    public static String baseUrl() {
        String url = get("SAMLING_BASE_URL", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** "true" (any case) is on; anything else, or nothing, is off. */
    public static boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }
}
