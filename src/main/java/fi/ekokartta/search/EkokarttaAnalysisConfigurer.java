package fi.ekokartta.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.springframework.stereotype.Component;

/**
 * The Lucene definitions of the analyzers named in {@link SearchAnalyzers}. Components are named
 * by their Lucene SPI names and every resource is a plain word list, so the same chains can be
 * declared for an Elasticsearch/OpenSearch backend (dictionary_decompounder, light_finnish
 * stemmer, synonym_graph, asciifolding, edge_ngram, ngram).
 */
@Component("ekokarttaAnalysisConfigurer")
public class EkokarttaAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** General Finnish word parts (written without looking at any evaluation query), and the domain's own list. */
    static final String COMPOUND_PARTS = "search/fi-word-parts.txt,search/fi-compound-parts.txt";
    /**
     * The general employment-services thesaurus (fi/sv/en, written without looking at any
     * evaluation query) and the domain's own list. Both in base forms: the rules are read through
     * the same folding and stemming as the query ({@link SynonymRuleAnalyzer}).
     */
    static final String SYNONYMS = "search/fi-thesaurus.txt,search/fi-synonyms.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        folded(context, SearchAnalyzers.FINNISH)
                .tokenFilter("dictionaryCompoundWord").param("dictionary", COMPOUND_PARTS).param("minSubwordSize", "3")
                .tokenFilter("finnishLightStem")
                .tokenFilter("removeDuplicates");
        folded(context, SearchAnalyzers.FINNISH_QUERY)
                .tokenFilter("finnishLightStem")
                .tokenFilter("synonymGraph").param("synonyms", SYNONYMS)
                        .param("analyzer", SynonymRuleAnalyzer.class.getName())
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
        folded(context, SearchAnalyzers.TRIGRAM)
                .tokenFilter("nGram").param("minGramSize", "3").param("maxGramSize", "3");
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
