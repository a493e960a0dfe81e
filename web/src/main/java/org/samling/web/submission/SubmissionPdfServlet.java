package org.samling.web.submission;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.samling.review.service.BiddingService;
import org.samling.submission.service.PdfFile;
import org.samling.submission.service.SubmissionService;
import org.samling.web.support.CurrentUser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A submission's PDF at {@code /pdf/{id}}: as uploaded for whoever the submission policy lets see
 * it (its owner, the conference's chairs); the reviewers' copy without document properties for a
 * committee member the review policy lets see it; anyone else gets 404, as if it did not exist.
 */
@WebServlet("/pdf/*")
public class SubmissionPdfServlet extends HttpServlet {

    @Inject
    SubmissionService submissions;
    @Inject
    CurrentUser currentUser;
    @Inject
    BiddingService review;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<PdfFile> pdf = Optional.empty();
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        try {
            Long id = Long.valueOf(path);
            pdf = submissions.pdfFile(currentUser.actor(), id);
            if (pdf.isEmpty()) {
                pdf = review.blindPdf(currentUser.actor(), id);
            }
        } catch (NumberFormatException e) {
            // not an id: no such file
        }
        if (pdf.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = pdf.get().fileName() == null || pdf.get().fileName().isBlank()
                ? "submission-" + path + ".pdf"
                : pdf.get().fileName();
        resp.setContentType("application/pdf");
        resp.setHeader("Cache-Control", "private, no-store");
        // Inline for the review page, which shows the PDF beside the form; a download otherwise.
        boolean inline = req.getParameter("inline") != null;
        if (inline) {
            // Shown inside Samling's own review page: that page (and no other site) may frame it.
            resp.setHeader("X-Frame-Options", "SAMEORIGIN");
            resp.setHeader("Content-Security-Policy",
                    "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'");
        }
        String disposition = inline ? "inline" : "attachment";
        resp.setHeader("Content-Disposition", disposition + "; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        resp.setContentLength(pdf.get().bytes().length);
        resp.getOutputStream().write(pdf.get().bytes());
    }
}
