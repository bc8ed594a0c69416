package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.exchange.api.document.FundingDocument;
import fi.ekokartta.exchange.api.document.LanguageDocument;
import fi.ekokartta.exchange.api.document.ServiceAreaDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceContact;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        // The nested organization is read by the organization reader.
        ServiceDocument service = entry.bind(ServiceDocument.class, "organization");
        UUID id = entry.required("id", service.id());
        String name = entry.required("name", service.name());
        OfferingStatus status = status(entry, service);
        Actor provider = organizationAround != null && !entry.has("organization_id") && !entry.has("organization")
                ? graph.actors.get(organizationAround) : provider(entry, service);
        if (id == null || name == null) {
            return;
        }
        if (graph.offerings.containsKey(id)) {
            // Read from its first occurrence: of this one only what told it apart was read.
            entry.readOnly("id", "name", "status", "organization_id", "organization");
            graph.repeated(id, entry);
            return;
        }
        graph.register(id, entry);
        Offering offering = new Offering();
        offering.setId(id);
        offering.getName().set("fi", name);
        offering.setStatus(status);
        offering.setProvider(provider);
        readTexts(entry, service, offering);
        readAges(entry, service, offering);
        Optional.ofNullable(service.assuredDate()).flatMap(date -> entry.parseDate("assured_date", date))
                .ifPresent(offering::setAssuredDate);
        offering.setAssurer(entry.email("assurer_email", service.assurerEmail()).orElse(null));
        readFunding(entry, service, offering);
        // Not kept: further web pages (the service's web page is its url) and the source's time of change.
        entry.unused("additional_urls");
        entry.unused("last_modified");
        readMunicipalities(entry, service, offering);
        readLanguages(entry, service, offering);
        channels.read(entry, service, offering, graph);
        capacities.read(entry, service.capacities(), offering, graph);
        terms.read(entry, service, offering);
        new HsdsProgramReader(graph).link(entry, service, offering);
        HsdsContacts.contacts(entry, service.contacts()).forEach(contact -> {
            ServiceContact serviceContact = new ServiceContact();
            serviceContact.setPerson(contact.details());
            contact.id().filter(graph::claimPartId).ifPresent(serviceContact::setId);
            serviceContact.setVisibility(contact.visibility());
            offering.addContact(serviceContact);
        });
        HsdsAttributes attributes = HsdsAttributes.of(entry, service.attributes());
        attributes.keywords.forEach(word -> offering.getKeywords().add(new Keyword("fi", word)));
        readTermLinks(attributes, offering);
        new HsdsServiceExtensions(entry, graph).apply(attributes, offering);
        graph.offerings.put(id, offering);
    }

    private OfferingStatus status(ImportEntry entry, ServiceDocument service) {
        String status = entry.required("status", service.status());
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
     * The nested organization is only looked at for its id here: the organization reader reads it.
     */
    private Actor provider(ImportEntry entry, ServiceDocument service) {
        JsonNode nested = entry.node().get("organization");
        boolean hasNested = nested != null && nested.isObject();
        if (entry.has("organization_id")) {
            Actor actor = service.organizationId() == null ? null
                    : graph.actor(entry, "organization_id", service.organizationId()).orElse(null);
            UUID nestedId = hasNested ? ImportReader.quietId(nested).orElse(null) : null;
            if (actor != null && nestedId != null && !nestedId.equals(actor.getId())) {
                entry.child("organization").reject("id", "import.problem.organization-differs", nestedId.toString(),
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

    private void readTexts(ImportEntry entry, ServiceDocument service, Offering offering) {
        Optional.ofNullable(service.description()).ifPresent(text -> offering.getDescription().set("fi", text));
        Optional.ofNullable(service.applicationProcess()).ifPresent(text -> offering.getHowToGetThere().set("fi", text));
        Optional.ofNullable(service.eligibilityDescription()).ifPresent(text -> offering.getEligibility().set("fi", text));
        String fees = service.feesDescription();
        if (fees != null) {
            // HSDS 3.0's fees is only read where fees_description is not given.
            entry.unused("fees");
        } else {
            fees = service.fees();
        }
        Optional.ofNullable(fees).ifPresent(text -> offering.getCostDescription().set("fi", text));
    }

    private void readAges(ImportEntry entry, ServiceDocument service, Offering offering) {
        offering.setMinimumAge(service.minimumAge());
        offering.setMaximumAge(service.maximumAge());
        if (offering.getMinimumAge() != null && offering.getMaximumAge() != null
                && offering.getMinimumAge() > offering.getMaximumAge()) {
            entry.reject("maximum_age", "import.problem.below-minimum-age");
        }
    }

    /** The funding sources, as one text; their own ids are not kept. */
    private void readFunding(ImportEntry entry, ServiceDocument service, Offering offering) {
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < service.funding().size(); i++) {
            FundingDocument funding = service.funding().get(i);
            if (funding != null) {
                entry.child("funding", i).unused("id");
                Optional.ofNullable(funding.source()).ifPresent(sources::add);
            }
        }
        offering.setFunding(sources.isEmpty() ? null : String.join("; ", sources));
    }

    /** Service areas naming a municipality by its code URI become its municipalities; other areas are kept as areas. */
    private void readMunicipalities(ImportEntry entry, ServiceDocument service, Offering offering) {
        List<ServiceAreaDocument> areas = service.serviceAreas();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i) == null) {
                continue;
            }
            ImportEntry area = entry.child("service_areas", i);
            String uri = Objects.requireNonNullElse(areas.get(i).uri(), "");
            Matcher matcher = MUNICIPALITY_URI.matcher(uri);
            if (matcher.matches()) {
                // A municipality is named by its code alone.
                List.of("id", "name", "description", "extent", "extent_type").forEach(area::unused);
                graph.municipality(area, "uri", matcher.group(1)).ifPresent(offering.getMunicipalities()::add);
            } else if (uri.contains("/kunta")) {
                area.reject("uri", "import.problem.not-municipality-uri", uri);
            } else {
                terms.area(area, areas.get(i), offering);
            }
        }
    }

    private void readLanguages(ImportEntry entry, ServiceDocument service, Offering offering) {
        List<LanguageDocument> languages = service.languages();
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i) == null) {
                continue;
            }
            ImportEntry language = entry.child("languages", i);
            // A language is its code: the source's id and name are not kept.
            language.unused("id");
            language.unused("name");
            Optional.ofNullable(languages.get(i).code()).map(code -> code.toLowerCase(Locale.ROOT)).ifPresentOrElse(code -> {
                if (code.matches("[a-z]{2,3}")) {
                    offering.getLanguages().add(code);
                } else {
                    language.reject("code", "import.problem.not-language", code);
                }
            }, () -> language.required("code", null));
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
