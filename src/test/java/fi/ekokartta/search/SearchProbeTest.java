package fi.ekokartta.search;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchProbeTest extends AbstractIntegrationTest {

    @Autowired
    ServiceSearch search;

    @Test
    void probe() {
        for (String q : System.getProperty("probe", "velka").split("\\|")) {
            ServiceSearchResult r = search.search(ServiceQuery.of(q));
            System.out.println("PROBE " + q + " -> " + r.total() + (r.broadened() ? " (broad)" : "") + " mun=" + r.municipalitiesInText()
                    + " dym=" + r.didYouMean());
            r.cards().stream().limit(5).forEach(c -> System.out.println("PROBE    " + c.name() + " | " + c.providerName()));
        }
    }
}
