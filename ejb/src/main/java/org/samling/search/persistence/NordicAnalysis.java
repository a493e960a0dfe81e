package org.samling.search.persistence;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.samling.submission.model.AbstractLanguage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzers of the search index, defined once: Hibernate Search builds them from here for
 * either backend, the embedded Lucene index or OpenSearch ({@link NordicAnalysisConfigurer}), and
 * the highlighting, plain tests and the benchmark build the very same chains with Lucene's
 * {@link CustomAnalyzer}. Each language's text is stemmed by its Snowball stemmer;
 * the folded field lets "Høje-Taastrup", "Hoeje-Taastrup" and "Hoje-Taastrup" meet (æ/ä/ae, ø/ö/oe
 * and å/aa fold to one letter, then accents go).
 */
public final class NordicAnalysis {

    public static final String DA = "samling_da";
    public static final String SV = "samling_sv";
    public static final String NB = "samling_nb";
    public static final String EN = "samling_en";
    public static final String STANDARD = "samling_standard";
    public static final String FOLDED = "samling_folded";

    /** The field suffixes of text by language: each language with a stemmer, and "std" for any other. */
    public static final List<String> SUFFIXES = List.of("da", "sv", "nb", "en", "std");

    /** One token filter by its Lucene SPI name, with its parameters. */
    record Filter(String name, Map<String, String> params) {

        /** The same filter's type as OpenSearch names it. */
        String openSearchType() {
            return switch (name) {
                case "lowercase" -> "lowercase";
                case "snowballPorter" -> "snowball";
                case "asciiFolding" -> "asciifolding";
                case "scandinavianFolding" -> "scandinavian_folding";
                default -> throw new IllegalStateException("no OpenSearch name for the filter " + name);
            };
        }
    }

    /** Every analyzer: the standard tokenizer, then these filters in order. */
    static final Map<String, List<Filter>> CHAINS = Map.of(
            DA, stemmed("Danish"),
            SV, stemmed("Swedish"),
            NB, stemmed("Norwegian"),
            EN, stemmed("English"),
            STANDARD, List.of(new Filter("lowercase", Map.of()), new Filter("asciiFolding", Map.of())),
            FOLDED, List.of(new Filter("lowercase", Map.of()), new Filter("scandinavianFolding", Map.of()),
                    new Filter("asciiFolding", Map.of())));

    private NordicAnalysis() {
    }

    private static List<Filter> stemmed(String language) {
        return List.of(new Filter("lowercase", Map.of()), new Filter("snowballPorter", Map.of("language", language)));
    }

    /** The analyzer for text written in this language (an unlisted language: no stemming). */
    public static String analyzerFor(AbstractLanguage language) {
        if (language == null) {
            return STANDARD;
        }
        return switch (language) {
            case DA -> DA;
            case SV -> SV;
            case NB -> NB;
            case EN -> EN;
            default -> STANDARD;
        };
    }

    /** The field suffix for text in this language: da, sv, nb, en, or std. */
    public static String suffix(AbstractLanguage language) {
        return analyzerFor(language).substring("samling_".length()).replace("standard", "std");
    }

    /** The analyzer of the fields with this suffix (see {@link #SUFFIXES}). */
    public static String analyzerOfSuffix(String suffix) {
        return suffix.equals("std") ? STANDARD : "samling_" + suffix;
    }

    private static final Map<String, Analyzer> BUILT = new ConcurrentHashMap<>();

    /** The chain as plain Lucene builds it, built once (analyzers are thread-safe): the highlighting's, whatever the backend. */
    public static Analyzer analyzer(String name) {
        return BUILT.computeIfAbsent(name, NordicAnalysis::lucene);
    }

    /** The same chain as plain Lucene builds it, for tests and the benchmark. */
    public static Analyzer lucene(String name) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer("standard");
            for (Filter f : CHAINS.get(name)) {
                b.addTokenFilter(f.name(), new HashMap<>(f.params()));
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
