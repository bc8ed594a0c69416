package fi.ekokartta.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.springframework.stereotype.Component;

/**
 * The Lucene definitions of the analyzers named in {@link SearchAnalyzers}. Components are named
 * by their Lucene SPI names and every resource is a plain word list, so the same chains can be
 * declared for an Elasticsearch/OpenSearch backend (dictionary_decompounder, light_finnish
 * stemmer, synonym_graph, asciifolding, edge_ngram).
 */
@Component("ekokarttaAnalysisConfigurer")
public class EkokarttaAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String COMPOUND_PARTS = "search/fi-compound-parts.txt";
    static final String SYNONYMS = "search/fi-synonyms.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        folded(context, SearchAnalyzers.FINNISH)
                .tokenFilter("dictionaryCompoundWord").param("dictionary", COMPOUND_PARTS).param("minSubwordSize", "3")
                .tokenFilter("finnishLightStem")
                .tokenFilter("removeDuplicates");
        folded(context, SearchAnalyzers.FINNISH_QUERY)
                .tokenFilter("synonymGraph").param("synonyms", SYNONYMS).param("ignoreCase", "true")
                .tokenFilter("finnishLightStem")
                .tokenFilter("removeDuplicates");
        folded(context, SearchAnalyzers.FINNISH_LITERAL_QUERY)
                .tokenFilter("finnishLightStem")
                .tokenFilter("removeDuplicates");
        context.analyzer(SearchAnalyzers.SWEDISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("snowballPorter").param("language", "Swedish")
                .tokenFilter("asciiFolding");
        context.analyzer(SearchAnalyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("englishPossessive")
                .tokenFilter("porterStem");
        folded(context, SearchAnalyzers.FOLDED);
        folded(context, SearchAnalyzers.PREFIX)
                .tokenFilter("edgeNGram").param("minGramSize", "3").param("maxGramSize", "20");
    }

    /** Words split on Unicode boundaries, lower-cased and folded (ä -> a): the start of most chains. */
    private static LuceneAnalysisComponentParametersStep folded(LuceneAnalysisConfigurationContext context, String name) {
        return context.analyzer(name).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
