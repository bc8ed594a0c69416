package fi.ekokartta.directory;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingContent;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A price of a service in words, one line: "Alle 18-vuotiaat: 35,00 € / tunti (voimassa 1.1.2026
 * – 31.12.2026)". The same on the service card and on a client's handout.
 */
public final class CostText {

    private CostText() {
    }

    /**
     * @param text the wording of a text in the reader's language (or its fallback), null when it has none
     */
    public static String line(OfferingContent.CostOption cost, Function<LocalizedText, String> text, Locale locale,
                              ScheduleText.Translations t) {
        String amount = cost.amount() == null ? null : amount(cost, locale);
        String per = cost.amountDescription() == null ? null : text.apply(cost.amountDescription());
        String price = Stream.of(amount, per).filter(Objects::nonNull).collect(Collectors.joining(" / "));
        String option = cost.option() == null ? null : text.apply(cost.option());
        String line = option == null ? price : price.isEmpty() ? option : option + ": " + price;
        if (cost.validFrom() != null || cost.validTo() != null) {
            line += " (" + t.get("service.facts.cost-valid", (cost.validFrom() == null ? ""
                    : FinnishDates.date(cost.validFrom())) + " – " + (cost.validTo() == null ? ""
                    : FinnishDates.date(cost.validTo()))) + ")";
        }
        return line;
    }

    private static String amount(OfferingContent.CostOption cost, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String currency = cost.currency() == null || "EUR".equals(cost.currency()) ? "€" : cost.currency();
        return format.format(cost.amount()) + " " + currency;
    }
}
