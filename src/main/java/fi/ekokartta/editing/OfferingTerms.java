package fi.ekokartta.editing;

import fi.ekokartta.actor.Program;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.RequiredDocument;
import fi.ekokartta.offering.ServiceArea;
import fi.ekokartta.offering.ServiceCostOption;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sets the edited alternate name, alert, prices, required documents, interpretation,
 * accreditations, program and areas other than municipalities on a stored service. A row with a
 * stored id is updated in place (its id and history stay); a new row is added; a stored row left
 * out is removed. A stored area keeps the extent an import gave it.
 */
final class OfferingTerms {

    private OfferingTerms() {
    }

    static void apply(Offering o, OfferingContent c, Program program) {
        o.setAlternateName(c.alternateName());
        o.setAlert(c.alert());
        Map<UUID, ServiceCostOption> costs = byId(o.getCostOptions(), ServiceCostOption::getId);
        o.getCostOptions().clear();
        for (OfferingContent.CostOption edited : c.costOptions()) {
            ServiceCostOption cost = costs.getOrDefault(edited.id(), new ServiceCostOption());
            cost.setContent(edited.option(), edited.amount(), edited.currency(), edited.amountDescription(),
                    edited.validFrom(), edited.validTo());
            o.addCostOption(cost);
        }
        Map<UUID, RequiredDocument> documents = byId(o.getRequiredDocuments(), RequiredDocument::getId);
        o.getRequiredDocuments().clear();
        for (OfferingContent.Document edited : c.requiredDocuments()) {
            RequiredDocument document = documents.getOrDefault(edited.id(), new RequiredDocument());
            document.setContent(edited.document(), edited.uri());
            o.addRequiredDocument(document);
        }
        OfferingContent.MoreTerms more = c.moreTerms();
        o.setInterpretationServices(more.interpretationServices());
        o.setAccreditations(more.accreditations());
        o.setProgram(program);
        Map<UUID, ServiceArea> areas = byId(o.getAreas(), ServiceArea::getId);
        o.getAreas().clear();
        for (OfferingContent.Area edited : more.areas()) {
            ServiceArea area = areas.get(edited.id());
            if (area == null) {
                area = new ServiceArea(edited.name(), edited.description(), edited.extent(), edited.extentType(), edited.uri());
            } else {
                area.setContent(edited.name(), edited.description(), edited.uri());
            }
            o.addArea(area);
        }
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        Map<UUID, T> byId = new HashMap<>();
        rows.forEach(row -> byId.put(id.apply(row), row));
        return byId;
    }
}
