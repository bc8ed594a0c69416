package fi.ekokartta.search;

import fi.ekokartta.base.domain.SearchAnalyzers;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The Lucene definitions of the analyzers named in {@link SearchAnalyzers}. Components are named
 * by their Lucene SPI names, so the same chains can be declared for an Elasticsearch/OpenSearch
 * backend.
 */
@Component("ekokarttaAnalysisConfigurer")
public class EkokarttaAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        language(context, SearchAnalyzers.FINNISH, "Finnish");
        language(context, SearchAnalyzers.SWEDISH, "Swedish");
        language(context, SearchAnalyzers.ENGLISH, "English");
        context.analyzer(SearchAnalyzers.FOLDED).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    private static void language(LuceneAnalysisConfigurationContext context, String name, String snowballLanguage) {
        context.analyzer(name).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("snowballPorter").param("language", snowballLanguage)
                .tokenFilter("asciiFolding");
    }
}
