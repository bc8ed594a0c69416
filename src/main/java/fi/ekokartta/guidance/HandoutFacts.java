package fi.ekokartta.guidance;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.directory.CostText;
import fi.ekokartta.directory.ScheduleText;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.offering.OfferingContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a client must know of a service before she goes, beyond how to reach it: the short-term
 * notice ("the autumn group is full"), the prices and the documents to bring. The handout page
 * and its PDF show the same.
 *
 * @param alert     the notice in the handout's language, or null
 * @param prices    one line a price
 * @param documents each document by name (or its address when it has no name), with its address
 */
public record HandoutFacts(String alert, List<String> prices, List<Document> documents) {

    /**
     * A document to bring: its name and, when it has one, its address (printed in full on paper);
     * {@code link} when that address is a web address to open.
     */
    public record Document(String name, String uri, boolean link) {
    }

    /**
     * @param text the wording of a text in the handout's language (or its Finnish fallback), null when it has none
     */
    public static HandoutFacts of(ServicePage service, Function<LocalizedText, String> text, Locale locale,
                                  ScheduleText.Translations t) {
        List<String> prices = service.costOptions().stream().map(cost -> CostText.line(cost, text, locale, t))
                .filter(line -> !line.isBlank()).toList();
        List<Document> documents = new ArrayList<>();
        for (OfferingContent.Document document : service.requiredDocuments()) {
            String name = document.document() == null ? null : text.apply(document.document());
            if (name != null || document.uri() != null) {
                documents.add(new Document(name == null ? document.uri() : name, document.uri(), document.isWebAddress()));
            }
        }
        return new HandoutFacts(service.alert() == null ? null : text.apply(service.alert()), prices,
                List.copyOf(documents));
    }
}
