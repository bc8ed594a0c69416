package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceChannel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fi.ekokartta.exchange.api.HsdsEntities.actor;
import static fi.ekokartta.exchange.api.HsdsEntities.channel;
import static fi.ekokartta.exchange.api.HsdsEntities.offering;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code postcode} and {@code proximity} of /service_at_locations, on places of its own: three
 * published places north of each other (0, about 3 km and about 22 km from the first), one
 * without a position, and one of a draft service at the first place's postal code.
 */
class HsdsPlacesApiTest extends HsdsApiTestBase {

    private static final String HERE = "99871";
    @Autowired
    private ActorRepository actors;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private TransactionTemplate transaction;

    private UUID providerId;

    @BeforeAll
    void createPlaces() {
        Actor provider = actor("Paikkatoimija " + UUID.randomUUID(), ActorSector.THIRD_SECTOR);
        List<Offering> services = new ArrayList<>();
        services.add(placed("Ensimmäinen", HERE, 68.0, 27.0, OfferingStatus.PUBLISHED, provider));
        services.add(placed("Lähellä", "99872", 68.027, 27.0, OfferingStatus.PUBLISHED, provider));
        services.add(placed("Kaukana", "99873", 68.2, 27.0, OfferingStatus.PUBLISHED, provider));
        services.add(placed("Paikaton", HERE, null, null, OfferingStatus.PUBLISHED, provider));
        services.add(placed("Luonnos", HERE, 69.0, 27.0, OfferingStatus.DRAFT, provider));
        transaction.executeWithoutResult(status -> {
            actors.save(provider);
            offerings.saveAll(services);
        });
        providerId = provider.getId();
    }

    private Offering placed(String name, String postcode, Double latitude, Double longitude, OfferingStatus status,
                            Actor provider) {
        Offering service = offering("Paikkapalvelu " + name, provider, status);
        ServiceChannel place = channel(ChannelType.VISITING_ADDRESS, address -> {
            address.setStreetAddress(name + " 1");
            address.setPostalCode(postcode);
            address.setCity("Testilä");
            address.setLatitude(latitude);
            address.setLongitude(longitude);
        });
        service.addChannel(place);
        return service;
    }

    @Test
    void a_postcode_alone_keeps_the_published_places_with_that_postal_code() {
        assertThat(streets("postcode=" + HERE)).containsExactlyInAnyOrder("Ensimmäinen 1", "Paikaton 1");
        assertThat(streets("postcode=99873")).containsExactly("Kaukana 1");
        assertThat(streets("postcode=99870")).isEmpty();
    }

    @Test
    void proximity_keeps_the_places_within_that_many_metres_of_the_postcodes_centroid() {
        assertThat(streets("postcode=" + HERE + "&proximity=1000")).containsExactly("Ensimmäinen 1");
        assertThat(streets("postcode=" + HERE + "&proximity=3500")).containsExactlyInAnyOrder("Ensimmäinen 1",
                "Lähellä 1");
        assertThat(streets("postcode=" + HERE + "&proximity=2800")).containsExactly("Ensimmäinen 1");
        assertThat(streets("postcode=" + HERE + "&proximity=30000")).containsExactlyInAnyOrder("Ensimmäinen 1",
                "Lähellä 1", "Kaukana 1");
        assertThat(json("/service_at_locations?full=true&postcode=" + HERE + "&proximity=1000&organization_id="
                + providerId).at("/contents/0/location/latitude").asDouble()).isEqualTo(68.0);
    }

    @Test
    void proximity_without_a_postcode_or_a_centroid_and_malformed_values_are_refused() {
        for (String query : List.of("proximity=1000", "postcode=99870&proximity=1000", "postcode=9987",
                "postcode=abcde", "postcode=" + HERE + "&proximity=0", "postcode=" + HERE + "&proximity=-5",
                "postcode=" + HERE + "&proximity=lähellä", "postcode=" + HERE + "&proximity=1500001")) {
            HttpResponse<String> response = get("/service_at_locations?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(JSON.readTree(get("/service_at_locations?postcode=99870&proximity=1000").body()).get("detail")
                .asString()).contains("centroid of postcode 99870");
    }

    private List<String> streets(String query) {
        JsonNode page = json("/service_at_locations?full=true&per_page=50&organization_id=" + providerId + "&" + query);
        List<String> streets = new ArrayList<>();
        page.get("contents").forEach(pair -> streets.add(pair.at("/location/addresses/0/address_1").asString()));
        return streets;
    }
}
