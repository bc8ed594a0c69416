package fi.ekokartta.search;

import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The comparison point: plain Lucene with its stock {@link FinnishAnalyzer} and BM25 over the
 * same published services, every text (all languages, keywords) in one field, queries parsed
 * with the classic parser (any word).
 */
final class FinnishAnalyzerBaseline implements AutoCloseable {

    private final Directory directory = new ByteBuffersDirectory();
    private final FinnishAnalyzer analyzer = new FinnishAnalyzer();
    private final DirectoryReader reader;

    FinnishAnalyzerBaseline(Map<UUID, String> textsById) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Map.Entry<UUID, String> service : textsById.entrySet()) {
                Document document = new Document();
                document.add(new StringField("id", service.getKey().toString(), Field.Store.YES));
                document.add(new TextField("text", service.getValue(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<UUID> search(String query, int k) {
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<UUID> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new QueryParser("text", analyzer).parse(QueryParser.escape(query)), k).scoreDocs) {
                ids.add(UUID.fromString(searcher.storedFields().document(hit.doc).get("id")));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
