package org.samling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.samling.shared.Environment;

import java.util.Optional;

/**
 * Whether mails can leave the server, how it logs in to the SMTP server if it must, and the address
 * links in mails point to. Read from the environment (SAMLING_SMTP_HOST, SAMLING_SMTP_USER,
 * SAMLING_SMTP_PASSWORD, SAMLING_BASE_URL) or system properties of the same name in lower case
 * with dots (samling.smtp.host, ...).
 */
@ApplicationScoped
public class MailSettings {

    public boolean smtpConfigured() {
        return Environment.get("SAMLING_SMTP_HOST").isPresent();
    }

    /** The SMTP server's user name, if it asks one (SAMLING_SMTP_USER). */
    public Optional<String> smtpUser() {
        return Environment.get("SAMLING_SMTP_USER");
    }

    public String smtpPassword() {
        return Environment.get("SAMLING_SMTP_PASSWORD", "");
    }

    /** The public address of this site, without a trailing slash. */
    public String baseUrl() {
        return Environment.baseUrl();
    }
}
