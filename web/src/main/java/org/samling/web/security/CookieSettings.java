package org.samling.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.samling.shared.Environment;

/**
 * Cookies are HttpOnly (web.xml) and SameSite=Lax (undertow-handlers.conf); when the site's public
 * address is https (SAMLING_BASE_URL: it is served over TLS, behind a proxy or not), the session
 * cookie is Secure too, so a browser never sends it over plain HTTP.
 */
@WebListener
public class CookieSettings implements ServletContextListener {

    /** Whether the site is served over TLS, as its operator says by its public address. */
    public static boolean secureSite() {
        return Environment.baseUrl().regionMatches(true, 0, "https://", 0, 8);
    }

    @Override
    public void contextInitialized(ServletContextEvent e) {
        if (secureSite()) {
            e.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
