package fi.ekokartta.accessibility;

import fi.ekokartta.base.domain.LocalizedText;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * The authority supervising digital accessibility, named in the accessibility statement
 * (ekokartta.accessibility.supervisor.*). The law on providing digital services names it, and
 * it changes with the administration: until 2025 the Regional State Administrative Agency for
 * Southern Finland; from 1.1.2026 the agencies' tasks passed to the Lupa- ja valvontavirasto
 * (valtion aluehallintouudistus), which is the default here. A proposal (HE 71/2024) would move
 * the supervision to Traficom; when the law changes, the setting changes, not the code.
 *
 * @param nameFi the authority's name in Finnish
 * @param nameSv in Swedish
 * @param nameEn in English
 * @param url    where a complaint is made
 */
@ConfigurationProperties(prefix = "ekokartta.accessibility.supervisor")
public record SupervisoryAuthority(String nameFi, String nameSv, String nameEn, URI url) {

    public SupervisoryAuthority {
        nameFi = nameFi == null || nameFi.isBlank() ? "Lupa- ja valvontavirasto" : nameFi.strip();
        nameSv = nameSv == null || nameSv.isBlank() ? "Tillstånds- och tillsynsverket" : nameSv.strip();
        nameEn = nameEn == null || nameEn.isBlank() ? "Permit and Supervision Agency" : nameEn.strip();
        url = url == null ? URI.create("https://www.saavutettavuusvaatimukset.fi/") : url;
        if (!url.isAbsolute() || !"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new IllegalArgumentException("ekokartta.accessibility.supervisor.url must be an http or https address, not " + url);
        }
    }

    public LocalizedText name() {
        return new LocalizedText(nameFi, nameSv, nameEn);
    }
}
