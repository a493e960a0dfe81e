package org.samling.review.model;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review form: defaults for a social-science abstract call, labels by language, the weighted score, storage. */
class ReviewFormDefinitionTest {

    @Test
    void theDefaultsAskRelevanceOriginalityClarityAndContributionToPracticeInFourLanguages() {
        ReviewFormDefinition d = ReviewFormDefinition.defaults();
        assertEquals(List.of("relevance", "originality", "clarity", "practice"),
                d.criteria().stream().map(Criterion::key).toList());
        Criterion practice = d.criterion("practice").orElseThrow();
        assertEquals("Contribution to practice", practice.label(Language.EN));
        assertEquals("Bidrag til praksis", practice.label(Language.DA));
        assertEquals("Bidrag till praktiken", practice.label(Language.SV));
        assertEquals("Utmärkt", practice.scale().get(4).label(Language.SV));
        assertEquals(5, practice.max());
        assertEquals(4, d.recommendation().size());
        assertEquals(3, d.confidence().size());
    }

    @Test
    void aLabelMissingInTheReadersLanguageFallsBackToEnglish() {
        Criterion c = new Criterion("x", Map.of("en", "Ethics", "da", ""), List.of(), 1, false);
        assertEquals("Ethics", c.label(Language.DA));
        assertEquals("Ethics", c.label(Language.NB));
    }

    @Test
    void theWeightedScoreCountsEachScoredCriterionByItsWeightOnAHundredPointScale() {
        ReviewFormDefinition d = ReviewFormDefinition.defaults();
        // relevance (3) at the top, originality (2) at the bottom, the rest unscored: (3*100 + 2*0) / 5.
        assertEquals(60.0, d.weightedScore(Map.of("relevance", 5, "originality", 1)).orElseThrow(), 1e-9);
        assertEquals(100.0, d.weightedScore(Map.of("relevance", 5, "originality", 5, "clarity", 5, "practice", 5))
                .orElseThrow(), 1e-9);
        assertTrue(d.weightedScore(Map.of()).isEmpty());
    }

    /** Hibernate stores the form through JSON-B (hibernate.type.json_format_mapper=jsonb). */
    @Test
    void theFormSurvivesStorageAsJsonWithItsNordicLetters() throws Exception {
        ReviewFormDefinition d = ReviewFormDefinition.defaults();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(d);
            assertTrue(json.contains("Høj: mit eget felt"));
            assertEquals(d, jsonb.fromJson(json, ReviewFormDefinition.class));
        }
    }

    @Test
    void anUnknownCriterionIsNotFound() {
        ReviewFormDefinition back = ReviewFormDefinition.defaults();
        assertFalse(back.criterion("nothing").isPresent());
    }
}
