package org.samling.submission.model;

import org.samling.shared.Text;

import java.util.List;

/** What an author writes: the whole content of a submission, as one value. */
public record SubmissionContent(String title, String abstractText, List<String> keywords, AbstractLanguage language,
        Long trackId, Long typeId, List<Author> authors) {

    /** As typed, made safe to keep ({@link Text}): one-line fields without line breaks or controls, no empty keyword. */
    public SubmissionContent {
        title = Text.line(title);
        abstractText = Text.lines(abstractText);
        keywords = keywords == null
                ? List.of()
                : keywords.stream().map(Text::line).filter(k -> k != null && !k.isEmpty()).toList();
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public int words() {
        return WordCount.of(abstractText);
    }
}
