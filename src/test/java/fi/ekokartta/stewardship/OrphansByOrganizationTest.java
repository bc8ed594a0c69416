package fi.ekokartta.stewardship;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.Orphans.Orphan;
import fi.ekokartta.stewardship.Orphans.OrphanGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The orphan list by organization: one group per organization, counted, filtered by name, in Finnish order. */
class OrphansByOrganizationTest extends AbstractAppTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Autowired
    private Orphans orphans;

    private String unique;
    private Actor aalto;
    private Actor zeta;
    private Actor aani;
    private Offering published;
    private Offering draft;

    @BeforeEach
    void organizations_without_anyone_to_keep_their_entries() {
        unique = EntryFixture.unique();
        aalto = entries().actor("aalto " + unique);
        zeta = entries().actor("Zeta " + unique);
        aani = entries().actor("Ääni " + unique);
        Actor staffed = entries().actor("Hoidettu " + unique);
        published = entries().offering("Kerho " + unique, aalto, OfferingStatus.PUBLISHED, o -> { });
        draft = entries().offering("Aamupiiri " + unique, aalto, OfferingStatus.DRAFT, o -> { });
        entries().offering("Päättynyt " + unique, zeta, OfferingStatus.ARCHIVED, o -> { });
        entries().offering("Neuvonta " + unique, aani, OfferingStatus.PUBLISHED, o -> { });
        entries().offering("Hoidettu palvelu " + unique, staffed, OfferingStatus.PUBLISHED, o -> { });
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, staffed);
        saveUser("koordinaattori-" + unique, UserRole.COORDINATOR);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    @Test
    void each_organization_is_one_group_with_its_counts_in_finnish_alphabetical_order() {
        List<OrphanGroup> groups = orphans.byOrganization(unique, FINNISH);

        assertThat(groups).extracting(OrphanGroup::organizationId, OrphanGroup::services, OrphanGroup::actors)
                .as("lower case sorts with upper case, Ä after Z; archived services and staffed organizations are left out")
                .containsExactly(tuple(aalto.getId(), 2L, 1L), tuple(zeta.getId(), 0L, 1L), tuple(aani.getId(), 1L, 1L));
        OrphanGroup first = groups.getFirst();
        assertThat(first.organizationName().get(FINNISH)).isEqualTo("aalto " + unique);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.orphans()).extracting(Orphan::id)
                .containsExactlyInAnyOrder(published.getId(), draft.getId(), aalto.getId());
        assertThat(first.orphans()).allMatch(orphan -> orphan.organizationId().equals(aalto.getId()));
    }

    @Test
    void the_filter_is_a_part_of_the_organizations_name_in_any_case() {
        assertThat(orphans.byOrganization("zeta " + unique.toUpperCase(Locale.ROOT), FINNISH))
                .extracting(OrphanGroup::organizationId).containsExactly(zeta.getId());
        assertThat(orphans.byOrganization("  ÄÄNI " + unique + " ", FINNISH))
                .extracting(OrphanGroup::organizationId).containsExactly(aani.getId());
        assertThat(orphans.byOrganization("Ei tällaista " + unique, FINNISH)).isEmpty();
        assertThat(orphans.byOrganization("", FINNISH)).hasSizeGreaterThanOrEqualTo(3)
                .extracting(OrphanGroup::organizationId).contains(aalto.getId(), zeta.getId(), aani.getId());
    }
}
