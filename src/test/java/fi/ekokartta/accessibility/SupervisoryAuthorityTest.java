package fi.ekokartta.accessibility;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupervisoryAuthorityTest {

    @Test
    void the_authority_is_set_by_the_settings_when_the_law_changes() {
        Binder settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "ekokartta.accessibility.supervisor.name-fi", "Liikenne- ja viestintävirasto Traficom",
                "ekokartta.accessibility.supervisor.url", "https://www.traficom.fi/")));

        SupervisoryAuthority authority = settings.bind("ekokartta.accessibility.supervisor", SupervisoryAuthority.class).get();

        assertThat(authority.name().get(Locale.of("fi", "FI"))).isEqualTo("Liikenne- ja viestintävirasto Traficom");
        assertThat(authority.url()).isEqualTo(URI.create("https://www.traficom.fi/"));
        assertThat(authority.name().get(Locale.of("sv", "FI"))).isEqualTo("Tillstånds- och tillsynsverket");
    }

    @Test
    void an_address_that_is_not_a_web_address_is_refused() {
        assertThatThrownBy(() -> new SupervisoryAuthority(null, null, null, URI.create("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
