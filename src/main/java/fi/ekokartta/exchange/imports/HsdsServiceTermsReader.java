package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.RequiredDocument;
import fi.ekokartta.offering.ServiceArea;
import fi.ekokartta.offering.ServiceCostOption;
import fi.ekokartta.exchange.api.document.CostOptionDocument;
import fi.ekokartta.exchange.api.document.RequiredDocumentDocument;
import fi.ekokartta.exchange.api.document.ServiceAreaDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The terms of using a service in HSDS: its short texts (alternate name, alert, interpretation,
 * accreditations), its prices ({@code cost_options}) and the documents a client needs
 * ({@code required_documents}); and the service areas that are not municipalities. Each part keeps
 * its source id, so that a translation file and a later import find it again.
 */
final class HsdsServiceTermsReader {

    private final ImportGraph graph;

    HsdsServiceTermsReader(ImportGraph graph) {
        this.graph = graph;
    }

    void read(ImportEntry entry, ServiceDocument service, Offering offering) {
        texts(service, offering, "fi");
        for (int i = 0; i < service.costOptions().size(); i++) {
            if (service.costOptions().get(i) != null) {
                costOption(entry.child("cost_options", i), service.costOptions().get(i), offering);
            }
        }
        for (int i = 0; i < service.requiredDocuments().size(); i++) {
            if (service.requiredDocuments().get(i) != null) {
                requiredDocument(entry.child("required_documents", i), service.requiredDocuments().get(i), offering);
            }
        }
    }

    /** The plain texts, in the language of the document read. */
    static void texts(ServiceDocument service, Offering offering, String language) {
        Optional.ofNullable(service.alternateName()).ifPresent(text -> offering.getAlternateName().set(language, text));
        Optional.ofNullable(service.alert()).ifPresent(text -> offering.getAlert().set(language, text));
        Optional.ofNullable(service.interpretationServices())
                .ifPresent(text -> offering.getInterpretationServices().set(language, text));
        Optional.ofNullable(service.accreditations()).ifPresent(text -> offering.getAccreditations().set(language, text));
    }

    /** A service area without a municipality code: kept as it came, its uri a web address. */
    void area(ImportEntry area, ServiceAreaDocument item, Offering offering) {
        UUID id = partId(item.id());
        String name = item.name();
        String description = item.description();
        String extent = item.extent();
        String extentType = item.extentType();
        String uri = area.webAddress("uri", item.uri()).orElse(null);
        // The service it belongs to is the one it is listed in.
        area.used("service_id");
        if (name == null && description == null && extent == null && uri == null) {
            return;
        }
        ServiceArea stored = new ServiceArea(LocalizedText.of(name), LocalizedText.of(description), extent, extentType, uri);
        if (id != null) {
            stored.setId(id);
        }
        offering.addArea(stored);
    }

    private void costOption(ImportEntry item, CostOptionDocument cost, Offering offering) {
        UUID id = partId(cost.id());
        String option = cost.option();
        BigDecimal amount = amount(item, cost.amount());
        String currency = cost.currency() == null ? null : cost.currency().toUpperCase(Locale.ROOT);
        if (currency != null && !isCurrency(currency)) {
            item.reject("currency", "import.problem.not-currency", currency);
            currency = null;
        }
        String amountDescription = cost.amountDescription();
        LocalDate from = Optional.ofNullable(cost.validFrom()).flatMap(date -> item.parseDate("valid_from", date)).orElse(null);
        LocalDate to = Optional.ofNullable(cost.validTo()).flatMap(date -> item.parseDate("valid_to", date)).orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            item.reject("valid_to", "import.problem.ends-before-start", to.toString(), from.toString());
            return;
        }
        if (option == null && amount == null && amountDescription == null) {
            return;
        }
        ServiceCostOption kept = new ServiceCostOption(LocalizedText.of(option), amount, currency,
                LocalizedText.of(amountDescription), from, to);
        if (id != null) {
            kept.setId(id);
        }
        offering.addCostOption(kept);
    }

    /** An ISO 4217 code the JDK knows (EUR, SEK, GBP ...). */
    private static boolean isCurrency(String code) {
        try {
            return code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException notACurrency) {
            return false;
        }
    }

    private static BigDecimal amount(ImportEntry item, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            item.reject("amount", "import.problem.negative-amount", amount.toPlainString());
            return null;
        }
        if (amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
            item.reject("amount", "import.problem.not-amount", amount.toPlainString());
            return null;
        }
        return amount;
    }

    private void requiredDocument(ImportEntry item, RequiredDocumentDocument required, Offering offering) {
        UUID id = partId(required.id());
        String document = required.document();
        String uri = item.webAddress("uri", required.uri()).orElse(null);
        if (document == null && uri == null) {
            return;
        }
        RequiredDocument kept = new RequiredDocument(LocalizedText.of(document), uri);
        if (id != null) {
            kept.setId(id);
        }
        offering.addRequiredDocument(kept);
    }

    private UUID partId(UUID id) {
        return id != null && graph.claimPartId(id) ? id : null;
    }
}
