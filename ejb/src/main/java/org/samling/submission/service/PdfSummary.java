package org.samling.submission.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the author sees of their PDF: name, pages, size, and any anonymity warnings. */
public record PdfSummary(String fileName, int pages, int sizeBytes, Instant uploadedAt,
        List<String> findings) implements Serializable {
}
