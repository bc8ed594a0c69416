package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.RequiredDocument;
import fi.ekokartta.offering.ServiceArea;
import fi.ekokartta.offering.ServiceCostOption;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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

    void read(ImportEntry service, Offering offering) {
        texts(service, offering, "fi");
        each(service, "cost_options", item -> costOption(item, offering));
        each(service, "required_documents", item -> requiredDocument(item, offering));
    }

    /** The plain texts, in the language of the file being read. */
    static void texts(ImportEntry service, Offering offering, String language) {
        service.text("alternate_name").ifPresent(text -> offering.getAlternateName().set(language, text));
        service.text("alert").ifPresent(text -> offering.getAlert().set(language, text));
        service.text("interpretation_services").ifPresent(text -> offering.getInterpretationServices().set(language, text));
        service.text("accreditations").ifPresent(text -> offering.getAccreditations().set(language, text));
    }

    /** A service area without a municipality code: kept as it came, its uri a web address. */
    void area(ImportEntry area, Offering offering) {
        UUID id = partId(area);
        String name = area.text("name").orElse(null);
        String description = area.text("description").orElse(null);
        String extent = area.text("extent").orElse(null);
        String extentType = area.text("extent_type").orElse(null);
        String uri = area.webAddress("uri").orElse(null);
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

    private void costOption(ImportEntry item, Offering offering) {
        UUID id = partId(item);
        item.used("service_id");
        String option = item.text("option").orElse(null);
        BigDecimal amount = amount(item);
        String currency = item.text("currency").map(code -> code.toUpperCase(Locale.ROOT)).orElse(null);
        if (currency != null && !isCurrency(currency)) {
            item.reject("currency", "import.problem.not-currency", currency);
            currency = null;
        }
        String amountDescription = item.text("amount_description").orElse(null);
        LocalDate from = item.date("valid_from").orElse(null);
        LocalDate to = item.date("valid_to").orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            item.reject("valid_to", "import.problem.ends-before-start", to.toString(), from.toString());
            return;
        }
        if (option == null && amount == null && amountDescription == null) {
            return;
        }
        ServiceCostOption cost = new ServiceCostOption(LocalizedText.of(option), amount, currency,
                LocalizedText.of(amountDescription), from, to);
        if (id != null) {
            cost.setId(id);
        }
        offering.addCostOption(cost);
    }

    /** An ISO 4217 code the JDK knows (EUR, SEK, GBP ...). */
    private static boolean isCurrency(String code) {
        try {
            return code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException notACurrency) {
            return false;
        }
    }

    private static BigDecimal amount(ImportEntry item) {
        Optional<Double> number = item.number("amount");
        if (number.isEmpty()) {
            return null;
        }
        BigDecimal amount = item.raw("amount").decimalValue();
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

    private void requiredDocument(ImportEntry item, Offering offering) {
        UUID id = partId(item);
        item.used("service_id");
        String document = item.text("document").orElse(null);
        String uri = item.webAddress("uri").orElse(null);
        if (document == null && uri == null) {
            return;
        }
        RequiredDocument required = new RequiredDocument(LocalizedText.of(document), uri);
        if (id != null) {
            required.setId(id);
        }
        offering.addRequiredDocument(required);
    }

    private UUID partId(ImportEntry item) {
        return item.id("id").filter(graph::claimPartId).orElse(null);
    }

    private static void each(ImportEntry service, String field, Consumer<ImportEntry> read) {
        List<JsonNode> items = service.array(field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                service.reject(field + "[" + i + "]", "import.problem.expected-object", ImportEntry.typeOf(item));
                continue;
            }
            read.accept(service.child(item, field + "[" + i + "]"));
        }
    }
}
