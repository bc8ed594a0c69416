package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorIdentifier;
import fi.ekokartta.actor.ActorWebsite;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.CapacityUnit;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.PhoneType;
import fi.ekokartta.offering.ServiceCapacity;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fi.ekokartta.exchange.api.HsdsEntities.actor;
import static fi.ekokartta.exchange.api.HsdsEntities.actorContact;
import static fi.ekokartta.exchange.api.HsdsEntities.channel;
import static fi.ekokartta.exchange.api.HsdsEntities.offering;
import static fi.ekokartta.exchange.api.HsdsEntities.serviceContact;
import static fi.ekokartta.exchange.api.HsdsEntities.term;
import static fi.ekokartta.exchange.api.HsdsEntities.visitingAddress;

/**
 * Committed test data of one test class, named with a unique token so that it can be told apart
 * from the seed and from other classes' data: an actor with a parent, a class hierarchy with a PTV
 * mapping, a target group, five published services (the first with every field and channel), a
 * draft and an archived service. Staff-only texts carry marker words the tests look for.
 */
final class HsdsFixture {

    final String token = UUID.randomUUID().toString().substring(0, 8);
    final String referralMarker = "OHJAUSOHJE-" + token;
    final String internalMarker = "SISAINEN-" + token;
    final String staffContactMarker = "Sisainen Yhteyshenkilo " + token;
    final String otherTaxonomy = "testitaksonomia-" + token;
    final UUID parentId;
    final UUID providerId;
    final UUID parentClassId;
    final UUID ptvClassId;
    final UUID otherTermId;
    final UUID targetGroupId;
    /** Published services in name order; the first is the rich one. */
    final List<UUID> publishedIds;
    final UUID draftId;
    final UUID archivedId;

    HsdsFixture(ApplicationContext context) {
        ActorRepository actors = context.getBean(ActorRepository.class);
        OfferingRepository offerings = context.getBean(OfferingRepository.class);
        TaxonomyTermRepository terms = context.getBean(TaxonomyTermRepository.class);
        TargetGroupRepository groups = context.getBean(TargetGroupRepository.class);
        MunicipalityRepository municipalities = context.getBean(MunicipalityRepository.class);
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

        Actor parent = actor("Testikaupunki " + token, ActorSector.MUNICIPALITY);
        Actor provider = actor("Testitoimija " + token, ActorSector.THIRD_SECTOR);
        provider.setParent(parent);
        provider.setBusinessId("1234567-1");
        provider.setWebsite("www.testitoimija.example");
        provider.setEmail("info@testitoimija.example");
        provider.setPhone("+358 50 000 0001");
        provider.addWebsite(new ActorWebsite("Työnantajille", "https://testitoimija.example/tyonantajat"));
        provider.addWebsite(new ActorWebsite(null, "www.testitoimija.example/hanke"));
        provider.addIdentifier(new ActorIdentifier("FI-PRH-YR", "Yhdistysrekisterinumero", "123.456"));
        provider.setLegalStatus("Rekisteröity yhdistys");
        provider.setYearIncorporated(1998);
        provider.setLogo("https://testitoimija.example/logo.png");
        provider.setUri("https://testitoimija.example/id");
        provider.setFunding("STEA ja Ylivieskan kaupunki");
        provider.getMunicipalities().add(municipalities.findById("535").orElseThrow());
        provider.getMunicipalities().add(municipalities.findById("208").orElseThrow());
        provider.setDescription(new LocalizedText("Yhdistys " + token, "Förening " + token, null));
        provider.addContact(actorContact(new ContactDetails("Neuvonta", "Palveluohjaaja", null,
                "neuvonta@testitoimija.example", "+358 50 000 0002", 7), Visibility.PUBLIC));
        provider.addContact(actorContact(new ContactDetails(staffContactMarker, "Johtaja", null,
                "johtaja@testitoimija.example", null), Visibility.STAFF));

        TaxonomyTerm parentClass = term("Työllistymisen tuki " + token, "T" + token, null, TaxonomyTerm.SERVICE_TAXONOMY);
        TaxonomyTerm ptvClass = term("Työnhaun tuki " + token, "T" + token + ".1", parentClass, TaxonomyTerm.SERVICE_TAXONOMY);
        ptvClass.setPtvClass("P10.1");
        ptvClass.setName(new LocalizedText(ptvClass.getName().getFi(), "Stöd för jobbsökande " + token, null));
        TaxonomyTerm otherTerm = term("Muu termi " + token, "M" + token, null, otherTaxonomy);
        TargetGroup youth = new TargetGroup();
        youth.setCode("NU" + token);
        youth.setName(new LocalizedText("Nuoret alle 30 " + token, "Unga under 30 " + token, "Young people under 30 " + token));

        Offering rich = offering("Testipalvelu " + token + " A", provider, OfferingStatus.PUBLISHED);
        describeFully(rich, parent, ptvClass, youth);
        rich.getMunicipalities().add(municipalities.findById("208").orElseThrow());
        rich.getMunicipalities().add(municipalities.findById("977").orElseThrow());
        List<Offering> plain = List.of("B", "C", "D", "E").stream()
                .map(letter -> offering("Testipalvelu " + token + " " + letter, provider, OfferingStatus.PUBLISHED))
                .toList();
        plain.getFirst().getClasses().add(parentClass);
        Offering draft = offering("Testipalvelu " + token + " Luonnos", provider, OfferingStatus.DRAFT);
        Offering archived = offering("Testipalvelu " + token + " Arkistoitu", provider, OfferingStatus.ARCHIVED);
        draft.getClasses().add(ptvClass);
        archived.getTargetGroups().add(youth);

        transaction.executeWithoutResult(status -> {
            actors.save(parent);
            actors.save(provider);
            terms.saveAll(List.of(parentClass, ptvClass, otherTerm));
            groups.save(youth);
            offerings.save(rich);
            offerings.saveAll(plain);
            offerings.saveAll(List.of(draft, archived));
        });
        parentId = parent.getId();
        providerId = provider.getId();
        parentClassId = parentClass.getId();
        ptvClassId = ptvClass.getId();
        otherTermId = otherTerm.getId();
        targetGroupId = youth.getId();
        publishedIds = List.of(rich.getId(), plain.get(0).getId(), plain.get(1).getId(), plain.get(2).getId(),
                plain.get(3).getId());
        draftId = draft.getId();
        archivedId = archived.getId();
    }

    private void describeFully(Offering service, Actor coProducer, TaxonomyTerm serviceClass, TargetGroup group) {
        service.setName(new LocalizedText(service.getName().getFi(), "Testtjänst " + token, null));
        service.setSummary(new LocalizedText("Lyhyesti " + token, "Kort " + token, null));
        service.setDescription(LocalizedText.of("Kuvaus vain suomeksi " + token + ": äö"));
        service.getKeywords().add(new Keyword("fi", "työnhaku"));
        service.getKeywords().add(new Keyword("sv", "jobbsökning"));
        service.getClasses().add(serviceClass);
        service.getTargetGroups().add(group);
        service.getLanguages().addAll(List.of("fi", "sv", "ar"));
        service.setAccess(AccessMode.BOTH);
        service.setHowToGetThere(LocalizedText.of("Soita tai tule käymään"));
        service.setReferralInstructions(new LocalizedText(referralMarker, referralMarker, referralMarker));
        service.setInternalNote(new LocalizedText(internalMarker, internalMarker, internalMarker));
        service.setChargeType(ChargeType.FREE);
        service.setCostDescription(LocalizedText.of("Maksuton"));
        service.setEligibility(LocalizedText.of("Työttömät työnhakijat"));
        service.setMinimumAge(16);
        service.setMaximumAge(29);
        service.setValidFrom(LocalDate.of(2026, 1, 1));
        service.setValidTo(LocalDate.of(2027, 12, 31));
        service.setFunding("ESF+");
        service.addCapacity(capacity(CapacityUnit.PLACES, 4, 12,
                new LocalizedText("Syksyn ryhmä", "Höstens grupp", "The autumn group"), "2026-11-02T08:30:00Z"));
        service.addCapacity(capacity(CapacityUnit.QUEUE_WEEKS, 6, null, new LocalizedText(), "2026-11-20T12:00:00.250Z"));
        service.setAlternateName(new LocalizedText("Nuorten työnhaku " + token, "Ungas jobbsökning", null));
        service.setAlert(new LocalizedText("Syksyn ryhmä on täynnä", "Höstens grupp är full", null));
        service.getInterpretationServices().set("fi", "Tulkkaus arabiaksi");
        service.getAccreditations().set("fi", "Laatusertifikaatti");
        service.addCostOption(new fi.ekokartta.offering.ServiceCostOption(new LocalizedText("Opiskelijat", "Studerande", null),
                new java.math.BigDecimal("12.50"), "EUR", LocalizedText.of("kerta"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
        service.addRequiredDocument(new fi.ekokartta.offering.RequiredDocument(new LocalizedText("Lähete", "Remiss", null),
                "https://testitoimija.example/lahete"));
        service.addArea(new fi.ekokartta.offering.ServiceArea(LocalizedText.of("Keskusta"),
                LocalizedText.of("Postinumerot 84100–84120"), null, null, null));
        fi.ekokartta.actor.Program program = new fi.ekokartta.actor.Program();
        program.getName().set("fi", "Nuorten polku");
        program.getName().set("sv", "Ungas stig");
        program.getDescription().set("fi", "ESR-hanke");
        service.getProvider().addProgram(program);
        service.setProgram(program);
        service.getCoProducers().add(coProducer);
        service.setAssuredDate(LocalDate.of(2026, 10, 1));
        service.setAssurer("arvioija@testitoimija.example");
        service.addChannel(visitingAddress());
        service.addChannel(channel(ChannelType.PHONE, channel -> {
            channel.setPhone("+358 50 000 0003");
            channel.setPhoneExtension(205);
            channel.setPhoneType(PhoneType.CELL);
            channel.setName(new LocalizedText("Neuvonta", "Rådgivning", null));
        }));
        service.addChannel(channel(ChannelType.EMAIL, channel -> channel.setEmail("palvelu@testitoimija.example")));
        service.addChannel(channel(ChannelType.WEB, channel -> channel.setUrl("https://testitoimija.example/palvelu")));
        service.addChannel(channel(ChannelType.CHAT, channel -> channel.setUrl("https://testitoimija.example/chat")));
        service.addChannel(channel(ChannelType.REMOTE, channel -> channel.setUrl("teams.example/kokous")));
        service.addChannel(channel(ChannelType.WEB, channel -> {
            channel.setUrl("https://testitoimija.example/lisatietoa");
            channel.setName(LocalizedText.of("Lisätietoa"));
        }));
        service.addContact(serviceContact(new ContactDetails("Palveluohjaaja", "Ohjaaja", "Työllisyyspalvelut",
                "ohjaus@testitoimija.example", "+358 50 000 0004", 31), Visibility.PUBLIC));
        service.addContact(serviceContact(new ContactDetails(staffContactMarker, "Lähetteet", null,
                "lahetteet@testitoimija.example", "+358 50 000 0005"), Visibility.STAFF));
    }

    private static ServiceCapacity capacity(CapacityUnit unit, int available, Integer maximum, LocalizedText description,
                                            String updated) {
        ServiceCapacity capacity = new ServiceCapacity();
        capacity.setFigure(unit, available, maximum, description, Instant.parse(updated));
        return capacity;
    }
}
