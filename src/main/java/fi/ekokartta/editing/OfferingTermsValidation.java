package fi.ekokartta.editing;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.Program;
import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.ServiceArea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Checks the prices, required documents and {@link OfferingContent.MoreTerms} of a service as an
 * editor gives them, field by field.
 */
final class OfferingTermsValidation {

    /** A service lists a few prices and documents; more is a sign of pasting gone wrong. */
    static final int MAX_ITEMS = 20;
    /** The largest price (10 digits before the decimals, as stored). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    static final int OPTION_LENGTH = 500;
    static final int DOCUMENT_LENGTH = 1000;
    static final int AREA_NAME_LENGTH = 500;

    private OfferingTermsValidation() {
    }

    static List<OfferingContent.CostOption> costOptions(InputCheck check, List<OfferingContent.CostOption> edited) {
        if (edited.size() > MAX_ITEMS) {
            check.reject("costOptions", "editing.error.too-many");
        }
        List<OfferingContent.CostOption> valid = new ArrayList<>();
        for (int i = 0; i < edited.size(); i++) {
            OfferingContent.CostOption c = edited.get(i);
            String field = "costOptions[" + i + "]";
            LocalizedText option = check.localized(field + ".option", orEmpty(c.option()), OPTION_LENGTH, false, false);
            LocalizedText per = check.localized(field + ".amountDescription", orEmpty(c.amountDescription()),
                    InputCheck.SHORT_TEXT, false, false);
            BigDecimal amount = amount(check, field + ".amount", c.amount());
            String currency = currency(check, field + ".currency", c.currency(), amount != null);
            if (amount == null && option.isEmpty() && per.isEmpty()) {
                check.reject(field + ".amount", "editing.error.cost-empty");
            }
            if (c.validFrom() != null && c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
                check.reject(field + ".validTo", "editing.error.valid-to-before-from");
            }
            valid.add(new OfferingContent.CostOption(c.id(), option, amount, currency, per, c.validFrom(), c.validTo()));
        }
        return valid;
    }

    private static BigDecimal amount(InputCheck check, String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
            return check.reject(field, "editing.error.cost-amount");
        }
        return amount;
    }

    /** An ISO 4217 code; a price needs one, and euros are what an editor means when she gives none. */
    private static String currency(InputCheck check, String field, String currency, boolean hasAmount) {
        String code = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (code == null) {
            return hasAmount ? "EUR" : null;
        }
        try {
            if (code.matches("[A-Z]{3}") && Currency.getInstance(code) != null) {
                return code;
            }
        } catch (IllegalArgumentException notACurrency) {
            // reported below
        }
        return check.reject(field, "editing.error.cost-currency");
    }

    static List<OfferingContent.Document> documents(InputCheck check, List<OfferingContent.Document> edited) {
        if (edited.size() > MAX_ITEMS) {
            check.reject("requiredDocuments", "editing.error.too-many");
        }
        List<OfferingContent.Document> valid = new ArrayList<>();
        for (int i = 0; i < edited.size(); i++) {
            OfferingContent.Document d = edited.get(i);
            String field = "requiredDocuments[" + i + "]";
            LocalizedText document = check.localized(field + ".document", orEmpty(d.document()), DOCUMENT_LENGTH, true, false);
            valid.add(new OfferingContent.Document(d.id(), document, check.url(field + ".uri", d.uri())));
        }
        return valid;
    }

    /**
     * Interpretation, accreditations and the further areas; an area needs a name, a description,
     * an address or an extent, as an import needs one to keep it.
     */
    static OfferingContent.MoreTerms moreTerms(InputCheck check, OfferingContent.MoreTerms edited) {
        List<OfferingContent.Area> areas = new ArrayList<>();
        for (int i = 0; i < edited.areas().size(); i++) {
            OfferingContent.Area a = edited.areas().get(i);
            String field = "areas[" + i + "]";
            if (a.name().isEmpty() && a.description().isEmpty() && isBlank(a.uri()) && isBlank(a.extent())) {
                check.reject(field + ".name.fi", "editing.error.area-empty");
            }
            areas.add(new OfferingContent.Area(a.id(),
                    check.localized(field + ".name", a.name(), AREA_NAME_LENGTH, false, false),
                    check.localized(field + ".description", a.description(), OfferingValidation.SHORT_RICH_TEXT_LENGTH,
                            false, false),
                    check.url(field + ".uri", a.uri()), check.text(field + ".extent", a.extent(), ServiceArea.EXTENT_LENGTH),
                    check.text(field + ".extentType", a.extentType(), ServiceArea.EXTENT_TYPE_LENGTH)));
        }
        return new OfferingContent.MoreTerms(
                check.localized("interpretationServices", edited.interpretationServices(),
                        OfferingValidation.SHORT_RICH_TEXT_LENGTH, false, false),
                check.localized("accreditations", edited.accreditations(), OfferingValidation.SHORT_RICH_TEXT_LENGTH,
                        false, false),
                edited.programId(), areas);
    }

    /** The program a service belongs to: one of its provider's own, as an import requires too. */
    static Program program(InputCheck check, UUID programId, Actor provider) {
        if (programId == null) {
            return null;
        }
        return provider.getPrograms().stream().filter(program -> programId.equals(program.getId())).findFirst()
                .orElseGet(() -> check.reject("program", "editing.error.program-unknown"));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? new LocalizedText() : text;
    }
}
