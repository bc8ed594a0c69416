package fi.ekokartta.exchange.excel;

import fi.ekokartta.exchange.api.StableIds;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.i18n.Language;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The services sheet as compiled HSDS services (seed-data/README.md, "Services"). A new row gets an
 * id derived from its organization and Finnish name. A blank status is a draft, so what an actor
 * sends in is not published before a coordinator has seen it.
 */
final class ServiceRows {

    private final ExcelLists lists;
    private final OrganizationRows organizations;

    ServiceRows(ExcelLists lists, OrganizationRows organizations) {
        this.lists = lists;
        this.organizations = organizations;
    }

    List<ConvertedRow> read(SheetTable table, List<ExcelProblem> problems) {
        RowIds ids = new RowIds();
        List<ConvertedRow> converted = new ArrayList<>();
        table.rows().forEach((number, values) -> {
            RowCheck row = new RowCheck(table, number, values);
            Optional<ConvertedRow> service = convert(row, ids);
            List<ExcelProblem> rowProblems = row.problems();
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                service.ifPresent(converted::add);
            }
        });
        return converted;
    }

    private Optional<ConvertedRow> convert(RowCheck row, RowIds ids) {
        Optional<UUID> given = row.id();
        String name = row.requiredText("name.fi");
        Optional<UUID> organization = organization(row);
        if (name == null || organization.isEmpty() || (given.isEmpty() && row.raw("id") != null)) {
            return Optional.empty();
        }
        UUID id = given.orElseGet(() -> StableIds.of("excel-service", organization.get(), ExcelLists.normalized(name)));
        if (!ids.claim(id, row)) {
            return Optional.empty();
        }
        ObjectNode service = HsdsNodes.object();
        service.put("id", id.toString());
        service.put("organization_id", organization.get().toString());
        service.put("name", name);
        HsdsNodes.putOrClear(service, "description", row.longText("description.fi"), row.clears("description.fi"));
        HsdsNodes.putOrClear(service, "url", row.url("website"), row.clears("website"));
        HsdsNodes.putOrClear(service, "email", row.email("email"), row.clears("email"));
        String status = row.choice("status", ClosedList.SERVICE_STATUS, lists).orElse("draft");
        service.put("status", status.equals("archived") ? "inactive" : "active");
        HsdsNodes.putOrClear(service, "application_process", row.longText("how_to_get_there.fi"),
                row.clears("how_to_get_there.fi"));
        String phone = row.phone("phone");
        HsdsNodes.addAllOrClear(service, "phones",
                phone == null ? List.of() : List.of(HsdsNodes.phone(id, "service_id", phone)), row.clears("phone"));
        HsdsNodes.addAllOrClear(service, "service_areas",
                row.choices(ExcelSheet.SERVICES, "municipality", ClosedList.MUNICIPALITY, lists).stream()
                        .map(code -> serviceArea(id, code)).toList(), row.clearsAny(ExcelSheet.SERVICES, "municipality"));
        HsdsNodes.addAllOrClear(service, "languages",
                row.choices(ExcelSheet.SERVICES, "language", ClosedList.LANGUAGE, lists).stream()
                        .map(code -> language(id, code)).toList(), row.clearsAny(ExcelSheet.SERVICES, "language"));
        HsdsNodes.addAll(service, "attributes", attributes(row, id, status));
        return Optional.of(new ConvertedRow(service, translations(row, id)));
    }

    private Optional<UUID> organization(RowCheck row) {
        String text = row.raw("organization");
        if (text == null) {
            row.problem("organization", "input.error.required");
            return Optional.empty();
        }
        Optional<UUID> organization = organizations.resolve(text);
        if (organization.isEmpty()) {
            row.problem("organization", "excel.problem.unknown-value", text);
        } else if (organizations.isRefused(organization.get())) {
            row.problem("organization", "excel.problem.organization-refused", text);
            return Optional.empty();
        }
        return organization;
    }

    private List<ObjectNode> attributes(RowCheck row, UUID id, String status) {
        List<ObjectNode> attributes = new ArrayList<>();
        Optional.ofNullable(row.text("summary.fi")).ifPresent(summary -> attributes.add(HsdsNodes.field(id, "summary", summary)));
        row.choice("access", ClosedList.ACCESS, lists).ifPresent(access -> attributes.add(HsdsNodes.field(id, "access", access)));
        row.choice("charge_type", ClosedList.CHARGE_TYPE, lists)
                .ifPresent(charge -> attributes.add(HsdsNodes.field(id, "charge_type", charge)));
        if (status.equals("draft")) {
            attributes.add(HsdsNodes.field(id, "publication", "draft"));
        }
        row.words("keywords.fi").forEach(word -> attributes.add(HsdsNodes.keyword(id, "fi", word)));
        row.choices(ExcelSheet.SERVICES, "target_group", ClosedList.TARGET_GROUP, lists)
                .forEach(group -> attributes.add(HsdsNodes.termLink(id, group)));
        row.choices(ExcelSheet.SERVICES, "service_class", ClosedList.SERVICE_CLASS, lists)
                .forEach(term -> attributes.add(HsdsNodes.termLink(id, term)));
        return attributes;
    }

    private ObjectNode serviceArea(UUID serviceId, String code) {
        ObjectNode area = HsdsNodes.object();
        area.put("id", StableIds.of("service-area", serviceId, code).toString());
        area.put("service_id", serviceId.toString());
        area.put("name", lists.label(ClosedList.MUNICIPALITY, code, Language.FI));
        area.put("uri", Municipality.CODE_URI_PREFIX + code);
        return area;
    }

    private ObjectNode language(UUID serviceId, String code) {
        ObjectNode language = HsdsNodes.object();
        language.put("id", StableIds.of("language", serviceId, code).toString());
        language.put("service_id", serviceId.toString());
        language.put("name", lists.label(ClosedList.LANGUAGE, code, Language.FI));
        language.put("code", code);
        return language;
    }

    private static Map<String, ObjectNode> translations(RowCheck row, UUID id) {
        Map<String, ObjectNode> translations = new HashMap<>();
        for (String language : List.of("sv", "en")) {
            ObjectNode texts = HsdsNodes.object();
            texts.put("id", id.toString());
            HsdsNodes.putIfPresent(texts, "name", row.text("name." + language));
            HsdsNodes.putOrClear(texts, "description", row.longText("description." + language),
                    row.clears("description." + language));
            HsdsNodes.putOrClear(texts, "application_process", row.longText("how_to_get_there." + language),
                    row.clears("how_to_get_there." + language));
            List<ObjectNode> attributes = new ArrayList<>();
            Optional.ofNullable(row.text("summary." + language))
                    .ifPresent(summary -> attributes.add(HsdsNodes.field(id, "summary", summary)));
            row.words("keywords." + language).forEach(word -> attributes.add(HsdsNodes.keyword(id, language, word)));
            HsdsNodes.addAll(texts, "attributes", attributes);
            if (texts.size() > 1) {
                translations.put(language, texts);
            }
        }
        return translations;
    }
}
