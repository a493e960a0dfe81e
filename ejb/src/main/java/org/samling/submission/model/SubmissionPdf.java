package org.samling.submission.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The PDF of a submission: the author's original, the copy reviewers see (identifying metadata
 * removed), the extracted text for search, and what the anonymity check found. In the database,
 * not on a node's disk. Replaced only by a PDF that passed the intake.
 */
@Entity
@Table(name = "submission_pdf")
public class SubmissionPdf {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false, unique = true)
    private Long submissionId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] original;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] sanitised;

    @Column(nullable = false)
    private int pages;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "extracted_text", length = 1000000)
    private String extractedText;

    @Column(length = 4000)
    private String findings;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected SubmissionPdf() {
    }

    public SubmissionPdf(Long submissionId) {
        this.submissionId = submissionId;
    }

    public void replace(String fileName, byte[] original, byte[] sanitised, int pages, String text,
            List<String> findings, Instant now) {
        this.fileName = fileName == null || fileName.isBlank() ? "abstract.pdf" : fileName.replaceAll("[\\\\/]", "_");
        this.original = original;
        this.sanitised = sanitised;
        this.pages = pages;
        this.sizeBytes = original.length;
        this.extractedText = text == null ? null : text.substring(0, Math.min(text.length(), 1_000_000));
        String joined = String.join("\n", findings);
        this.findings = joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), 4000));
        this.uploadedAt = now;
    }

    public List<String> findings() {
        return findings == null ? List.of() : Arrays.asList(findings.split("\n"));
    }

    public Long getSubmissionId() { return submissionId; }

    public String getFileName() { return fileName; }

    public byte[] getOriginal() { return original; }

    public byte[] getSanitised() { return sanitised; }

    public int getPages() { return pages; }

    public int getSizeBytes() { return sizeBytes; }

    public String getExtractedText() { return extractedText; }

    public Instant getUploadedAt() { return uploadedAt; }
}
