package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.PhoneDocument;
import fi.ekokartta.exchange.api.document.ServiceAtLocationDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.ServiceChannel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Swedish and English texts (*.sv.json, *.en.json) laid over the Finnish objects of the same id.
 * A translation is bound as the document of the object its id names (a service, an organization,
 * a taxonomy term); only its texts and the ids matching them count as read, so anything else in a
 * translation file is reported as dropped.
 */
final class HsdsTranslationReader {

    /** A translation names its object by id alone; which document it is follows from that object. */
    private record Translated(UUID id) {
    }

    private final ImportGraph graph;

    HsdsTranslationReader(ImportGraph graph) {
        this.graph = graph;
    }

    void read(ImportEntry entry, String language) {
        UUID id = entry.required("id", entry.bind(Translated.class).id());
        if (id == null) {
            entry.readOnly("id");
            return;
        }
        graph.translated(id, language, entry);
        if (graph.offerings.containsKey(id)) {
            ServiceDocument service = entry.bind(ServiceDocument.class);
            entry.readOnly("id", "name", "description", "application_process", "eligibility_description",
                    "fees_description", "alternate_name", "alert", "interpretation_services", "accreditations",
                    "attributes", "capacities", "cost_options", "required_documents", "service_areas",
                    "service_at_locations", "phones");
            translate(entry, service, language, graph.offerings.get(id));
        } else if (graph.actors.containsKey(id)) {
            OrganizationDocument organization = entry.bind(OrganizationDocument.class);
            entry.readOnly("id", "name", "description", "programs");
            Actor actor = graph.actors.get(id);
            set(organization.name(), actor.getName(), language);
            set(organization.description(), actor.getDescription(), language);
            translateParts(entry, "programs", organization.programs(), p -> p.id(), actor.getPrograms(),
                    List.of("name", "alternate_name", "description"), (program, kept) -> {
                        set(program.name(), kept.getName(), language);
                        set(program.alternateName(), kept.getAlternateName(), language);
                        set(program.description(), kept.getDescription(), language);
                    });
        } else if (graph.terms.containsKey(id) || graph.targetGroups.containsKey(id)) {
            TaxonomyTermDocument term = entry.bind(TaxonomyTermDocument.class);
            entry.readOnly("id", "name", "description");
            boolean isTerm = graph.terms.containsKey(id);
            set(term.name(), isTerm ? graph.terms.get(id).getName() : graph.targetGroups.get(id).getName(), language);
            set(term.description(), isTerm ? graph.terms.get(id).getDescription()
                    : graph.targetGroups.get(id).getDescription(), language);
        } else {
            entry.readOnly("id");
            entry.reject("id", "import.problem.not-in-finnish-files");
        }
    }

    private void translate(ImportEntry entry, ServiceDocument service, String language, Offering offering) {
        set(service.name(), offering.getName(), language);
        set(service.description(), offering.getDescription(), language);
        set(service.applicationProcess(), offering.getHowToGetThere(), language);
        set(service.eligibilityDescription(), offering.getEligibility(), language);
        set(service.feesDescription(), offering.getCostDescription(), language);
        HsdsAttributes attributes = HsdsAttributes.of(entry, service.attributes());
        // A translation links no terms: a link's term is the Finnish file's.
        attributes.termLinks.forEach(HsdsAttributes::termNotRead);
        attributes.keywordsIn(language).forEach(word -> offering.getKeywords().add(new Keyword(language, word)));
        HsdsServiceExtensions.applyTexts(attributes, offering, language);
        translateParts(entry, "capacities", service.capacities(), c -> c.id(), offering.getCapacities(),
                List.of("description"), (item, capacity) -> set(item.description(), capacity.getDescription(), language));
        HsdsServiceTermsReader.texts(service, offering, language);
        translateParts(entry, "cost_options", service.costOptions(), c -> c.id(), offering.getCostOptions(),
                List.of("option", "amount_description"), (item, option) -> {
                    set(item.option(), option.getOption(), language);
                    set(item.amountDescription(), option.getAmountDescription(), language);
                });
        translateParts(entry, "required_documents", service.requiredDocuments(), d -> d.id(),
                offering.getRequiredDocuments(), List.of("document"),
                (item, document) -> set(item.document(), document.getDocument(), language));
        translateParts(entry, "service_areas", service.serviceAreas(), a -> a.id(), offering.getAreas(),
                List.of("name", "description"), (item, area) -> {
                    set(item.name(), area.getName(), language);
                    set(item.description(), area.getDescription(), language);
                });
        translateChannels(entry, service, language, offering);
    }

    /**
     * The texts of a service's parts, each matched by its id; of a part matching none only its id is read.
     *
     * @param texts the fields translated
     */
    private static <D, T extends BaseEntity> void translateParts(ImportEntry entry, String field, List<D> items,
                                                                 Function<D, UUID> idOf, List<T> parts,
                                                                 List<String> texts, BiConsumer<D, T> translate) {
        for (int i = 0; i < items.size(); i++) {
            D item = items.get(i);
            if (item == null) {
                continue;
            }
            UUID id = idOf.apply(item);
            ImportEntry part = entry.child(field, i);
            Optional<T> matched = parts.stream().filter(kept -> kept.getId().equals(id)).findFirst();
            if (matched.isPresent()) {
                part.readOnly(java.util.stream.Stream.concat(java.util.stream.Stream.of("id"), texts.stream())
                        .toArray(String[]::new));
                translate.accept(item, matched.get());
            } else {
                part.readOnly("id");
            }
        }
    }

    /**
     * Channel names, matched by the channel's id: a place's (service_at_location) id with its
     * location's name and description, a phone's id with its description — as the Finnish files carry them.
     */
    private static void translateChannels(ImportEntry entry, ServiceDocument service, String language, Offering offering) {
        List<ServiceAtLocationDocument> places = service.serviceAtLocations();
        for (int i = 0; i < places.size(); i++) {
            ServiceAtLocationDocument place = places.get(i);
            if (place == null) {
                continue;
            }
            ImportEntry placeEntry = entry.child("service_at_locations", i);
            placeEntry.readOnly("id", "location");
            if (place.location() == null) {
                continue;
            }
            ImportEntry location = placeEntry.child("location");
            Optional<ServiceChannel> channel = channel(offering, place.id());
            if (channel.isPresent()) {
                location.readOnly("id", "name", "description");
                set(place.location().name(), channel.get().getName(), language);
                set(place.location().description(), channel.get().getDescription(), language);
            } else {
                location.readOnly("id");
            }
        }
        List<PhoneDocument> phones = service.phones();
        for (int i = 0; i < phones.size(); i++) {
            PhoneDocument phone = phones.get(i);
            if (phone == null) {
                continue;
            }
            Optional<ServiceChannel> channel = channel(offering, phone.id());
            entry.child("phones", i).readOnly(channel.isPresent() ? new String[] {"id", "description"} : new String[] {"id"});
            channel.ifPresent(found -> set(phone.description(), found.getName(), language));
        }
    }

    private static Optional<ServiceChannel> channel(Offering offering, UUID id) {
        return id == null ? Optional.empty()
                : offering.getChannels().stream().filter(channel -> id.equals(channel.getId())).findFirst();
    }

    private static void set(String value, LocalizedText text, String language) {
        if (value != null) {
            text.set(language, value);
        }
    }
}
