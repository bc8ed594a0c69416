package fi.ekokartta.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the Lucene backend reads the synonym rules: with the same words, folding and stemming as
 * the query chain before its synonym filter, so that a rule written in base form ("velka, skuld")
 * matches every inflected form of the query ("velkojen", "skulder"). Elasticsearch and
 * OpenSearch read a synonym_graph filter's rules through the filters before it by themselves.
 * Named by class in {@link EkokarttaAnalysisConfigurer} (Lucene instantiates it by name).
 */
public final class SynonymRuleAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream stream = new FinnishLightStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(words)));
        return new TokenStreamComponents(words, stream);
    }
}
