package org.samling.web.lifecycle;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.lifecycle.service.AuditQuery;
import org.samling.lifecycle.service.AuditService;
import org.samling.shared.AuditKind;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The audit log as CSV: /chair/log-export?c=ACRONYM for a conference's chairs, /admin/log-export for
 * the site's admins (each area needs its log-in), with the page's filter as parameters.
 */
@WebServlet({"/chair/log-export", "/admin/log-export"})
public class AuditExportServlet extends HttpServlet {

    @Inject
    AuditService audit;
    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String acronym = req.getServletPath().startsWith("/chair") ? req.getParameter("c") : null;
        if (req.getServletPath().startsWith("/chair") && (acronym == null || acronym.isBlank())) {
            resp.sendError(404);
            return;
        }
        String body;
        try {
            AuditQuery q = new AuditQuery(req.getParameter("person"),
                    req.getParameter("kind") == null ? null : AuditKind.valueOf(req.getParameter("kind")),
                    req.getParameter("submission") == null ? null : Long.valueOf(req.getParameter("submission")),
                    day(req.getParameter("from")), day(req.getParameter("to")));
            body = audit.csv(currentUser.actor(), acronym, q, LocaleBean.of(req));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            resp.sendError(400);
            return;
        } catch (DomainException e) {
            resp.sendError(e.violations().stream().anyMatch(v -> v.messageKey().endsWith(".notFound"))
                    ? 404
                    : e.violations().stream().anyMatch(v -> v.field() != null) ? 400 : 403);
            return;
        }
        String name = (acronym == null ? "samling" : acronym.replaceAll("[^A-Za-z0-9_-]", "_")) + "-log.csv";
        resp.setContentType("text/csv;charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate day(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }
}
