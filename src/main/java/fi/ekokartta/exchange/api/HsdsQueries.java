package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceChannel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reads the HSDS lists need beyond the feature repositories: filters by a set of terms (a
 * whole taxonomy), organizations found through their services, and the channels that are
 * service_at_locations. {@code anyTerm} false means no term filter ({@code termIds} is then
 * ignored but must not be empty). Text filters take a lower-case LIKE pattern, or null.
 */
interface HsdsQueries extends Repository<Offering, UUID> {

    @Query("""
            select o from Offering o
            where o.status = :status
              and (:providerId is null or o.provider.id = :providerId)
              and (:anyTerm = false
                   or exists (select c.id from o.classes c where c.id in :termIds)
                   or exists (select g.id from o.targetGroups g where g.id in :termIds))
              and o.lastModified >= :modifiedSince
            """)
    Page<Offering> services(OfferingStatus status, UUID providerId, boolean anyTerm, Collection<UUID> termIds,
                            Instant modifiedSince, Pageable pageable);

    @Query("""
            select a from Actor a
            where a.status = :status
              and (:pattern is null
                   or lower(concat(coalesce(a.name.fi, ''), ' ', coalesce(a.name.sv, ''), ' ', coalesce(a.name.en, ''), ' ',
                                   coalesce(a.alternateName, ''), ' ', coalesce(a.description.fi, ''), ' ',
                                   coalesce(a.description.sv, ''), ' ', coalesce(a.description.en, ''))) like :pattern escape '\\')
              and (:anyTerm = false or exists (
                   select o.id from Offering o
                   where o.provider = a and o.status = :published
                     and (exists (select c.id from o.classes c where c.id in :termIds)
                          or exists (select g.id from o.targetGroups g where g.id in :termIds))))
            """)
    Page<Actor> organizations(ActorStatus status, String pattern, OfferingStatus published, boolean anyTerm,
                              Collection<UUID> termIds, Pageable pageable);

    /**
     * The channels of published services that HSDS sees as service_at_locations: all but phones,
     * e-mail and the first web page with an address (that one is the service's url).
     */
    @Query("""
            select ch from ServiceChannel ch join ch.offering o
            where o.status = :status
              and ch.type not in (fi.ekokartta.offering.ChannelType.PHONE, fi.ekokartta.offering.ChannelType.EMAIL)
              and not (ch.type = fi.ekokartta.offering.ChannelType.WEB and ch.url is not null and trim(ch.url) <> ''
                       and ch.position = (select min(first.position) from ServiceChannel first
                                          where first.offering = o and first.type = fi.ekokartta.offering.ChannelType.WEB))
              and (:providerId is null or o.provider.id = :providerId)
              and (:anyTerm = false
                   or exists (select c.id from o.classes c where c.id in :termIds)
                   or exists (select g.id from o.targetGroups g where g.id in :termIds))
              and o.lastModified >= :modifiedSince
              and (:pattern is null
                   or lower(concat(coalesce(o.name.fi, ''), ' ', coalesce(o.name.sv, ''), ' ', coalesce(o.name.en, ''), ' ',
                                   coalesce(ch.name.fi, ''), ' ', coalesce(ch.name.sv, ''), ' ', coalesce(ch.name.en, ''), ' ',
                                   coalesce(ch.streetAddress, ''), ' ', coalesce(ch.postalCode, ''), ' ',
                                   coalesce(ch.city, ''))) like :pattern escape '\\')
              and (:postcode is null or ch.postalCode = :postcode)
              and (:byDistance = false
                   or (ch.latitude is not null and ch.longitude is not null
                       and ((ch.latitude - :latitude) * :perDegreeLatitude)
                           * ((ch.latitude - :latitude) * :perDegreeLatitude)
                         + ((ch.longitude - :longitude) * :perDegreeLongitude)
                           * ((ch.longitude - :longitude) * :perDegreeLongitude)
                         <= :radiusSquared))
            order by lower(o.name.fi), o.id, ch.position
            """)
    Page<ServiceChannel> serviceAtLocations(OfferingStatus status, UUID providerId, boolean anyTerm,
                                            Collection<UUID> termIds, Instant modifiedSince, String pattern,
                                            String postcode, boolean byDistance, double latitude, double longitude,
                                            double perDegreeLatitude, double perDegreeLongitude, double radiusSquared,
                                            Pageable pageable);

    /**
     * The mean position of the published service_at_location places with this postal code and a
     * position: {latitude, longitude}, both null when there is none.
     */
    @Query("""
            select avg(ch.latitude), avg(ch.longitude) from ServiceChannel ch join ch.offering o
            where o.status = :status and ch.postalCode = :postcode
              and ch.latitude is not null and ch.longitude is not null
            """)
    List<Object[]> centroid(OfferingStatus status, String postcode);

    @Query("select ch from ServiceChannel ch where ch.id = :id")
    Optional<ServiceChannel> channel(UUID id);

    /** The ids of the terms of a taxonomy (service classes and imported terms). */
    @Query("select t.id from TaxonomyTerm t where t.taxonomy = :taxonomy")
    List<UUID> termIdsOf(String taxonomy);

    @Query("select g.id from TargetGroup g")
    List<UUID> targetGroupIds();
}
