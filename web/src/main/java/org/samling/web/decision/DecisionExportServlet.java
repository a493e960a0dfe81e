package org.samling.web.decision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.decision.service.DecisionExport;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The chairs' export at /chair/export?c=ACRONYM&amp;format=csv|json (the /chair area needs a chair's log-in). */
@WebServlet("/chair/export")
public class DecisionExportServlet extends HttpServlet {

    @Inject
    DecisionExport export;
    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String acronym = req.getParameter("c");
        boolean json = "json".equals(req.getParameter("format"));
        String body;
        try {
            body = json
                    ? export.json(currentUser.actor(), acronym, LocaleBean.of(req))
                    : export.csv(currentUser.actor(), acronym, LocaleBean.of(req));
        } catch (DomainException e) {
            resp.sendError(e.violations().stream().anyMatch(v -> v.messageKey().endsWith(".notFound")) ? 404 : 403);
            return;
        }
        String name = (acronym == null ? "conference" : acronym.replaceAll("[^A-Za-z0-9_-]", "_")) + "-submissions."
                + (json ? "json" : "csv");
        resp.setContentType((json ? "application/json" : "text/csv") + ";charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
