package org.samling.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.review.model.Criterion;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ScalePoint;
import org.samling.review.service.ReviewFormService;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.web.support.CurrentUser;
import org.samling.web.support.DateTimeFields;
import org.samling.web.support.FacesMessages;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chair edits the review form: each criterion with its label and scale in the four languages
 * (a scale typed as its points' labels separated by ";"), weight and whether it is required; the
 * recommendation and confidence scales; the review deadline and whether reviewers read the others'
 * reviews after their own.
 */
@Named
@ViewScoped
public class ReviewFormView implements Serializable {

    private static final List<Language> LANGUAGES = List.of(Language.EN, Language.DA, Language.SV, Language.NB);

    @Inject
    ReviewFormService forms;
    @Inject
    ConferenceService conferences;
    @Inject
    CurrentUser currentUser;
    @Inject
    LocaleBean localeBean;

    /** A criterion as the chair edits it: texts by language code. */
    public static class Row implements Serializable {

        private String key = "";
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, String> scales = new LinkedHashMap<>();
        private Integer weight = 1;
        private boolean required = true;

        public String getKey() { return key; }

        public void setKey(String key) { this.key = key; }

        public Map<String, String> getLabels() { return labels; }

        public Map<String, String> getScales() { return scales; }

        public Integer getWeight() { return weight; }

        public void setWeight(Integer weight) { this.weight = weight; }

        public boolean isRequired() { return required; }

        public void setRequired(boolean required) { this.required = required; }
    }

    private String acronym;
    private ZoneId zone;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> recommendation = new LinkedHashMap<>();
    private final Map<String, String> confidence = new LinkedHashMap<>();
    private boolean othersVisible;
    private boolean scoresToAuthors;
    private String deadline;

    public void load() throws IOException {
        Pages.guard(() -> {
            ConferenceView c = conferences.chaired(currentUser.actor(), acronym, localeBean.getLanguage());
            zone = c.zone();
            ReviewForm f = forms.form(currentUser.actor(), acronym, localeBean.getLanguage());
            ReviewFormDefinition d = f.definition();
            for (Criterion c2 : d.criteria()) {
                Row r = new Row();
                r.key = c2.key();
                r.weight = c2.weight();
                r.required = c2.required();
                for (Language l : LANGUAGES) {
                    r.labels.put(l.code(), c2.labels().getOrDefault(l.code(), ""));
                    r.scales.put(l.code(), joined(c2.scale(), l));
                }
                rows.add(r);
            }
            for (Language l : LANGUAGES) {
                recommendation.put(l.code(), joined(d.recommendation(), l));
                confidence.put(l.code(), joined(d.confidence(), l));
            }
            othersVisible = f.isOthersVisible();
            scoresToAuthors = f.isScoresToAuthors();
            deadline = DateTimeFields.local(f.getReviewDeadline(), zone);
        });
    }

    public void addCriterion() {
        Row r = new Row();
        LANGUAGES.forEach(l -> {
            r.labels.put(l.code(), "");
            r.scales.put(l.code(), rows.isEmpty() ? "" : rows.get(0).scales.getOrDefault(l.code(), ""));
        });
        rows.add(r);
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void save() {
        try {
            Violations v = new Violations();
            List<Criterion> criteria = new ArrayList<>();
            for (Row r : rows) {
                String key = r.key == null ? "" : r.key.strip();
                if (r.weight == null) {
                    v.add("criteria", "reviewForm.weight", key, 0, 10);
                }
                criteria.add(new Criterion(key, trimmed(r.labels), points(v, "criteria", key, r.scales),
                        r.weight == null ? 0 : r.weight, r.required));
            }
            ReviewFormDefinition d = new ReviewFormDefinition(criteria, points(v, "recommendation", "", recommendation),
                    points(v, "confidence", "", confidence));
            Instant due = DateTimeFields.instant(v, "deadline", deadline, zone, false);
            v.throwIfAny();
            forms.define(currentUser.actor(), acronym, d, othersVisible, scoresToAuthors, due, localeBean.getLanguage());
            FacesMessages.info("reviewForm.saved");
        } catch (DomainException e) {
            FacesMessages.show(e, "form");
        }
    }

    /** "Poor; Fair; Good" in each language into points 1..n; each language given must have as many. */
    private static List<ScalePoint> points(Violations v, String field, String key, Map<String, String> byLanguage) {
        Map<String, List<String>> split = new LinkedHashMap<>();
        int n = -1;
        for (Map.Entry<String, String> e : byLanguage.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            List<String> parts = Arrays.stream(e.getValue().split(";")).map(String::strip).toList();
            if (n >= 0 && parts.size() != n) {
                v.add(field, "reviewForm.scaleMismatch", key);
            }
            n = Math.max(n, parts.size());
            split.put(e.getKey(), parts);
        }
        List<ScalePoint> points = new ArrayList<>();
        for (int i = 0; i < Math.max(n, 0); i++) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : split.entrySet()) {
                if (i < e.getValue().size()) {
                    labels.put(e.getKey(), e.getValue().get(i));
                }
            }
            points.add(new ScalePoint(i + 1, labels));
        }
        return points;
    }

    private static Map<String, String> trimmed(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "" : v.strip()));
        return out;
    }

    private static String joined(List<ScalePoint> scale, Language l) {
        return String.join("; ", scale.stream().map(p -> p.labels().getOrDefault(l.code(), "")).toList());
    }

    public List<Language> getLanguages() { return LANGUAGES; }

    public List<Row> getRows() { return rows; }

    public Map<String, String> getRecommendation() { return recommendation; }

    public Map<String, String> getConfidence() { return confidence; }

    public boolean isOthersVisible() { return othersVisible; }

    public void setOthersVisible(boolean othersVisible) { this.othersVisible = othersVisible; }

    public boolean isScoresToAuthors() { return scoresToAuthors; }

    public void setScoresToAuthors(boolean scoresToAuthors) { this.scoresToAuthors = scoresToAuthors; }

    public String getDeadline() { return deadline; }

    public void setDeadline(String deadline) { this.deadline = deadline; }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }
}
