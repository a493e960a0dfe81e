package org.samling.web.lifecycle;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.lifecycle.service.PersonalDataExport;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;

import java.io.IOException;

/** "Download my data" on the profile: /author/my-data.zip (the /author area needs a log-in). */
@WebServlet("/author/my-data.zip")
public class PersonalDataServlet extends HttpServlet {

    @Inject
    PersonalDataExport export;
    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] zip;
        try {
            zip = export.zip(currentUser.actor());
        } catch (DomainException e) {
            resp.sendError(403);
            return;
        }
        send(resp, zip);
    }

    /** The ZIP as a download that no cache keeps. */
    static void send(HttpServletResponse resp, byte[] zip) throws IOException {
        resp.setContentType("application/zip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"samling-my-data.zip\"");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setContentLength(zip.length);
        resp.getOutputStream().write(zip);
    }
}
