package org.samling.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Public conference addresses: /c/{acronym} shows the conference page. */
@WebFilter(urlPatterns = "/c/*", dispatcherTypes = jakarta.servlet.DispatcherType.REQUEST)
public class ConferencePathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length() + "/c/".length());
        String[] parts = path.split("/");
        if (parts.length == 1 && !parts[0].isBlank()) {
            String acronym = URLEncoder.encode(parts[0], StandardCharsets.UTF_8);
            String query = req.getQueryString() == null ? "" : "&" + req.getQueryString();
            req.getRequestDispatcher("/conference.xhtml?acronym=" + acronym + query).forward(req, res);
            return;
        }
        res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
