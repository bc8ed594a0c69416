package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvDroppedField;
import fi.ekokartta.exchange.ptv.PtvMapping;
import fi.ekokartta.exchange.ptv.PtvVocabulary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PTV service becomes an HSDS service: texts by type, classes and target groups as links to our
 * terms, municipalities as service areas, languages, charge type, status and providing organization.
 * Its channels are added by {@link V11ChannelReader}.
 */
final class V11ServiceReader {

    private final HsdsFileSet files;
    private final PtvVocabulary vocabulary;

    private final Set<String> knownOrganizations;

    V11ServiceReader(HsdsFileSet files, PtvVocabulary vocabulary, Set<String> knownOrganizations) {
        this.files = files;
        this.vocabulary = vocabulary;
        this.knownOrganizations = knownOrganizations;
    }

    ObjectNode read(V11Object source) {
        String id = source.itemId();
        if (source.text("id").isEmpty()) {
            source.text("sourceId");
        }
        ObjectNode document = files.add(HsdsFileSet.SERVICES, id);
        texts(source, document);
        String status = source.text("publishingStatus").orElse("Published");
        if (!PtvMapping.isPublishingStatus(status)) {
            throw V11Codes.unknown(source, "publishingStatus", status, "Draft", "Published", "Modified", "Deleted", "Archived");
        }
        document.put("status", PtvMapping.hsdsStatus(status));
        if (PtvMapping.isDraft(status)) {
            HsdsFileSet.addField(document, "publication", "draft");
        }
        new V11ServiceProviders(source, document, knownOrganizations).read();
        areas(source, document);
        languages(source, document);
        source.text("serviceChargeType").ifPresent(type -> HsdsFileSet.addField(document, "charge_type",
                PtvMapping.ourChargeType(type).orElseThrow(() -> V11Codes.unknown(source, "serviceChargeType", type,
                        "Chargeable", "FreeOfCharge", "Other"))));
        classes(source, document);
        targetGroups(source, document);
        source.localized("keywords").each("").forEach(keyword -> HsdsFileSet.addKeyword("fi".equals(keyword.language())
                ? document : files.inLanguage(HsdsFileSet.SERVICES, keyword.language(), id), keyword.language(), keyword.value()));
        source.text("type").filter(type -> !"Service".equals(type))
                .ifPresent(type -> source.drop("type", PtvDroppedField.NO_PLACE, type));
        return document;
    }

    private void texts(V11Object source, ObjectNode document) {
        V11Texts names = source.localized("serviceNames");
        Map<String, String> alternate = names.take("AlternativeName");
        V11Localized.put(files, HsdsFileSet.SERVICES, document, "name", V11Localized.withFinnish(names.take("Name"), alternate));
        V11Localized.put(files, HsdsFileSet.SERVICES, document, "alternate_name", alternate);
        V11Texts descriptions = source.localized("serviceDescriptions");
        V11Localized.put(files, HsdsFileSet.SERVICES, document, "description", descriptions.take("Description"));
        V11Localized.put(files, HsdsFileSet.SERVICES, document, "application_process", descriptions.take("UserInstruction"));
        V11Localized.put(files, HsdsFileSet.SERVICES, document, "fees_description",
                descriptions.take("ChargeTypeAdditionalInfo"));
        descriptions.take("Summary").forEach((language, summary) -> HsdsFileSet.addField(
                "fi".equals(language) ? document : files.inLanguage(HsdsFileSet.SERVICES, language, source.itemId()),
                "summary", summary));
        V11Localized.put(files, HsdsFileSet.SERVICES, document, "eligibility_description",
                source.localized("requirements").untyped());
    }

    /** Municipalities as service areas; a nationwide service gets one area without a municipality. */
    private void areas(V11Object source, ObjectNode document) {
        String areaType = source.text("areaType").orElse("LimitedType");
        V11Codes.check(source, "areaType", areaType, "Nationwide", "NationwideExceptAlandIslands", "LimitedType");
        Set<String> codes = new LinkedHashSet<>(source.texts("municipalities", "code"));
        source.objects("areas").forEach(area -> codes.addAll(V11Areas.municipalities(area)));
        ArrayNode areas = document.putArray("service_areas");
        String id = source.itemId();
        if (!"LimitedType".equals(areaType)) {
            areas.addObject().put("id", HsdsFileSet.derivedId(id, "area", areaType)).put("service_id", id)
                    .put("name", "NationwideExceptAlandIslands".equals(areaType) ? "Koko Suomi Ahvenanmaata lukuun ottamatta"
                            : "Koko Suomi");
        }
        for (String code : codes) {
            if (!PtvMapping.isMunicipalityCode(code)) {
                source.drop(source.path("areas"), PtvDroppedField.NOT_A_MUNICIPALITY, code);
                continue;
            }
            areas.addObject().put("id", HsdsFileSet.derivedId(id, "area", code)).put("service_id", id)
                    .put("uri", PtvMapping.municipalityUri(code));
        }
    }

    private void languages(V11Object source, ObjectNode document) {
        ArrayNode languages = document.putArray("languages");
        for (String code : source.texts("languages", "code")) {
            languages.addObject().put("id", HsdsFileSet.derivedId(source.itemId(), "language", code))
                    .put("service_id", source.itemId()).put("code", code.toLowerCase(Locale.ROOT));
        }
    }

    private void classes(V11Object source, ObjectNode document) {
        List<String> codes = source.texts("serviceClasses", "uri").stream().map(PtvMapping::codeOf).toList();
        for (String code : new LinkedHashSet<>(codes)) {
            PtvMapping.ourServiceClass(code).flatMap(vocabulary::serviceClass).ifPresentOrElse(
                    term -> HsdsFileSet.addTerm(document, term),
                    () -> source.drop(source.path("serviceClasses"), PtvDroppedField.UNKNOWN_SERVICE_CLASS, code));
        }
    }

    private void targetGroups(V11Object source, ObjectNode document) {
        List<String> codes = source.texts("targetGroups", "uri").stream().map(PtvMapping::codeOf).toList();
        Set<String> added = new LinkedHashSet<>();
        for (String code : new LinkedHashSet<>(codes)) {
            PtvMapping.ourTargetGroup(code).flatMap(vocabulary::targetGroup).ifPresentOrElse(
                    term -> {
                        if (added.add(term.code())) {
                            HsdsFileSet.addTerm(document, term);
                        }
                    },
                    () -> source.drop(source.path("targetGroups"), PtvDroppedField.UNKNOWN_TARGET_GROUP, code));
        }
    }
}
