package org.samling.review.model;

import org.samling.i18n.Language;

import java.util.Map;

/** A chair's text in several languages, read in the reader's language, else English, else any. */
final class Labels {

    private Labels() {
    }

    static String of(Map<String, String> labels, Language language) {
        String s = labels.get(language.code());
        if (s == null || s.isBlank()) {
            s = labels.get(Language.EN.code());
        }
        if (s == null || s.isBlank()) {
            s = labels.values().stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
        }
        return s;
    }
}
