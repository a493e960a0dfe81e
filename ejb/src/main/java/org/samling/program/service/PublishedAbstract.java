package org.samling.program.service;

import java.util.List;

/** A published submission's text: what the presentation page, the book of abstracts and the JSON show. */
public record PublishedAbstract(Long submissionId, String title, String abstractText, List<String> keywords,
        String language, List<Person> authors) {

    public record Person(String name, String affiliation, String country, boolean presenting) {
    }
}
