package org.samling.web.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.samling.i18n.Language;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The person's language for this visit: one they picked with the switch, else their profile's
 * (set at log-in), else the best match of the browser's languages, else English.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    public static final String PARAM = "lang";

    private Language chosen;
    private Language profile;

    public void choose(Language language) {
        this.chosen = language;
    }

    public void loggedIn(Language profileLanguage) {
        this.profile = profileLanguage;
    }

    public Language getLanguage() {
        if (chosen != null) {
            return chosen;
        }
        if (profile != null) {
            return profile;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null) {
            return fromBrowser((HttpServletRequest) fc.getExternalContext().getRequest());
        }
        return Language.EN;
    }

    public static Language fromBrowser(HttpServletRequest request) {
        return Language.firstOf(Collections.list(request.getLocales()));
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getTag() {
        return getLanguage().code();
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    /** The current page's address with the language switched, other parameters kept. */
    public String switchUrl(Language target) {
        HttpServletRequest r = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
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
