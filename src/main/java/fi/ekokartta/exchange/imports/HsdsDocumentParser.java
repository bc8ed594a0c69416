package fi.ekokartta.exchange.imports;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into a JSON tree, or into a problem that says why not: not UTF-8 (with the
 * byte where it breaks), not JSON (with line and column), nested deeper than the limit, or a key
 * given twice.
 */
final class HsdsDocumentParser {

    private final JsonMapper json;
    private final ImportProblems problems;

    HsdsDocumentParser(ImportLimits limits, ImportProblems problems) {
        this.problems = problems;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = JsonMapper.builder(factory).build();
    }

    Optional<JsonNode> parse(ImportSource.Document document) {
        Optional<String> text = decode(document);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.localized(document.name(), null, null, "import.problem.empty-file");
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(text.get()));
        } catch (StreamConstraintsException e) {
            problems.localized(document.name(), null, null, "import.problem.too-deep", json.tokenStreamFactory()
                    .streamReadConstraints().getMaxNestingDepth());
            return Optional.empty();
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            problems.localized(document.name(), null, null, "import.problem.not-json",
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** Strict UTF-8, as HSDS requires; a byte order mark is allowed and skipped. */
    private Optional<String> decode(ImportSource.Document document) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(document.bytes());
        try {
            String text = decoder.decode(bytes).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.localized(document.name(), null, null, "import.problem.not-utf8", firstBadByte(document.bytes()));
            return Optional.empty();
        }
    }

    /** The 1-based position of the first byte that is not valid UTF-8. */
    private static long firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() + 1L : 0;
    }
}
