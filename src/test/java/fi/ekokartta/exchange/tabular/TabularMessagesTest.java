package fi.ekokartta.exchange.tabular;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the tabular package can refuse a file with has a text in every language. */
class TabularMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(import\\.tabular\\.[A-Za-z]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void every_refusal_has_a_text(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = keysInSources();

        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(texts.stringPropertyNames()).containsAll(keys);
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/fi/ekokartta/exchange/tabular"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
