package org.samling.submission.model;

/**
 * Counts words as a reader would: runs of letters or digits joined by hyphens or apostrophes
 * are one word ("Høje-Taastrup", "barn's"), punctuation and dashes standing alone are not words.
 * Works for Danish, Swedish, Norwegian and English alike; the page's live count uses the same rule.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : text.trim().split("[\\s/]+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
