package org.samling.assignment.service;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How close a reviewer's own words are to each submission, 0..1, by Lucene's BM25: the
 * submissions are indexed each in its language (Danish, Swedish, Norwegian, English stemming and
 * stop words); a reviewer's text (their field, keywords, what they wrote and reviewed before) is
 * analysed in every language and searched, and the scores are divided by the reviewer's best.
 * An index made for one run, in memory: nothing a second node would need to see.
 */
public final class TextSimilarity {

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "da", new DanishAnalyzer(), "sv", new SwedishAnalyzer(), "nb", new NorwegianAnalyzer(), "en", new EnglishAnalyzer());
    private static final int MAX_TERMS = 300;

    private TextSimilarity() {
    }

    /** A submission's words and its language code (da, sv, nb, en). */
    public record Doc(Long id, String language, String text) {
    }

    /** For each reviewer id, each submission id's similarity (only those above 0). */
    public static Map<Long, Map<Long, Double>> of(List<Doc> submissions, Map<Long, String> reviewerTexts) {
        Analyzer perField = new PerFieldAnalyzerWrapper(ANALYZERS.get("en"), fieldAnalyzers());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
                for (Doc d : submissions) {
                    Document doc = new Document();
                    doc.add(new StoredField("id", d.id()));
                    String lang = ANALYZERS.containsKey(d.language()) ? d.language() : "en";
                    doc.add(new TextField("text_" + lang, d.text(), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            Map<Long, Map<Long, Double>> out = new HashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                BooleanQuery.setMaxClauseCount(Math.max(BooleanQuery.getMaxClauseCount(), 4 * MAX_TERMS));
                for (Map.Entry<Long, String> r : reviewerTexts.entrySet()) {
                    BooleanQuery.Builder q = new BooleanQuery.Builder();
                    int clauses = 0;
                    for (Map.Entry<String, Analyzer> a : ANALYZERS.entrySet()) {
                        for (String term : terms(a.getValue(), r.getValue())) {
                            q.add(new TermQuery(new Term("text_" + a.getKey(), term)), BooleanClause.Occur.SHOULD);
                            clauses++;
                        }
                    }
                    Map<Long, Double> scores = new HashMap<>();
                    if (clauses > 0 && reader.numDocs() > 0) {
                        ScoreDoc[] hits = searcher.search(q.build(), reader.numDocs()).scoreDocs;
                        double best = hits.length == 0 ? 0 : hits[0].score;
                        for (ScoreDoc h : hits) {
                            long id = searcher.storedFields().document(h.doc).getField("id").numericValue().longValue();
                            scores.put(id, best == 0 ? 0 : h.score / best);
                        }
                    }
                    out.put(r.getKey(), scores);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Analyzer> fieldAnalyzers() {
        Map<String, Analyzer> m = new HashMap<>();
        ANALYZERS.forEach((lang, a) -> m.put("text_" + lang, a));
        return m;
    }

    private static Set<String> terms(Analyzer a, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = a.tokenStream("x", text == null ? "" : text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
