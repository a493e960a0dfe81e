package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether mails can leave the server, and the address links in them point to. Read from the
 * environment (SAMLING_SMTP_HOST, SAMLING_BASE_URL) or system properties of the same name in
 * lower case with dots (samling.smtp.host, samling.base.url).
 */
@ApplicationScoped
public class MailSettings {

    public boolean smtpConfigured() {
        String host = setting("SAMLING_SMTP_HOST", "samling.smtp.host", "");
        return !host.isBlank();
    }

    /** The public address of this site, without a trailing slash. */
    public String baseUrl() {
        String url = setting("SAMLING_BASE_URL", "samling.base.url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String setting(String env, String property, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null ? fallback : v.trim();
    }
}
