package org.samling.review.service;

import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.review.model.Criterion;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ScalePoint;

import java.util.ArrayList;
import java.util.List;

/** A review's scores as text, one line per criterion scored, in the reader's language. */
public final class ScoreLines {

    private ScoreLines() {
    }

    /** "Originality: 4 of 5 (Very good)" per criterion scored. */
    public static List<String> of(ReviewContent rc, ReviewFormDefinition form, Language l) {
        List<String> lines = new ArrayList<>();
        for (Criterion c : form.criteria()) {
            Integer v = rc.scores().get(c.key());
            if (v != null) {
                lines.add(Messages.get(l, "decision.scoreLine", c.label(l), v, c.max(), point(c.scale(), v, l)));
            }
        }
        return lines;
    }

    /** A score's label on its scale ("Very good"), else the number. */
    static String point(List<ScalePoint> scale, Integer value, Language reader) {
        return value == null
                ? null
                : scale.stream().filter(p -> p.value() == value).findFirst()
                        .map(p -> p.label(reader)).orElse(String.valueOf(value));
    }
}
