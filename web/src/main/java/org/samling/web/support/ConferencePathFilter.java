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

/**
 * Public conference addresses, stable for links and print: /c/{acronym} (the conference),
 * /c/{acronym}/program (its published programme), /c/{acronym}/program/{item} (one presentation),
 * /c/{acronym}/program.pdf, abstracts.pdf, program.ics, program.json, and
 * /c/{acronym}/session/{id}.ics (one session's calendar), /c/{acronym}/register (registration) and
 * /c/{acronym}/registration/{token} (a participant's own page; .ics: their calendar).
 */
@WebFilter(filterName = "conferencePaths")
public class ConferencePathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length() + "/c/".length());
        String[] parts = path.split("/");
        if (parts.length == 0 || parts[0].isBlank()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String acronym = URLEncoder.encode(parts[0], StandardCharsets.UTF_8);
        String query = req.getQueryString() == null ? "" : "&" + req.getQueryString();
        String target = null;
        if (parts.length == 1) {
            target = "/conference.xhtml?acronym=" + acronym + query;
        } else if (parts.length == 2) {
            target = switch (parts[1]) {
                case "program" -> "/program.xhtml?acronym=" + acronym + query;
                case "register" -> "/participate.xhtml?acronym=" + acronym + query;
                case "program.pdf", "abstracts.pdf", "program.ics", "program.json" ->
                    "/published/" + parts[1] + "?acronym=" + acronym + query;
                default -> null;
            };
        } else if (parts.length == 3 && parts[1].equals("program") && parts[2].matches("\\d{1,18}")) {
            target = "/presentation.xhtml?acronym=" + acronym + "&id=" + parts[2] + query;
        } else if (parts.length == 3 && parts[1].equals("registration") && parts[2].matches("[A-Za-z0-9_-]{20,64}\\.ics")) {
            target = "/published/registration.ics?token=" + parts[2].replace(".ics", "");
        } else if (parts.length == 3 && parts[1].equals("registration") && parts[2].matches("[A-Za-z0-9_-]{20,64}")) {
            target = "/registration.xhtml?token=" + parts[2] + query;
        } else if (parts.length == 3 && parts[1].equals("session") && parts[2].matches("\\d{1,18}\\.ics")) {
            target = "/published/session.ics?acronym=" + acronym + "&session=" + parts[2].replace(".ics", "") + query;
        }
        if (target == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        req.getRequestDispatcher(target).forward(req, res);
    }
}
