package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.exchange.api.document.AttributeDocument;
import fi.ekokartta.exchange.api.document.ContactDocument;
import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceContact;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** HSDS services become Ekokartta services; see seed-data/README.md for the mapping. */
final class HsdsServiceReader {

    private static final Pattern MUNICIPALITY_URI = Pattern.compile(".*/kunta_[^/]+/code/(\\d{3})$");
    private static final Map<String, OfferingStatus> STATUSES = Map.of(
            "active", OfferingStatus.PUBLISHED, "temporarily closed", OfferingStatus.PUBLISHED,
            "inactive", OfferingStatus.ARCHIVED, "defunct", OfferingStatus.ARCHIVED);

    private final ImportGraph graph;
    private final HsdsTaxonomyReader taxonomy;
    private final HsdsChannelReader channels = new HsdsChannelReader();
    private final HsdsCapacityReader capacities = new HsdsCapacityReader();
    private final HsdsServiceTermsReader terms;

    HsdsServiceReader(ImportGraph graph, HsdsTaxonomyReader taxonomy) {
        this.graph = graph;
        this.taxonomy = taxonomy;
        this.terms = new HsdsServiceTermsReader(graph);
    }

    /**
     * Reads services; a service nested in an organization ({@code services} of a compiled
     * organization) is provided by that organization unless it names another.
     */
    void read(List<ImportEntry> items, Map<ImportEntry, UUID> nestedIn) {
        items.forEach(item -> readService(item, nestedIn.get(item)));
    }

    private void readService(ImportEntry entry, UUID organizationAround) {
        UUID id = entry.requiredId("id");
        String name = entry.requiredText("name");
        OfferingStatus status = status(entry);
        Actor provider = organizationAround != null && !entry.has("organization_id") && !entry.has("organization")
                ? graph.actors.get(organizationAround) : provider(entry);
        if (id == null || name == null) {
            return;
        }
        if (graph.offerings.containsKey(id)) {
            graph.repeated(id, entry);
            return;
        }
        graph.register(id, entry);
        Offering offering = new Offering();
        offering.setId(id);
        offering.getName().set("fi", name);
        offering.setStatus(status);
        offering.setProvider(provider);
        readTexts(entry, offering);
        readAges(entry, offering);
        entry.date("assured_date").ifPresent(offering::setAssuredDate);
        offering.setAssurer(entry.email("assurer_email").orElse(null));
        offering.setFunding(entry.array("funding").stream()
                .map(item -> entry.child(item, "funding").text("source").orElse(null))
                .filter(source -> source != null).collect(Collectors.joining("; ")));
        if (offering.getFunding().isEmpty()) {
            offering.setFunding(null);
        }
        readMunicipalities(entry, offering);
        readLanguages(entry, offering);
        channels.read(entry, offering, graph);
        capacities.read(entry, offering, graph);
        terms.read(entry, offering);
        new HsdsProgramReader(graph).link(entry, offering);
        HsdsContacts.contacts(entry, entry.list("contacts", ContactDocument.class)).forEach(contact -> {
            ServiceContact serviceContact = new ServiceContact();
            serviceContact.setPerson(contact.details());
            contact.id().filter(graph::claimPartId).ifPresent(serviceContact::setId);
            serviceContact.setVisibility(contact.visibility());
            offering.addContact(serviceContact);
        });
        HsdsAttributes attributes = HsdsAttributes.of(entry, entry.list("attributes", AttributeDocument.class));
        attributes.keywords.forEach(word -> offering.getKeywords().add(new Keyword("fi", word)));
        readTermLinks(attributes, offering);
        new HsdsServiceExtensions(entry, graph).apply(attributes, offering);
        graph.offerings.put(id, offering);
    }

    private OfferingStatus status(ImportEntry entry) {
        String status = entry.requiredText("status");
        if (status == null) {
            return OfferingStatus.DRAFT;
        }
        OfferingStatus parsed = STATUSES.get(status.toLowerCase(Locale.ROOT));
        if (parsed == null) {
            entry.reject("status", "import.problem.not-one-of", status, "active, inactive, defunct, temporarily closed");
            return OfferingStatus.DRAFT;
        }
        return parsed;
    }

    /**
     * The providing organization: organization_id, or the nested organization of a compiled
     * service (created by the dataset reader when no organizations file has it). Both must agree.
     */
    private Actor provider(ImportEntry entry) {
        JsonNode nested = entry.raw("organization");
        boolean hasNested = nested != null && nested.isObject();
        if (entry.has("organization_id")) {
            Actor actor = graph.actor(entry, "organization_id").orElse(null);
            UUID nestedId = hasNested ? ImportReader.quietId(nested).orElse(null) : null;
            if (actor != null && nestedId != null && !nestedId.equals(actor.getId())) {
                entry.child(nested, "organization").reject("id", "import.problem.organization-differs", nestedId.toString(),
                        actor.getId().toString());
                return null;
            }
            return actor;
        }
        if (hasNested) {
            // A nested organization that could not be read has been reported by the organization reader.
            return ImportReader.quietId(nested).map(graph.actors::get).orElse(null);
        }
        entry.reject("organization_id", "import.problem.needs-organization");
        return null;
    }

    private void readTexts(ImportEntry entry, Offering offering) {
        entry.text("description").ifPresent(text -> offering.getDescription().set("fi", text));
        entry.text("application_process").ifPresent(text -> offering.getHowToGetThere().set("fi", text));
        entry.text("eligibility_description").ifPresent(text -> offering.getEligibility().set("fi", text));
        entry.text("fees_description").or(() -> entry.text("fees"))
                .ifPresent(text -> offering.getCostDescription().set("fi", text));
    }

    private void readAges(ImportEntry entry, Offering offering) {
        entry.integer("minimum_age").ifPresent(offering::setMinimumAge);
        entry.integer("maximum_age").ifPresent(offering::setMaximumAge);
        if (offering.getMinimumAge() != null && offering.getMaximumAge() != null
                && offering.getMinimumAge() > offering.getMaximumAge()) {
            entry.reject("maximum_age", "import.problem.below-minimum-age");
        }
    }

    /** Service areas naming a municipality by its code URI become its municipalities; other areas are kept as areas. */
    private void readMunicipalities(ImportEntry entry, Offering offering) {
        List<JsonNode> areas = entry.array("service_areas");
        for (int i = 0; i < areas.size(); i++) {
            ImportEntry area = entry.child(areas.get(i), "service_areas[" + i + "]");
            String uri = area.text("uri").orElse("");
            Matcher matcher = MUNICIPALITY_URI.matcher(uri);
            if (matcher.matches()) {
                graph.municipality(area, "uri", matcher.group(1)).ifPresent(offering.getMunicipalities()::add);
            } else if (uri.contains("/kunta")) {
                area.reject("uri", "import.problem.not-municipality-uri", uri);
            } else {
                terms.area(area, offering);
            }
        }
    }

    private void readLanguages(ImportEntry entry, Offering offering) {
        List<JsonNode> languages = entry.array("languages");
        for (int i = 0; i < languages.size(); i++) {
            ImportEntry language = entry.child(languages.get(i), "languages[" + i + "]");
            language.text("code").map(code -> code.toLowerCase(Locale.ROOT)).ifPresentOrElse(code -> {
                if (code.matches("[a-z]{2,3}")) {
                    offering.getLanguages().add(code);
                } else {
                    language.reject("code", "import.problem.not-language", code);
                }
            }, () -> language.reject("code", "import.problem.required"));
        }
    }

    private void readTermLinks(HsdsAttributes attributes, Offering offering) {
        for (HsdsAttributes.TermLink link : attributes.termLinks) {
            TargetGroup group = graph.targetGroup(link.termId()).orElse(null);
            TaxonomyTerm term = group != null ? null : graph.term(link.termId()).orElse(null);
            if (group != null || term != null) {
                HsdsAttributes.termNotRead(link);
            }
            if (group != null) {
                offering.getTargetGroups().add(group);
            } else if (term != null) {
                offering.getClasses().add(term);
            } else if (link.nestedTerm() != null) {
                taxonomy.readNested(link.nestedTerm(), link.term()).ifPresent(offering.getClasses()::add);
            } else {
                link.attribute().reject("taxonomy_term_id", "import.problem.unknown-term", link.termId().toString());
            }
        }
    }
}
