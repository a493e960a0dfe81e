package org.samling.submission.model;

import java.util.List;

/** What an author writes: the whole content of a submission, as one value. */
public record SubmissionContent(String title, String abstractText, List<String> keywords, AbstractLanguage language,
                                Long trackId, Long typeId, List<Author> authors) {

    public SubmissionContent {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public int words() {
        return WordCount.of(abstractText);
    }
}
