package fi.ekokartta.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorStatus;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** /haku finds actors too ("palvelua tai toimijaa"): a few beside the services, and a link to all of them. */
class SearchViewActorsTest extends AbstractAppTest {

    @Test
    void search_shows_matching_active_actors_and_links_to_the_actor_directory() {
        String unique = EntryFixture.unique();
        Actor actor = entries().actor("Hakutoimija " + unique);
        entries().actor("Arkistoitu hakutoimija " + unique, archived -> archived.setStatus(ActorStatus.ARCHIVED));

        UI.getCurrent().navigate("haku", QueryParameters.of("q", "hakutoimija " + unique));

        _get(H2.class, spec -> spec.withText("Toimijat (1)"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Hakutoimija " + unique)).getHref())
                .isEqualTo("toimija/" + actor.getId());
        _assertNone(Anchor.class, spec -> spec.withText("Arkistoitu hakutoimija " + unique));
        assertThat(_get(Anchor.class, spec -> spec.withText("Näytä kaikki toimijat (1)")).getHref())
                .isEqualTo("toimijat?hae=hakutoimija%20" + unique);
    }

    @Test
    void no_actor_section_when_no_actor_matches() {
        UI.getCurrent().navigate("haku", QueryParameters.of("q", "qwxyzzy"));

        _assertNone(H2.class, spec -> spec.withText("Toimijat (0)"));
        _assertNone(Anchor.class, spec -> spec.withClasses("actor-results-all"));
    }
}
