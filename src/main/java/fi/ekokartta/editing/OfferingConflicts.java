package fi.ekokartta.editing;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;

import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.ConflictException.ChangedField;

import java.util.List;

/**
 * What the editor would overwrite: the fields of her content whose stored values differ, with the
 * stored values. Channels and contacts are compared without their ids, since new ones have none.
 */
final class OfferingConflicts {

    private OfferingConflicts() {
    }

    static ConflictException of(Offering stored, long expectedVersion, OfferingContent submitted) {
        return ConflictException.between("Service " + stored.getId(), expectedVersion, stored.getVersion(),
                OfferingContent.of(stored), submitted, OfferingConflicts::withoutIds);
    }

    /** A status change or assignment sent with an old version: the status is what may have changed. */
    static ConflictException ofStatus(Offering stored, long expectedVersion) {
        return new ConflictException("Service " + stored.getId(), expectedVersion, stored.getVersion(),
                List.of(new ChangedField("status", stored.getStatus().name())));
    }

    static OfferingContent withoutIds(OfferingContent c) {
        return new OfferingContent(c.name(), c.summary(), c.description(), c.keywords(), c.classIds(), c.targetGroupIds(),
                c.municipalityCodes(), c.languages(),
                c.channels().stream().map(ch -> new OfferingContent.Channel(null, ch.type(), ch.name(), ch.streetAddress(),
                        ch.postalCode(), ch.city(), ch.url(), ch.phone(), ch.email(), ch.openingHours(), ch.transportation(),
                        ch.accessibility(), ch.byAppointment(), ch.details())).toList(),
                c.contacts().stream().map(co -> new OfferingContent.Contact(null, co.name(), co.title(), co.department(),
                        co.email(), co.phone(), co.phoneExtension(), co.visibility())).toList(),
                c.access(), c.howToGetThere(), c.referralInstructions(), c.chargeType(), c.costDescription(), c.validFrom(),
                c.validTo(), c.responsiblePerson(), c.responsibleEmail(), c.reviewIntervalMonths(), c.internalNote(),
                c.eligibility(), c.minimumAge(), c.maximumAge(), c.funding(), c.coProducerIds(),
                c.capacities().stream().map(OfferingContent.Capacity::withoutIdentity).toList(), c.alternateName(), c.alert(),
                c.costOptions().stream().map(OfferingContent.CostOption::withoutIdentity).toList(),
                c.requiredDocuments().stream().map(OfferingContent.Document::withoutIdentity).toList(),
                c.moreTerms().withoutIdentity());
    }
}
