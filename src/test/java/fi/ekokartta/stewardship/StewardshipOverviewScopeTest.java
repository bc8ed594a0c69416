package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.StewardshipFigures.EntriesByStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's top tiles count what its charts count: for a maintainer, her organizations and their units. */
class StewardshipOverviewScopeTest extends AbstractAppTest {

    @Autowired
    private StewardshipOverviewService overview;
    @Autowired
    private StewardshipFiguresService figures;

    @Test
    void a_maintainers_tiles_count_the_units_services_as_the_charts_do() {
        String unique = EntryFixture.unique();
        Actor parent = entries().actor("Emo " + unique);
        Actor unit = entries().actor("Yksikkö " + unique, actor -> actor.setParent(parent));
        entries().offering("Emon palvelu " + unique, parent, OfferingStatus.PUBLISHED, o -> { });
        entries().offering("Yksikön palvelu " + unique, unit, OfferingStatus.PUBLISHED, o -> { });
        entries().offering("Yksikön luonnos " + unique, unit, OfferingStatus.DRAFT, o -> { });
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, parent);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        StewardshipOverview tiles = overview.overview();
        StewardshipFigures charts = figures.figures();

        long tileTotal = tiles.draftServices() + tiles.publishedServices() + tiles.archivedServices() + tiles.actors();
        long chartTotal = charts.byOrganization().stream().mapToLong(EntriesByStatus::total).sum();
        assertThat(tileTotal).isEqualTo(chartTotal).isEqualTo(5);
        assertThat(tiles.publishedServices()).as("the unit's published service counts").isEqualTo(2);
        assertThat(tiles.draftServices()).as("the unit's draft counts").isEqualTo(1);
        assertThat(tiles.actors()).as("the organization and its unit").isEqualTo(2);
        assertThat(tiles.ownOrganizationsOnly()).isTrue();
    }
}
