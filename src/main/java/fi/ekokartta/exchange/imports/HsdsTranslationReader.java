package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.exchange.api.document.AttributeDocument;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.UUID;

/**
 * Swedish and English texts (*.sv.json, *.en.json) laid over the Finnish objects of the same id.
 */
final class HsdsTranslationReader {

    private final ImportGraph graph;

    HsdsTranslationReader(ImportGraph graph) {
        this.graph = graph;
    }

    void read(ImportEntry entry, String language) {
        UUID id = entry.requiredId("id");
        if (id == null) {
            return;
        }
        graph.translated(id, language, entry);
        if (graph.offerings.containsKey(id)) {
            translate(entry, language, graph.offerings.get(id));
        } else if (graph.actors.containsKey(id)) {
            Actor actor = graph.actors.get(id);
            set(entry, "name", actor.getName(), language);
            set(entry, "description", actor.getDescription(), language);
            translateParts(entry, "programs", actor.getPrograms(), language, (item, program) -> {
                set(item, "name", program.getName(), language);
                set(item, "alternate_name", program.getAlternateName(), language);
                set(item, "description", program.getDescription(), language);
            });
        } else if (graph.terms.containsKey(id)) {
            TaxonomyTerm term = graph.terms.get(id);
            set(entry, "name", term.getName(), language);
            set(entry, "description", term.getDescription(), language);
        } else if (graph.targetGroups.containsKey(id)) {
            TargetGroup group = graph.targetGroups.get(id);
            set(entry, "name", group.getName(), language);
            set(entry, "description", group.getDescription(), language);
        } else {
            entry.reject("id", "import.problem.not-in-finnish-files");
        }
    }

    private void translate(ImportEntry entry, String language, Offering offering) {
        set(entry, "name", offering.getName(), language);
        set(entry, "description", offering.getDescription(), language);
        set(entry, "application_process", offering.getHowToGetThere(), language);
        set(entry, "eligibility_description", offering.getEligibility(), language);
        set(entry, "fees_description", offering.getCostDescription(), language);
        HsdsAttributes attributes = HsdsAttributes.of(entry, entry.list("attributes", AttributeDocument.class));
        attributes.keywordsIn(language).forEach(word -> offering.getKeywords().add(new Keyword(language, word)));
        HsdsServiceExtensions.applyTexts(attributes, offering, language);
        translateCapacities(entry, language, offering);
        HsdsServiceTermsReader.texts(entry, offering, language);
        translateParts(entry, "cost_options", offering.getCostOptions(), language, (item, option) -> {
            set(item, "option", option.getOption(), language);
            set(item, "amount_description", option.getAmountDescription(), language);
        });
        translateParts(entry, "required_documents", offering.getRequiredDocuments(), language,
                (item, document) -> set(item, "document", document.getDocument(), language));
        translateParts(entry, "service_areas", offering.getAreas(), language, (item, area) -> {
            set(item, "name", area.getName(), language);
            set(item, "description", area.getDescription(), language);
        });
        translateChannels(entry, language, offering);
    }

    /** The texts of a service's parts, each matched by its id. */
    private static <T extends BaseEntity> void translateParts(ImportEntry entry, String field, List<T> parts,
                                                              String language, BiConsumer<ImportEntry, T> translate) {
        List<JsonNode> items = entry.array(field);
        for (int i = 0; i < items.size(); i++) {
            ImportEntry item = entry.child(items.get(i), field + "[" + i + "]");
            UUID id = item.id("id").orElse(null);
            parts.stream().filter(part -> part.getId().equals(id)).findFirst().ifPresent(part -> translate.accept(item, part));
        }
    }

    /**
     * Channel names, matched by the channel's id: a place's (service_at_location) id with its
     * location's name and description, a phone's id with its description — as the Finnish files carry them.
     */
    private static void translateChannels(ImportEntry entry, String language, Offering offering) {
        List<JsonNode> places = entry.array("service_at_locations");
        for (int i = 0; i < places.size(); i++) {
            ImportEntry place = entry.child(places.get(i), "service_at_locations[" + i + "]");
            UUID id = place.id("id").orElse(null);
            JsonNode location = place.raw("location");
            if (location != null && location.isObject()) {
                ImportEntry named = place.child(location, "location");
                named.id("id");
                channel(offering, id).ifPresent(channel -> {
                    set(named, "name", channel.getName(), language);
                    set(named, "description", channel.getDescription(), language);
                });
            }
        }
        List<JsonNode> phones = entry.array("phones");
        for (int i = 0; i < phones.size(); i++) {
            ImportEntry phone = entry.child(phones.get(i), "phones[" + i + "]");
            UUID id = phone.id("id").orElse(null);
            channel(offering, id).ifPresent(channel -> set(phone, "description", channel.getName(), language));
        }
    }

    private static java.util.Optional<ServiceChannel> channel(Offering offering, UUID id) {
        return id == null ? java.util.Optional.empty()
                : offering.getChannels().stream().filter(channel -> id.equals(channel.getId())).findFirst();
    }

    /** A capacity's description, matched by the capacity's id (HSDS requires one on each). */
    private static void translateCapacities(ImportEntry entry, String language, Offering offering) {
        List<JsonNode> items = entry.array("capacities");
        for (int i = 0; i < items.size(); i++) {
            ImportEntry item = entry.child(items.get(i), "capacities[" + i + "]");
            UUID id = item.id("id").orElse(null);
            offering.getCapacities().stream().filter(capacity -> capacity.getId().equals(id)).findFirst()
                    .ifPresent(capacity -> set(item, "description", capacity.getDescription(), language));
        }
    }

    private static void set(ImportEntry entry, String field, LocalizedText text, String language) {
        entry.text(field).ifPresent(value -> text.set(language, value));
    }
}
