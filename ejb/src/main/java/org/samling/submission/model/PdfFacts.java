package org.samling.submission.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What a list needs to know of a submission's PDF, without loading the file itself. */
public record PdfFacts(Long submissionId, String fileName, int pages, int sizeBytes, Instant uploadedAt, String findingLines) {

    public List<String> findings() {
        return findingLines == null ? List.of() : Arrays.asList(findingLines.split("\n"));
    }
}
