package fi.ekokartta.exchange.opendata;

import fi.ekokartta.exchange.api.HsdsSchemas;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict schemas the open data is checked with do refuse what HSDS does not allow. */
class StrictSchemasTest {

    private final HsdsSchemas schemas = new HsdsSchemas();

    @Test
    void an_unknown_property_is_refused() {
        assertThat(schemas.problems(schemas.service, """
                {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Palvelu", "status": "active",
                 "favourite_colour": "green"}""")).isNotEmpty();
    }

    @Test
    void a_nested_term_of_an_unknown_shape_is_refused() {
        assertThat(schemas.problems(schemas.taxonomyTerm, """
                {"id": "3f7b145d-84af-42d7-8fae-eaca714b02b2", "name": "Termi", "description": "",
                 "taxonomy_detail": {"id": "5c4d79d7-cc55-470e-9f1f-8cad074e4892", "colour": "green"}}""")).isNotEmpty();
    }

    @Test
    void the_official_example_passes() {
        assertThat(schemas.problems(schemas.service, read("/tabular/hsds-3.1/service_full.json"))).isEmpty();
    }

    private static String read(String resource) {
        try (InputStream in = StrictSchemasTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
