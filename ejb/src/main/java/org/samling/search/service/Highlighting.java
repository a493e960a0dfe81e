package org.samling.search.service;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.TextFragment;
import org.samling.search.persistence.NordicAnalysis;
import org.samling.submission.model.AbstractLanguage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Marks a query's words in the stored title and abstract of the hits on a page: Lucene's
 * highlighter over the hit's own language's analysis (so "socialrådgivere" is marked for
 * "socialrådgiver"), or over the folded analysis where that marks more ("Høje-Taastrup" for
 * "Hoeje-Taastrup"). Done on the page's 20 stored texts in memory, token by token, rather than as
 * a second query through the index (Hibernate Search's highlight projection), which matched the
 * query against every hit again and cost most of a search's time (BENCHMARKS.md, "Search"). One
 * instance per search: it parses the query once per analyzer, with the parser the index uses.
 */
public final class Highlighting {

    static final String FIELD = "text";
    /** About a line of the results page per fragment; two fragments make the snippet. */
    private static final int FRAGMENT_CHARS = 120;
    private static final int FRAGMENTS = 2;
    private static final Encoder HTML = Highlighting::escape;

    private final Function<String, Analyzer> analyzers;
    private final String queryText;
    private final Map<String, Optional<QueryWords>> queries = new HashMap<>();

    /**
     * @param analyzers the index's analyzers by name ({@link NordicAnalysis}'s names)
     * @param queryText the words of the search, in the search box's syntax without its field filters
     */
    public Highlighting(Function<String, Analyzer> analyzers, String queryText) {
        this.analyzers = analyzers;
        this.queryText = queryText == null ? "" : queryText;
    }

    /** A hit's title and snippet as HTML with {@code <mark>}ed matches; null for one where nothing is marked. */
    public String[] mark(AbstractLanguage language, String title, String abstractText) {
        String own = NordicAnalysis.analyzerFor(language);
        return new String[]{first(title, own, false), first(abstractText, own, true)};
    }

    /**
     * The text marked by the analysis that marks more: the language's for inflections, the folded
     * one for spellings ("Høje-Taastrup" for "Hoeje-Taastrup", where Danish would mark only the
     * second word); the language's where both mark as much.
     */
    private String first(String text, String own, boolean snippet) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String best = null;
        int most = 0;
        for (String analyzer : List.of(own, NordicAnalysis.FOLDED)) {
            String marked = mark(text, analyzer, snippet);
            int marks = marked == null ? 0 : count(marked);
            if (marks > most) {
                best = marked;
                most = marks;
            }
        }
        return best;
    }

    private static int count(String marked) {
        int n = 0;
        for (int i = marked.indexOf("<mark>"); i >= 0; i = marked.indexOf("<mark>", i + 1)) {
            n++;
        }
        return n;
    }

    private String mark(String text, String analyzerName, boolean snippet) {
        Optional<QueryWords> query = queries.computeIfAbsent(analyzerName, this::parse);
        if (query.isEmpty()) {
            return null;
        }
        Analyzer analyzer = analyzers.apply(analyzerName);
        query.get().phrasesIn(analyzer, text);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HTML, query.get());
        highlighter.setTextFragmenter(snippet ? new SimpleFragmenter(FRAGMENT_CHARS) : new NullFragmenter());
        try {
            if (!snippet) {
                return highlighter.getBestFragment(analyzer, FIELD, text);
            }
            return snippet(highlighter.getBestTextFragments(analyzer.tokenStream(FIELD, text), text, true, FRAGMENTS), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            // Offsets beyond the text cannot come from our analyzers; unmarked text is shown instead.
            return null;
        }
    }

    /**
     * The best fragments in the order they stand in the text, with "…" wherever text is left out:
     * before the first unless it opens the text, between two, after the last unless it ends it.
     */
    private static String snippet(TextFragment[] fragments, String text) {
        List<TextFragment> shown = new ArrayList<>();
        for (TextFragment f : fragments) {
            if (f != null && f.getScore() > 0) {
                shown.add(f);
            }
        }
        if (shown.isEmpty()) {
            return null;
        }
        shown.sort(Comparator.comparingInt(TextFragment::getFragNum));
        String whole = escape(text).strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            String marked = shown.get(i).toString().strip();
            String plain = marked.replace("<mark>", "").replace("</mark>", "");
            if (i > 0 || !whole.startsWith(plain)) {
                out.append(i > 0 ? " … " : "… ");
            }
            out.append(marked);
            if (i == shown.size() - 1 && !whole.endsWith(plain)) {
                out.append(" …");
            }
        }
        return out.toString();
    }

    /** The query as the index reads it for text in this analyzer (the same parser Hibernate Search uses). */
    private Optional<QueryWords> parse(String analyzerName) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzers.apply(analyzerName), FIELD);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(queryText);
        if (query == null || query instanceof MatchNoDocsQuery) {
            return Optional.empty();
        }
        QueryWords words = new QueryWords();
        query.visit(words.collector());
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    /**
     * Text as HTML: the characters that could be markup escaped, everything else (å, ø, ä) as it is.
     * One pass, and none of it where there is nothing to escape: the highlighter calls this for every
     * stretch between two tokens (four replace calls here were the largest part of highlighting).
     */
    static String escape(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !special(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"';
    }
}
