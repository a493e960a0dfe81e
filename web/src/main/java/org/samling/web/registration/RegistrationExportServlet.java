package org.samling.web.registration;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.registration.service.RegistrationExports;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Params;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A session's participant list (CSV) or sign-in sheet (PDF), for the conference's chairs. */
@WebServlet("/chair/registrations-export")
public class RegistrationExportServlet extends HttpServlet {

    @Inject
    RegistrationExports exports;
    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String acronym = req.getParameter("c");
        Long session = Params.number(req.getParameter("session"));
        Long occurrence = Params.number(req.getParameter("o"));
        if (acronym == null || session == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if ("pdf".equals(req.getParameter("format"))) {
                byte[] pdf = exports.signInSheet(currentUser.actor(), acronym, session, occurrence);
                res.setContentType("application/pdf");
                res.setHeader("Content-Disposition", "inline; filename=\"sign-in-" + session + ".pdf\"");
                res.getOutputStream().write(pdf);
            } else {
                byte[] csv = exports.csv(currentUser.actor(), acronym, session, occurrence, LocaleBean.of(req))
                        .getBytes(StandardCharsets.UTF_8);
                res.setContentType("text/csv; charset=UTF-8");
                res.setHeader("Content-Disposition", "attachment; filename=\"participants-" + session
                        + (occurrence == null || occurrence == 0 ? "" : "-at-" + occurrence) + ".csv\"");
                res.getOutputStream().write(csv);
            }
        } catch (DomainException e) {
            res.sendError(e.violations().stream().anyMatch(v -> v.messageKey().endsWith("notFound"))
                    ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
