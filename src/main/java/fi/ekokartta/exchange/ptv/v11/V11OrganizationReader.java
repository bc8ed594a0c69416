package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvDroppedField;
import fi.ekokartta.exchange.ptv.PtvMapping;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A PTV organization becomes an HSDS organization (an actor). */
final class V11OrganizationReader {

    private final HsdsFileSet files;

    V11OrganizationReader(HsdsFileSet files) {
        this.files = files;
    }

    void read(V11Object source) {
        String id = source.itemId();
        if (source.text("id").isEmpty()) {
            source.text("sourceId");
        }
        V11Texts names = source.localized("organizationNames");
        Map<String, String> name = names.take("Name");
        Map<String, String> alternate = names.take("AlternativeName");
        Map<String, String> description = source.localized("organizationDescriptions").take("Description");
        ObjectNode document = files.add(HsdsFileSet.ORGANIZATIONS, id);
        V11Localized.put(files, HsdsFileSet.ORGANIZATIONS, document, "name", V11Localized.withFinnish(name, alternate));
        V11Localized.put(files, HsdsFileSet.ORGANIZATIONS, document, "alternate_name", alternate);
        V11Localized.put(files, HsdsFileSet.ORGANIZATIONS, document, "description", description);
        source.text("parentOrganizationId").ifPresent(parent -> document.put("parent_organization_id", parent));
        V11Localized.first(source.objects("webPages"), "url").ifPresent(url -> document.put("website", url));
        V11Localized.first(source.objects("emails"), "value").ifPresent(email -> document.put("email", email));
        V11Phones.add(source.objects("phoneNumbers"), document, "organization_id");
        source.text("businessCode").ifPresent(code -> document.putArray("organization_identifiers").addObject()
                .put("id", HsdsFileSet.derivedId(id, "business-id")).put("organization_id", id)
                .put("identifier_scheme", "FI-YTJ").put("identifier_type", "Y-tunnus").put("identifier", code));
        source.text("organizationType").ifPresent(type -> PtvMapping.ourSector(type).ifPresentOrElse(
                sector -> HsdsFileSet.addField(document, "sector", sector),
                () -> source.drop(source.path("organizationType"), PtvDroppedField.NO_PLACE, type)));
        municipalities(source).forEach(code -> HsdsFileSet.addField(document, "municipality", code));
        source.text("publishingStatus");
        source.text("areaType");
        source.whole("displayNameType");
    }

    /** The municipalities the organization serves, or its own municipality. */
    private static Set<String> municipalities(V11Object source) {
        Set<String> codes = new LinkedHashSet<>(source.texts("areaMunicipalities", "code"));
        source.objects("areas").forEach(area -> codes.addAll(V11Areas.municipalities(area)));
        source.object("municipality").ifPresent(own -> {
            own.text("code").ifPresent(codes::add);
            own.whole("name");
        });
        codes.removeIf(code -> {
            if (!PtvMapping.isMunicipalityCode(code)) {
                source.drop(source.path("areas"), PtvDroppedField.NOT_A_MUNICIPALITY, code);
                return true;
            }
            return false;
        });
        return codes;
    }
}
