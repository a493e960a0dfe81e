package org.samling.web.submission;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.samling.shared.DomainException;
import org.samling.submission.service.PdfSummary;
import org.samling.submission.service.SubmissionService;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** The submission form's PDF: the file attached, what the anonymity check found, and uploading another. */
@Named
@ViewScoped
public class SubmissionPdfForm implements Serializable {

    @Inject
    SubmissionFormView form;
    @Inject
    SubmissionService submissionService;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    private transient Part pdfFile;
    private PdfSummary pdf;

    /** Attaches the chosen PDF; a refused file leaves the previous one in place. */
    public void uploadPdf() {
        try {
            if (pdfFile == null || pdfFile.getSize() == 0) {
                throw new DomainException("pdf", "pdf.empty");
            }
            byte[] bytes;
            try (InputStream in = pdfFile.getInputStream()) {
                bytes = in.readAllBytes();
            }
            pdf = submissionService.uploadPdf(currentUser.actor(), form.getId(), pdfFile.getSubmittedFileName(), bytes,
                    localeBean.getLanguage());
            FacesMessages.info(pdf.findings().isEmpty() ? "pdf.uploaded" : "pdf.uploadedWithWarning");
        } catch (DomainException e) {
            FacesMessages.show(e, "pdfForm");
        } catch (IOException e) {
            FacesMessages.error("pdf.broken");
        }
    }

    public PdfSummary getPdf() {
        if (pdf == null && form.getId() != null) {
            pdf = submissionService.pdf(currentUser.actor(), form.getId()).orElse(null);
        }
        return pdf;
    }

    public Part getPdfFile() { return pdfFile; }

    public void setPdfFile(Part pdfFile) { this.pdfFile = pdfFile; }
}
