package fi.ekokartta.base.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds which parameter of a raw query string is not percent-encoded UTF-8, so that the refusal
 * can name it. The server's own decoder only says that one was not.
 */
final class StrictQueryDecoding {

    /** What names a parameter whose name itself cannot be decoded. */
    static final String A_PARAMETER_NAME = "a parameter name";

    private StrictQueryDecoding() {
    }

    /** The name of the first parameter that cannot be decoded, or empty when all can. */
    static Optional<String> firstUndecodable(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name.isEmpty()) {
                return Optional.of(A_PARAMETER_NAME);
            }
            if (equals >= 0 && decode(pair.substring(equals + 1)).isEmpty()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** The decoded text, or empty when an escape is broken or the bytes are not UTF-8. */
    static Optional<String> decode(String encoded) {
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length() * 4);
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.flip()).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
