package fi.ekokartta.exchange.imports;

import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;

import java.util.Set;
import java.util.UUID;

/**
 * Ekokartta's own service fields carried as HSDS attributes of taxonomy {@code ekokartta}:
 * summary, access, staff-only referral instructions and notes, charge type, validity, co-producers
 * and draft status.
 */
final class HsdsServiceExtensions {

    static final Set<String> KNOWN = Set.of("summary", "access", "referral_instructions", "internal_note",
            "charge_type", "valid_from", "valid_to", "co_producer", "publication");

    private final ImportEntry entry;
    private final ImportGraph graph;

    HsdsServiceExtensions(ImportEntry entry, ImportGraph graph) {
        this.entry = entry;
        this.graph = graph;
    }

    void apply(HsdsAttributes attributes, Offering offering) {
        attributes.extensions.keySet().stream().filter(code -> !KNOWN.contains(code)).forEach(code ->
                entry.reject("attributes." + code, "import.problem.unknown-attribute", code,
                        String.join(", ", KNOWN.stream().sorted().toList())));
        text(attributes, "summary", offering);
        String access = attributes.extension("access");
        if (access != null) {
            offering.setAccess(entry.parseEnum("attributes.access", access, AccessMode.class).orElse(null));
        }
        String chargeType = attributes.extension("charge_type");
        if (chargeType != null) {
            offering.setChargeType(entry.parseEnum("attributes.charge_type", chargeType, ChargeType.class).orElse(null));
        }
        String validFrom = attributes.extension("valid_from");
        String validTo = attributes.extension("valid_to");
        if (validFrom != null) {
            entry.parseDate("attributes.valid_from", validFrom).ifPresent(offering::setValidFrom);
        }
        if (validTo != null) {
            entry.parseDate("attributes.valid_to", validTo).ifPresent(offering::setValidTo);
        }
        if (offering.getValidFrom() != null && offering.getValidTo() != null
                && offering.getValidTo().isBefore(offering.getValidFrom())) {
            entry.reject("attributes.valid_to", "import.problem.ends-before-start", offering.getValidTo(), offering.getValidFrom());
        }
        for (String producer : attributes.extensions("co_producer")) {
            coProducer(producer, offering);
        }
        String publication = attributes.extension("publication");
        if ("draft".equalsIgnoreCase(publication)) {
            offering.setStatus(OfferingStatus.DRAFT);
        } else if (publication != null) {
            entry.reject("attributes.publication", "import.problem.not-one-of", publication, "draft");
        }
        text(attributes, "referral_instructions", offering);
        text(attributes, "internal_note", offering);
    }

    /** The localizable extension texts, in the language of the file being read. */
    static void applyTexts(HsdsAttributes attributes, Offering offering, String language) {
        set(attributes.extension("summary"), offering, language, "summary");
        set(attributes.extension("referral_instructions"), offering, language, "referral_instructions");
        set(attributes.extension("internal_note"), offering, language, "internal_note");
    }

    private void text(HsdsAttributes attributes, String code, Offering offering) {
        set(attributes.extension(code), offering, "fi", code);
    }

    private static void set(String value, Offering offering, String language, String code) {
        if (value == null) {
            return;
        }
        switch (code) {
            case "summary" -> offering.getSummary().set(language, value);
            case "referral_instructions" -> offering.getReferralInstructions().set(language, value);
            default -> offering.getInternalNote().set(language, value);
        }
    }

    private void coProducer(String producer, Offering offering) {
        try {
            UUID id = UUID.fromString(producer);
            graph.actor(entry, "attributes.co_producer", id).ifPresent(offering.getCoProducers()::add);
        } catch (IllegalArgumentException e) {
            entry.reject("attributes.co_producer", "import.problem.not-uuid", producer);
        }
    }
}
