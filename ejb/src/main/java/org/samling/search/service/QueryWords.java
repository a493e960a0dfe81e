package org.samling.search.service;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.highlight.Scorer;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The words a query looks for, as terms of the analysis (stems, folded forms), prefixes and
 * phrases, and the highlighter's scorer over them: a token scores 1 where it is one of the
 * words, or one of a phrase's where the whole phrase stands (found by a pass over the text's
 * tokens before the highlighter's); a fragment scores by how many different words it holds.
 * Excluded words are not collected.
 */
final class QueryWords implements Scorer {

    private final Set<String> terms = new HashSet<>();
    private final List<ByteRunAutomaton> prefixes = new ArrayList<>();
    private final List<PhraseQuery> phrases = new ArrayList<>();
    private final Set<String> inFragment = new HashSet<>();
    /** The tokens of the text being marked (by their number) that stand in a whole phrase. */
    private final Set<Integer> inPhrase = new HashSet<>();
    private CharTermAttribute term;
    private int token;

    boolean isEmpty() { return terms.isEmpty() && prefixes.isEmpty() && phrases.isEmpty(); }

    QueryVisitor collector() {
        return new QueryVisitor() {

            @Override
            public void consumeTerms(Query query, Term... found) {
                if (query instanceof PhraseQuery phrase && found.length > 1) {
                    phrases.add(phrase);
                    return;
                }
                for (Term t : found) {
                    terms.add(t.text());
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                prefixes.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        };
    }

    /** Finds where the query's phrases stand in this text, as the highlighter's pass will number its tokens. */
    void phrasesIn(Analyzer analyzer, String text) {
        inPhrase.clear();
        if (phrases.isEmpty()) {
            return;
        }
        List<String> tokens = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Highlighting.FIELD, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(t.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, Integer> tokenAt = new HashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            tokenAt.putIfAbsent(positions.get(i), i);
        }
        for (PhraseQuery phrase : phrases) {
            for (int i = 0; i < tokens.size(); i++) {
                inPhrase.addAll(phraseAt(phrase, i, tokens, positions, tokenAt));
            }
        }
    }

    /** The tokens of the phrase if it stands from token {@code i} on (each word at its position), else none. */
    private static List<Integer> phraseAt(PhraseQuery phrase, int i, List<String> tokens, List<Integer> positions,
            Map<Integer, Integer> tokenAt) {
        Term[] words = phrase.getTerms();
        int[] at = phrase.getPositions();
        List<Integer> match = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            Integer j = tokenAt.get(positions.get(i) + at[k] - at[0]);
            if (j == null || !tokens.get(j).equals(words[k].text())) {
                return List.of();
            }
            match.add(j);
        }
        return match;
    }

    @Override
    public TokenStream init(TokenStream tokenStream) {
        term = tokenStream.addAttribute(CharTermAttribute.class);
        token = -1;
        return null;
    }

    @Override
    public void startFragment(TextFragment fragment) {
        inFragment.clear();
    }

    @Override
    public float getTokenScore() {
        token++;
        String t = term.toString();
        if (terms.contains(t) || inPhrase.contains(token) || matchesPrefix(t)) {
            inFragment.add(t);
            return 1;
        }
        return 0;
    }

    private boolean matchesPrefix(String t) {
        if (prefixes.isEmpty()) {
            return false;
        }
        BytesRef bytes = new BytesRef(t);
        for (ByteRunAutomaton a : prefixes) {
            if (a.run(bytes.bytes, bytes.offset, bytes.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public float getFragmentScore() { return inFragment.size(); }
}
