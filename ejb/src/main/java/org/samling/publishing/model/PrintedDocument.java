package org.samling.publishing.model;

import java.util.List;

/**
 * A document to print: a title page, parts (the days), sections in each (blocks and sessions) and
 * entries in each (presentations, with their abstract in the book of abstracts). Every text is in
 * the conference's language already; the renderer adds contents, outline, page numbers and the
 * author index.
 */
public record PrintedDocument(String title, String subtitle, List<String> notes, Labels labels, List<Part> parts,
        boolean entriesInContents) {

    public record Labels(String contents, String authorIndex, String page, String keywords, String tentative) {
    }

    public record Part(String heading, List<Section> sections) {
    }

    public record Section(String heading, String subheading, List<Entry> entries) {
    }

    /** One presentation: its time, title, authors (with affiliation), abstract (or null) and keywords. */
    public record Entry(String time, String title, List<Person> authors, String text, List<String> keywords,
            boolean tentative) {
    }

    public record Person(String name, String affiliation) {
    }

    public long entryCount() {
        return parts.stream().flatMap(p -> p.sections().stream()).mapToLong(s -> s.entries().size()).sum();
    }
}
