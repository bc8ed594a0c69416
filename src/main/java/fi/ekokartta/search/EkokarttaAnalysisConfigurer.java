package fi.ekokartta.search;

import fi.ekokartta.base.domain.SearchAnalyzers;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
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
        context.analyzer(SearchAnalyzers.FINNISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("dictionaryCompoundWord").param("dictionary", COMPOUND_PARTS).param("minSubwordSize", "3")
                .tokenFilter("finnishLightStem")
                .tokenFilter("removeDuplicates");
        context.analyzer(SearchAnalyzers.FINNISH_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("synonymGraph").param("synonyms", SYNONYMS).param("ignoreCase", "true")
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
        context.analyzer(SearchAnalyzers.FOLDED).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(SearchAnalyzers.PREFIX).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "3").param("maxGramSize", "20");
    }
}
