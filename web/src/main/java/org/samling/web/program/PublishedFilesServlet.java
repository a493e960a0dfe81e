package org.samling.web.program;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.publishing.service.PublishingService;
import org.samling.registration.service.ParticipantRegistration;
import org.samling.web.support.Params;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The programme's downloads behind /c/{acronym}/program.pdf, abstracts.pdf, program.ics,
 * program.json and /c/{acronym}/session/{id}.ics (the path filter forwards here): 404 until a
 * programme is published. No login: published is public.
 */
@WebServlet("/published/*")
public class PublishedFilesServlet extends HttpServlet {

    @Inject
    PublishingService publishing;
    @Inject
    ParticipantRegistration participants;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String acronym = req.getParameter("acronym");
        String file = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (file.equals("registration.ics")) {
            text(res, participants.calendar(req.getParameter("token")), "text/calendar", "my-programme.ics");
            return;
        }
        if (acronym == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        switch (file) {
            case "program.pdf" -> bytes(res, publishing.programPdf(acronym), "application/pdf", acronym + "-program.pdf");
            case "abstracts.pdf" -> bytes(res, publishing.abstractsPdf(acronym), "application/pdf", acronym + "-abstracts.pdf");
            case "program.ics" -> text(res, publishing.calendar(acronym, Params.number(req.getParameter("o")), null),
                    "text/calendar", acronym + ".ics");
            case "session.ics" -> {
                Long session = Params.number(req.getParameter("session"));
                text(res,
                        session == null
                                ? Optional.empty()
                                : publishing.calendar(acronym, Params.number(req.getParameter("o")), session),
                        "text/calendar", acronym + "-session-" + session + ".ics");
            }
            case "program.json" -> text(res, publishing.json(acronym), "application/json", null);
            default -> res.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void bytes(HttpServletResponse res, Optional<byte[]> body, String type, String filename) throws IOException {
        if (body.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        res.setContentType(type);
        res.setHeader("Content-Disposition", "inline; filename=\"" + filename + "\"");
        res.setContentLength(body.get().length);
        res.getOutputStream().write(body.get());
    }

    private static void text(HttpServletResponse res, Optional<String> body, String type, String filename) throws IOException {
        bytes(res, body.map(s -> s.getBytes(StandardCharsets.UTF_8)), type + "; charset=UTF-8",
                filename == null ? "program.json" : filename);
    }
}
