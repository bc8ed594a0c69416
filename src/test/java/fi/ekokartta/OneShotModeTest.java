package fi.ekokartta;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line import and export open no port, so they can run beside the running application. */
class OneShotModeTest {

    @Test
    void import_and_export_modes_run_without_a_listening_port() {
        assertThat(Application.isOneShot("--ekokartta.import=/tmp/palvelut.xlsx")).isTrue();
        assertThat(Application.isOneShot("--ekokartta.data-dir=/tmp/x", "--ekokartta.export-to=/tmp/avoin")).isTrue();
        assertThat(Application.withoutPort("--ekokartta.import=a.json")).containsExactly("--ekokartta.import=a.json", "--server.port=-1");
    }

    @Test
    void the_application_itself_keeps_its_port() {
        assertThat(Application.isOneShot()).isFalse();
        assertThat(Application.isOneShot("--server.port=18080", "--ekokartta.import-language=sv")).isFalse();
    }
}
