package org.samling.review.model;

import org.samling.i18n.Language;

import java.util.Map;

/** One point of a scale: its value and its label in each language (English if one is missing). */
public record ScalePoint(int value, Map<String, String> labels) {

    public ScalePoint {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public String label(Language language) {
        return Labels.of(labels, language);
    }
}
