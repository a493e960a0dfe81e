package org.samling.search.persistence;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

import java.util.Map;

/** Gives Hibernate Search the analyzers of {@link NordicAnalysis} (persistence.xml names this class). */
public class NordicAnalysisConfigurer implements LuceneAnalysisConfigurer {

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
}
