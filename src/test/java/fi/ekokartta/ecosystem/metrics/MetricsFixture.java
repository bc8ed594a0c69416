package fi.ekokartta.ecosystem.metrics;

import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Test data for the ecosystem figures: an active actor per sector (and an archived one), a top
 * class "A" with a subclass whose published services are all in Kalajoki (208), so Alavieska
 * (009) is a gap there (a draft in Alavieska does not count), and a top class "B" whose one
 * service names no municipality and so serves every municipality of the area.
 */
public final class MetricsFixture {

    public static final String KALAJOKI = "208";
    public static final String ALAVIESKA = "009";

    public final Map<ActorSector, Actor> actors = new EnumMap<>(ActorSector.class);
    public final TaxonomyTerm classA;
    public final TaxonomyTerm classB;
    public final String unique = EntryFixture.unique();

    public MetricsFixture(EntryFixture entries, TaxonomyTermRepository terms, MunicipalityRepository municipalities,
                          Consumer<Runnable> deleteAfterTest) {
        for (ActorSector sector : ActorSector.values()) {
            actors.put(sector, entries.actor("Mittaritoimija " + sector + " " + unique, actor -> actor.setSector(sector)));
        }
        entries.actor("Arkistoitu mittaritoimija " + unique, actor -> {
            actor.setSector(ActorSector.COMPANY);
            actor.setStatus(ActorStatus.ARCHIVED);
        });
        classA = term(terms, deleteAfterTest, "zz-mittari-a-" + unique, "Mittariluokka A " + unique, null);
        TaxonomyTerm subclass = term(terms, deleteAfterTest, "zz-mittari-a-" + unique + ".1", "Alaluokka " + unique, classA);
        classB = term(terms, deleteAfterTest, "zz-mittari-b-" + unique, "Mittariluokka B " + unique, null);
        Municipality kalajoki = municipalities.findById(KALAJOKI).orElseThrow();
        Municipality alavieska = municipalities.findById(ALAVIESKA).orElseThrow();
        Actor provider = actors.get(ActorSector.PRIVATE_PROVIDER);
        entries.offering("Mittaripalvelu 1 " + unique, provider, OfferingStatus.PUBLISHED, offering -> {
            offering.getClasses().add(subclass);
            offering.getMunicipalities().add(kalajoki);
        });
        entries.offering("Mittaripalvelu 2 " + unique, provider, OfferingStatus.PUBLISHED, offering -> {
            offering.getClasses().addAll(Set.of(classA, subclass));
            offering.getMunicipalities().add(kalajoki);
        });
        entries.offering("Mittariluonnos " + unique, provider, OfferingStatus.DRAFT, offering -> {
            offering.getClasses().add(classA);
            offering.getMunicipalities().add(alavieska);
        });
        entries.offering("Koko alueen palvelu " + unique, provider, OfferingStatus.PUBLISHED,
                offering -> offering.getClasses().add(classB));
    }

    private static TaxonomyTerm term(TaxonomyTermRepository terms, Consumer<Runnable> deleteAfterTest, String code,
                                     String name, TaxonomyTerm parent) {
        TaxonomyTerm term = new TaxonomyTerm();
        term.setCode(code);
        term.setName(LocalizedText.of(name));
        term.setTaxonomy(TaxonomyTerm.SERVICE_TAXONOMY);
        term.setParent(parent);
        TaxonomyTerm saved = terms.save(term);
        deleteAfterTest.accept(() -> terms.deleteById(saved.getId()));
        return saved;
    }
}
