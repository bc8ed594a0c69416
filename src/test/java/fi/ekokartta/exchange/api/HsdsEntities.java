package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorContact;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ScheduleFrequency;
import fi.ekokartta.offering.ScheduleRule;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.offering.ServiceContact;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;

/** Builders of the new, unsaved entities {@link HsdsFixture} is made of. */
final class HsdsEntities {

    private HsdsEntities() {
    }

    static ServiceChannel visitingAddress() {
        ServiceChannel channel = channel(ChannelType.VISITING_ADDRESS, address -> {
            address.setName(LocalizedText.of("Toimipiste"));
            address.setStreetAddress("Kauppatie 1");
            address.setPostalCode("85100");
            address.setCity("Kalajoki");
            address.setLatitude(64.26);
            address.setLongitude(23.95);
            address.setTransportation("Linja-autoasema 200 m");
            address.setAccessibility("Esteetön sisäänkäynti");
            address.setAccessibilityDetails("Induktiosilmukka palvelutiskillä");
            address.setAccessibilityUrl("https://testitoimija.example/esteettomyys");
            address.setAlternateName("Virastotalo");
            address.setDescription(new LocalizedText("Kaupungin palvelupiste", "Stadens servicepunkt", null));
            address.setExternalIdentifier("1000123456");
            address.setExternalIdentifierType("pysyvä rakennustunnus");
            address.setPostalStreetAddress("PL 12");
            address.setPostalPostalCode("85101");
            address.setPostalCity("Kalajoki");
            address.setPhone("+358 8 000 0002");
            address.setPhoneExtension(12);
        });
        channel.addOpeningHours(hours("MO,TU,WE,TH", LocalTime.of(9, 0), LocalTime.of(15, 30)));
        channel.addOpeningHours(hours("FR", LocalTime.of(9, 0), LocalTime.of(12, 0)));
        OpeningHours monthly = hours("1MO,-1FR", LocalTime.of(17, 0), LocalTime.of(19, 0));
        monthly.setRule(new ScheduleRule(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31), ScheduleFrequency.MONTHLY,
                2, 10, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 12, 31), "MO", "1,15,-1", "2,3", "100,-1",
                "ajanvaraus.example.fi/ryhmat", "Paikan päällä tai etänä", "Ilmoittaudu edellisenä päivänä"));
        channel.addOpeningHours(monthly);
        return channel;
    }

    static ServiceChannel channel(ChannelType type, Consumer<ServiceChannel> details) {
        ServiceChannel channel = new ServiceChannel();
        channel.setType(type);
        details.accept(channel);
        return channel;
    }

    private static OpeningHours hours(String weekdays, LocalTime opens, LocalTime closes) {
        OpeningHours hours = new OpeningHours();
        hours.setWeekdays(weekdays);
        hours.setOpens(opens);
        hours.setCloses(closes);
        return hours;
    }

    static Actor actor(String name, ActorSector sector) {
        Actor actor = new Actor();
        actor.setName(LocalizedText.of(name));
        actor.setSector(sector);
        return actor;
    }

    static ActorContact actorContact(ContactDetails person, Visibility visibility) {
        ActorContact contact = new ActorContact();
        contact.setPerson(person);
        contact.setVisibility(visibility);
        return contact;
    }

    static ServiceContact serviceContact(ContactDetails person, Visibility visibility) {
        ServiceContact contact = new ServiceContact();
        contact.setPerson(person);
        contact.setVisibility(visibility);
        return contact;
    }

    static TaxonomyTerm term(String name, String code, TaxonomyTerm parent, String taxonomy) {
        TaxonomyTerm term = new TaxonomyTerm();
        term.setName(LocalizedText.of(name));
        term.setCode(code);
        term.setParent(parent);
        term.setTaxonomy(taxonomy);
        return term;
    }

    static Offering offering(String name, Actor provider, OfferingStatus status) {
        Offering offering = new Offering();
        offering.setName(LocalizedText.of(name));
        offering.setProvider(provider);
        offering.setStatus(status);
        return offering;
    }
}
