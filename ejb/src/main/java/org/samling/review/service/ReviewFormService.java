package org.samling.review.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.review.model.Assignment;
import org.samling.review.model.Assignments;
import org.samling.review.model.Criterion;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.Reviews;
import org.samling.review.model.ScalePoint;
import org.samling.shared.Violations;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A chair defines the review form of a conference and its review settings. Once reviews score a
 * criterion, it cannot be removed nor its scale cut below a score given: no review loses what its
 * reviewer said. Labels may change at any time.
 */
@Stateless
public class ReviewFormService {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    @Inject
    Reviews reviews;
    @Inject
    Assignments assignments;
    @Inject
    ReviewService reviewService;
    @Inject
    ConferenceService conferences;

    /** The form and settings as stored (or the defaults). */
    public ReviewForm form(Actor actor, String acronym, Language reader) {
        return reviewService.formOf(conferences.chaired(actor, acronym, reader).id());
    }

    public void define(Actor actor, String acronym, ReviewFormDefinition d, boolean othersVisible, Instant deadline,
            Language reader) {
        Long conferenceId = conferences.chaired(actor, acronym, reader).id();
        define(actor, acronym, d, othersVisible, reviews.formOf(conferenceId).map(ReviewForm::isScoresToAuthors).orElse(false),
                deadline, reader);
    }

    /** As above, saying too whether the authors read the reviews' scores with the comments once told. */
    public void define(Actor actor, String acronym, ReviewFormDefinition d, boolean othersVisible, boolean scoresToAuthors,
            Instant deadline, Language reader) {
        Long conferenceId = conferences.chaired(actor, acronym, reader).id();
        Violations v = new Violations();
        check(d, v);
        if (v.isEmpty()) {
            inUse(conferenceId, d, v, reader);
        }
        v.throwIfAny();
        ReviewForm stored = reviews.formOf(conferenceId).orElse(null);
        if (stored == null) {
            ReviewForm f = new ReviewForm(conferenceId, d, deadline);
            f.define(d, othersVisible, deadline);
            f.showScoresToAuthors(scoresToAuthors);
            reviews.add(f);
        } else {
            stored.define(d, othersVisible, deadline);
            stored.showScoresToAuthors(scoresToAuthors);
        }
    }

    static void check(ReviewFormDefinition d, Violations v) {
        if (d.criteria().isEmpty()) {
            v.add("criteria", "reviewForm.noCriteria");
        }
        Set<String> keys = new HashSet<>();
        for (Criterion c : d.criteria()) {
            String name = c.key() == null ? "" : c.key();
            if (!KEY.matcher(name).matches()) {
                v.add("criteria", "reviewForm.badKey", name);
            } else if (!keys.add(name)) {
                v.add("criteria", "reviewForm.duplicateKey", name);
            }
            if (c.labels().values().stream().allMatch(l -> l == null || l.isBlank())) {
                v.add("criteria", "reviewForm.noLabel", name);
            }
            if (c.weight() < 0 || c.weight() > 10) {
                v.add("criteria", "reviewForm.weight", name, 0, 10);
            }
            scale(v, "criteria", name, c.scale());
        }
        scale(v, "recommendation", "", d.recommendation());
        scale(v, "confidence", "", d.confidence());
    }

    /** A scale has 2 to 10 points, numbered 1..n, each with a label. */
    private static void scale(Violations v, String field, String key, List<ScalePoint> scale) {
        boolean ok = scale.size() >= 2 && scale.size() <= 10;
        for (int i = 0; ok && i < scale.size(); i++) {
            ScalePoint p = scale.get(i);
            ok = p.value() == i + 1 && p.labels().values().stream().anyMatch(l -> l != null && !l.isBlank());
        }
        if (!ok) {
            v.add(field, "reviewForm.scale", key, 2, 10);
        }
    }

    private void inUse(Long conferenceId, ReviewFormDefinition d, Violations v, Language reader) {
        List<Long> ids = assignments.ofConference(conferenceId).stream().map(Assignment::getId).toList();
        Set<String> reported = new HashSet<>();
        for (Review r : reviews.ofAssignments(ids)) {
            for (Map.Entry<String, Integer> e : r.content().scores().entrySet()) {
                boolean kept = d.criterion(e.getKey()).map(c -> e.getValue() == null || c.accepts(e.getValue())).orElse(false);
                if (!kept && reported.add(e.getKey())) {
                    v.add("criteria", "reviewForm.inUse", e.getKey());
                }
            }
        }
    }
}
