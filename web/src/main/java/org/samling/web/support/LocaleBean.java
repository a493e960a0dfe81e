package org.samling.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.i18n.Language;
import org.samling.web.security.CookieSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The person's language for this request: the one they picked with the switch (kept in a cookie,
 * so an anonymous visitor needs no session), else their profile's (put in that cookie at log-in),
 * else the best match of the browser's languages, else English.
 */
@Named
@RequestScoped
public class LocaleBean {

    public static final String PARAM = "lang";
    /** The cookie holding the chosen language; the request attribute of the same name holds one chosen in this request. */
    public static final String COOKIE = "samling-lang";

    @Inject
    HttpServletRequest request;

    private Language language;

    /** Remembers the language for the next requests (and this one): a cookie for a year. */
    public static void remember(HttpServletRequest req, HttpServletResponse res, Language language) {
        req.setAttribute(COOKIE, language);
        Cookie c = new Cookie(COOKIE, language.code());
        c.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
        c.setMaxAge((int) Duration.ofDays(365).toSeconds());
        c.setHttpOnly(true);
        c.setSecure(CookieSettings.secureSite());
        res.addCookie(c);
    }

    /** The person picked a language (their profile's, just saved): it counts from this request on. */
    public void choose(Language chosen) {
        remember(request, (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse(), chosen);
        language = chosen;
    }

    /** At log-in: the profile's language, unless the person chose one. */
    public void loggedIn(Language profileLanguage) {
        if (chosen(request).isEmpty()) {
            remember(request, (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse(),
                    profileLanguage);
            language = profileLanguage;
        }
    }

    public Language getLanguage() {
        if (language == null) {
            language = of(request);
        }
        return language;
    }

    /** The language of any request, for servlets and the API too. */
    public static Language of(HttpServletRequest req) {
        return chosen(req).orElseGet(() -> fromBrowser(req));
    }

    private static Optional<Language> chosen(HttpServletRequest req) {
        if (req.getAttribute(COOKIE) instanceof Language l) {
            return Optional.of(l);
        }
        Cookie[] cookies = req.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                        .findFirst().flatMap(c -> Language.fromTag(c.getValue()));
    }

    public static Language fromBrowser(HttpServletRequest request) {
        return Language.firstOf(Collections.list(request.getLocales()));
    }

    public Locale getLocale() { return getLanguage().locale(); }

    public String getTag() { return getLanguage().code(); }

    public List<Language> getLanguages() { return Language.all(); }

    /** The current page's address with the language switched, other parameters kept. */
    public String switchUrl(Language target) {
        HttpServletRequest r = request;
        Object forwarded = r.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : r.getRequestURI();
        String query = forwarded != null ? (String) r.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : r.getQueryString();
        StringBuilder q = new StringBuilder();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith(PARAM + "=")) {
                    q.append(q.length() == 0 ? "" : "&").append(part);
                }
            }
        }
        q.append(q.length() == 0 ? "" : "&").append(PARAM).append('=')
                .append(URLEncoder.encode(target.code(), StandardCharsets.UTF_8));
        return uri + "?" + q;
    }
}
