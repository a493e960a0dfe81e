package org.samling.review.service;

import org.samling.review.model.BidPreference;
import org.samling.submission.model.AbstractLanguage;

import java.util.List;

/**
 * A submission as the committee sees it in a blind call: what it says, never who wrote it. It
 * has no field for authors, e-mails or affiliations, so no page can show them by mistake; its PDF
 * is the reviewers' copy without document properties ({@code /pdf/{id}}), withheld if its text
 * names an author ({@code pdfWithheld}).
 */
public record BlindSubmission(Long id, String title, String abstractText, List<String> keywords, AbstractLanguage language,
        Long trackId, String track, String kind, int minutes, BidPreference bid, boolean hasPdf, boolean pdfWithheld) {

    public String keywordLine() {
        return String.join(", ", keywords);
    }
}
