package org.samling.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.i18n.Language;

import java.io.IOException;

/** Takes the language switch (?lang=da) on any page and remembers it in a cookie (no session needed). */
@WebFilter(filterName = "locale")
public class LocaleFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        // Only on GET: reading a parameter of a POST here would fix its encoding too early.
        if ("GET".equals(req.getMethod())) {
            String lang = req.getParameter(LocaleBean.PARAM);
            if (lang != null) {
                Language.fromTag(lang).ifPresent(l -> LocaleBean.remember(req, res, l));
            }
        }
        chain.doFilter(req, res);
    }
}
