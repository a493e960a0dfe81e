package org.samling.search.persistence;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives Hibernate Search the analyzers of {@link NordicAnalysis} on whichever backend the
 * configuration selects (persistence.xml names this class for both): Lucene builds them from its
 * factories, OpenSearch from the same chain sent with the index's settings, so a word is cut,
 * stemmed and folded alike on both.
 */
public class NordicAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        NordicAnalysis.CHAINS.forEach((name, filters) -> {
            LuceneAnalysisOptionalComponentsStep step = context.analyzer(name).custom().tokenizer("standard");
            for (NordicAnalysis.Filter f : filters) {
                LuceneAnalysisComponentParametersStep filter = step.tokenFilter(f.name());
                for (Map.Entry<String, String> p : f.params().entrySet()) {
                    filter = filter.param(p.getKey(), p.getValue());
                }
                step = filter;
            }
        });
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        NordicAnalysis.CHAINS.forEach((name, filters) -> {
            List<String> names = new ArrayList<>();
            for (NordicAnalysis.Filter f : filters) {
                if (f.params().isEmpty()) {
                    names.add(f.openSearchType());
                } else {
                    // A filter with parameters is declared under its own name, per analyzer.
                    String own = name + "_" + f.openSearchType();
                    var declared = context.tokenFilter(own).type(f.openSearchType());
                    f.params().forEach(declared::param);
                    names.add(own);
                }
            }
            context.analyzer(name).custom().tokenizer("standard").tokenFilters(names.toArray(String[]::new));
        });
    }
}
