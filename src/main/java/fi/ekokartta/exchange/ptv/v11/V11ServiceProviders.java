package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvDroppedField;
import fi.ekokartta.exchange.ptv.PtvFileException;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organizations of a PTV service: the main responsible one is our provider
 * (organization_id), other producers are co-producers. Reads the Out shape (organizations with
 * roleType, mainOrganization) and the In shape (mainResponsibleOrganization, serviceProducers).
 */
final class V11ServiceProviders {

    private static final Set<String> SELF_PRODUCED = Set.of("SelfProducedServices", "SelfProduced");

    private final V11Object source;
    private final ObjectNode document;
    private final Set<String> producers = new LinkedHashSet<>();
    private final Map<String, String> names = new HashMap<>();
    private String provider;

    private final Set<String> knownOrganizations;

    /** @param knownOrganizations the organizations among the files read; only they can be co-producers */
    V11ServiceProviders(V11Object source, ObjectNode document, Set<String> knownOrganizations) {
        this.source = source;
        this.document = document;
        this.knownOrganizations = knownOrganizations;
    }

    void read() {
        source.text("mainResponsibleOrganization").map(V11ServiceProviders::normal).ifPresent(id -> provider = id);
        source.object("mainOrganization").ifPresent(main -> item(main).ifPresent(id -> provider = provider == null ? id : provider));
        for (V11Object role : source.objects("organizations")) {
            String roleType = role.text("roleType").orElse("");
            Optional<String> id = role.object("organization").flatMap(this::item).or(() -> role.text("organizationId").map(V11ServiceProviders::normal));
            provision(role);
            if ("Responsible".equals(roleType) && provider == null) {
                id.ifPresent(responsible -> provider = responsible);
            } else if ("Producer".equals(roleType)) {
                id.ifPresent(producers::add);
            } else {
                id.ifPresent(other -> role.drop(role.path("roleType"), PtvDroppedField.NO_PLACE, roleType + " " + other));
            }
        }
        for (V11Object producer : source.objects("serviceProducers")) {
            provision(producer);
            producer.texts("organizations", "id").stream().map(V11ServiceProviders::normal).forEach(producers::add);
        }
        if (provider == null) {
            throw new PtvFileException("ptv.error.no-organization",
                    "service %s names no responsible organization".formatted(source.itemId()), source.itemId());
        }
        document.put("organization_id", provider);
        if (names.containsKey(provider)) {
            document.putObject("organization").put("id", provider).put("name", names.get(provider));
        }
        producers.stream().filter(id -> !id.equals(provider)).forEach(id -> {
            if (knownOrganizations.contains(id)) {
                HsdsFileSet.addField(document, "co_producer", id);
            } else {
                source.drop(source.path("organizations"), PtvDroppedField.ORGANIZATION_NOT_IN_FILES, names.getOrDefault(id, id));
            }
        });
    }

    private Optional<String> item(V11Object item) {
        Optional<String> id = item.text("id").map(V11ServiceProviders::normal);
        item.text("name").ifPresent(name -> id.ifPresent(known -> names.putIfAbsent(known, name)));
        return id;
    }

    /** PTV ids are GUIDs; they are compared as the lower-case ids the items get. */
    private static String normal(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private void provision(V11Object role) {
        role.text("provisionType").filter(type -> !SELF_PRODUCED.contains(type))
                .ifPresent(type -> role.drop(role.path("provisionType"), PtvDroppedField.NO_PLACE, type));
    }
}
