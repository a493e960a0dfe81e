package org.samling.review.model;

import org.samling.i18n.Language;

import java.util.List;
import java.util.Map;

/**
 * One scored criterion of a review form: a stable key (scores are stored under it), its label in
 * each language, its scale (values 1..n with labelled points), its weight in the weighted score,
 * and whether a review can be submitted without it.
 */
public record Criterion(String key, Map<String, String> labels, List<ScalePoint> scale, int weight, boolean required) {

    public Criterion {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        scale = scale == null ? List.of() : List.copyOf(scale);
    }

    public String label(Language language) {
        return Labels.of(labels, language);
    }

    public boolean accepts(int value) {
        return scale.stream().anyMatch(p -> p.value() == value);
    }

    public int max() {
        return scale.stream().mapToInt(ScalePoint::value).max().orElse(0);
    }
}
