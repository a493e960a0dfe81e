package org.samling.review.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a review asks: the scored criteria, the overall recommendation and the reviewer's
 * confidence (both scales with labelled points). Comments to the authors and to the committee are
 * always asked. Kept as JSON in the conference's review form (ReviewForm maps it); the defaults suit a social-science
 * abstract call.
 */
public record ReviewFormDefinition(List<Criterion> criteria, List<ScalePoint> recommendation, List<ScalePoint> confidence) {

    public ReviewFormDefinition {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        recommendation = recommendation == null ? List.of() : List.copyOf(recommendation);
        confidence = confidence == null ? List.of() : List.copyOf(confidence);
    }

    public Optional<Criterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * The weighted score of a review on a 0..100 scale: each criterion scored counts by its weight,
     * its value taken as the share of its scale's range. Empty if nothing was scored.
     */
    public Optional<Double> weightedScore(Map<String, Integer> scores) {
        double sum = 0;
        int weights = 0;
        for (Criterion c : criteria) {
            Integer v = scores.get(c.key());
            if (v == null || c.scale().size() < 2) {
                continue;
            }
            int min = c.scale().stream().mapToInt(ScalePoint::value).min().orElse(0);
            sum += c.weight() * 100.0 * (v - min) / (c.max() - min);
            weights += c.weight();
        }
        return weights == 0 ? Optional.empty() : Optional.of(sum / weights);
    }

    /** Relevance, originality, clarity and contribution to practice, 1-5; recommendation 1-4; confidence 1-3. */
    public static ReviewFormDefinition defaults() {
        List<ScalePoint> five = scale(
                new String[]{"Poor", "Fair", "Good", "Very good", "Excellent"},
                new String[]{"Svag", "Nogenlunde", "God", "Meget god", "Fremragende"},
                new String[]{"Svag", "Godtagbar", "Bra", "Mycket bra", "Utmärkt"},
                new String[]{"Svak", "Brukbar", "God", "Meget god", "Fremragende"});
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion("relevance", labels("Relevance to the conference theme", "Relevans for konferencens tema",
                "Relevans för konferensens tema", "Relevans for konferansens tema"), five, 3, true));
        criteria.add(new Criterion("originality", labels("Originality", "Originalitet", "Originalitet", "Originalitet"),
                five, 2, true));
        criteria.add(new Criterion("clarity", labels("Clarity of the abstract", "Abstractets klarhed",
                "Abstraktets tydlighet", "Sammendragets klarhet"), five, 2, true));
        criteria.add(new Criterion("practice", labels("Contribution to practice", "Bidrag til praksis",
                "Bidrag till praktiken", "Bidrag til praksis"), five, 3, true));
        List<ScalePoint> recommendation = scale(
                new String[]{"Reject", "Weak reject", "Weak accept", "Accept"},
                new String[]{"Afvis", "Svag afvisning", "Svag accept", "Accepter"},
                new String[]{"Avslå", "Svagt avslag", "Svagt godkännande", "Godkänn"},
                new String[]{"Avvis", "Svak avvisning", "Svak aksept", "Aksepter"});
        List<ScalePoint> confidence = scale(
                new String[]{"Low: outside my field", "Medium", "High: my own field"},
                new String[]{"Lav: uden for mit felt", "Middel", "Høj: mit eget felt"},
                new String[]{"Låg: utanför mitt område", "Medel", "Hög: mitt eget område"},
                new String[]{"Lav: utenfor mitt felt", "Middels", "Høy: mitt eget felt"});
        return new ReviewFormDefinition(criteria, recommendation, confidence);
    }

    /** Points 1..n labelled in English, Danish, Swedish and Norwegian bokmål. */
    public static List<ScalePoint> scale(String[] en, String[] da, String[] sv, String[] nb) {
        List<ScalePoint> points = new ArrayList<>();
        for (int i = 0; i < en.length; i++) {
            points.add(new ScalePoint(i + 1, labels(en[i], da[i], sv[i], nb[i])));
        }
        return points;
    }

    public static Map<String, String> labels(String en, String da, String sv, String nb) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", en);
        m.put("da", da);
        m.put("sv", sv);
        m.put("nb", nb);
        return m;
    }
}
