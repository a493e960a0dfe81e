package org.samling.search.persistence;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The index's analyzers, built from the same definitions Hibernate Search uses: each language's
 * inflections meet at one stem, and the folded field lets Nordic spellings meet.
 */
class NordicAnalysisTest {

    private static List<String> tokens(String analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer a = NordicAnalysis.lucene(analyzer); TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    private static String stem(String analyzer, String word) throws IOException {
        List<String> t = tokens(analyzer, word);
        assertEquals(1, t.size(), t.toString());
        return t.get(0);
    }

    @Test
    void danishSocialWorkersMeetAtOneStem() throws IOException {
        String stem = stem(NordicAnalysis.DA, "socialrådgiver");
        assertEquals(stem, stem(NordicAnalysis.DA, "socialrådgivere"));
        assertEquals(stem, stem(NordicAnalysis.DA, "socialrådgivernes"));
        assertEquals(stem, stem(NordicAnalysis.DA, "Socialrådgiveren"));
    }

    @Test
    void swedishAndNorwegianDefiniteFormsMeetTheirBaseForm() throws IOException {
        assertEquals(stem(NordicAnalysis.SV, "socialtjänst"), stem(NordicAnalysis.SV, "socialtjänsten"));
        assertEquals(stem(NordicAnalysis.NB, "barnevern"), stem(NordicAnalysis.NB, "barnevernet"));
        assertEquals(stem(NordicAnalysis.EN, "records"), stem(NordicAnalysis.EN, "record"));
    }

    @Test
    void foldingLetsNordicSpellingsMeet() throws IOException {
        List<String> hoje = tokens(NordicAnalysis.FOLDED, "Høje-Taastrup");
        assertEquals(hoje, tokens(NordicAnalysis.FOLDED, "Hoeje-Taastrup"));
        assertEquals(hoje, tokens(NordicAnalysis.FOLDED, "Hoje-Taastrup"));
        assertEquals(tokens(NordicAnalysis.FOLDED, "Ærø"), tokens(NordicAnalysis.FOLDED, "Aeroe"));
        assertEquals(tokens(NordicAnalysis.FOLDED, "Ærø"), tokens(NordicAnalysis.FOLDED, "Ärö"));
        assertEquals(tokens(NordicAnalysis.FOLDED, "Ålborg"), tokens(NordicAnalysis.FOLDED, "Aalborg"));
        assertEquals(tokens(NordicAnalysis.FOLDED, "Göteborg"), tokens(NordicAnalysis.FOLDED, "Goeteborg"));
        assertNotEquals(tokens(NordicAnalysis.FOLDED, "barn"), tokens(NordicAnalysis.FOLDED, "born"),
                "folding is not a free-for-all");
    }
}
