package fi.ekokartta.exchange.excel;

import fi.ekokartta.exchange.api.StableIds;
import fi.ekokartta.actor.BusinessId;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The organizations sheet as HSDS organizations (seed-data/README.md, "Organizations"). A new row
 * (blank id) gets an id derived from its Finnish name. Services and parents may name an
 * organization of this sheet by its Finnish name or id, even one not yet in the database.
 */
final class OrganizationRows {

    private final ExcelLists lists;
    private final Map<String, UUID> workbookOrganizations = new HashMap<>();
    private final Set<UUID> refused = new HashSet<>();

    OrganizationRows(ExcelLists lists) {
        this.lists = lists;
    }

    /** An organization a cell names: one of this workbook's rows first, then one of the database. */
    Optional<UUID> resolve(String text) {
        return Optional.ofNullable(workbookOrganizations.get(ExcelLists.normalized(text)))
                .or(() -> lists.valueOf(ClosedList.ORGANIZATION, text).map(UUID::fromString));
    }

    /** Whether the organization is a row of this workbook that was left out for its problems. */
    boolean isRefused(UUID id) {
        return refused.contains(id);
    }

    List<ConvertedRow> read(SheetTable table, List<ExcelProblem> problems) {
        Map<Integer, Map<String, String>> rows = table.rows();
        rows.values().forEach(this::remember);
        RowIds ids = new RowIds();
        List<ConvertedRow> converted = new ArrayList<>();
        rows.forEach((number, values) -> {
            RowCheck row = new RowCheck(table, number, values);
            Optional<ConvertedRow> organization = convert(row, ids);
            List<ExcelProblem> rowProblems = row.problems();
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                organization.ifPresent(converted::add);
            } else {
                Optional.ofNullable(values.get("name.fi")).map(name -> idOf(values.get("id"), name)).ifPresent(refused::add);
            }
        });
        return converted;
    }

    private void remember(Map<String, String> values) {
        String name = values.get("name.fi");
        if (name == null) {
            return;
        }
        UUID id = idOf(values.get("id"), name);
        if (id != null) {
            workbookOrganizations.putIfAbsent(ExcelLists.normalized(name), id);
            workbookOrganizations.putIfAbsent(id.toString(), id);
        }
    }

    private static UUID idOf(String idText, String finnishName) {
        if (idText == null) {
            return StableIds.of("excel-organization", ExcelLists.normalized(finnishName));
        }
        try {
            return UUID.fromString(idText);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Optional<ConvertedRow> convert(RowCheck row, RowIds ids) {
        Optional<UUID> given = row.id();
        String name = row.requiredText("name.fi");
        if (name == null || (given.isEmpty() && row.raw("id") != null)) {
            return Optional.empty();
        }
        UUID id = given.orElseGet(() -> idOf(null, name));
        if (!ids.claim(id, row)) {
            return Optional.empty();
        }
        ObjectNode organization = HsdsNodes.object();
        organization.put("id", id.toString());
        organization.put("name", name);
        HsdsNodes.putOrClear(organization, "description", row.longText("description.fi"), row.clears("description.fi"));
        HsdsNodes.putOrClear(organization, "email", row.email("email"), row.clears("email"));
        HsdsNodes.putOrClear(organization, "website", row.url("website"), row.clears("website"));
        String phone = row.phone("phone");
        HsdsNodes.addAllOrClear(organization, "phones",
                phone == null ? List.of() : List.of(HsdsNodes.phone(id, "organization_id", phone)), row.clears("phone"));
        businessId(row, id).ifPresent(identifier -> organization.putArray("organization_identifiers").add(identifier));
        parent(row, id).ifPresent(parent -> organization.put("parent_organization_id", parent.toString()));
        List<ObjectNode> attributes = new ArrayList<>();
        row.choice("sector", ClosedList.SECTOR, lists).ifPresent(sector -> attributes.add(HsdsNodes.field(id, "sector", sector)));
        row.choices(ExcelSheet.ORGANIZATIONS, "municipality", ClosedList.MUNICIPALITY, lists)
                .forEach(code -> attributes.add(HsdsNodes.field(id, "municipality", code)));
        HsdsNodes.addAll(organization, "attributes", attributes);
        return Optional.of(new ConvertedRow(organization, translations(row, id)));
    }

    private static Optional<ObjectNode> businessId(RowCheck row, UUID id) {
        String text = row.text("business_id");
        if (text == null) {
            return Optional.empty();
        }
        Optional<String> normalized = BusinessId.normalize(text);
        if (normalized.isEmpty()) {
            row.problem("business_id", "excel.problem.business-id", text);
            return Optional.empty();
        }
        ObjectNode identifier = HsdsNodes.object();
        identifier.put("id", StableIds.of("business-id", id).toString());
        identifier.put("organization_id", id.toString());
        identifier.put("identifier_scheme", "FI-YTJ");
        identifier.put("identifier_type", "Y-tunnus");
        identifier.put("identifier", normalized.get());
        return Optional.of(identifier);
    }

    private Optional<UUID> parent(RowCheck row, UUID id) {
        String text = row.raw("parent");
        if (text == null) {
            return Optional.empty();
        }
        Optional<UUID> parent = resolve(text);
        if (parent.isEmpty()) {
            row.problem("parent", "excel.problem.unknown-value", text);
        } else if (parent.get().equals(id)) {
            row.problem("parent", "excel.problem.own-parent");
            return Optional.empty();
        }
        return parent;
    }

    private static Map<String, ObjectNode> translations(RowCheck row, UUID id) {
        Map<String, ObjectNode> translations = new HashMap<>();
        for (String language : List.of("sv", "en")) {
            ObjectNode texts = HsdsNodes.object();
            texts.put("id", id.toString());
            HsdsNodes.putIfPresent(texts, "name", row.text("name." + language));
            HsdsNodes.putOrClear(texts, "description", row.longText("description." + language),
                    row.clears("description." + language));
            if (texts.size() > 1) {
                translations.put(language, texts);
            }
        }
        return translations;
    }
}
