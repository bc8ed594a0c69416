package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** PTV phone numbers ({@code prefixNumber} + {@code number}) as HSDS phones. */
final class V11Phones {

    private static final Map<String, String> TYPES = Map.of("Phone", "voice", "Sms", "text", "Fax", "fax");

    private V11Phones() {
    }

    /** Adds the numbers to the owner's phones, linked by {@code ownerField} (service_id, organization_id). */
    static void add(List<V11Object> numbers, ObjectNode owner, String ownerField) {
        String ownerId = owner.get("id").asString();
        for (V11Object phone : numbers) {
            String number = phone.text("number").orElse(null);
            if (number == null) {
                continue;
            }
            boolean serviceNumber = phone.text("isFinnishServiceNumber").map(Boolean::parseBoolean).orElse(false);
            String full = phone.text("prefixNumber").filter(prefix -> !serviceNumber)
                    .map(prefix -> prefix + " " + number).orElse(number);
            phone.text("language");
            ArrayNode phones = owner.has("phones") ? (ArrayNode) owner.get("phones") : owner.putArray("phones");
            ObjectNode hsds = phones.addObject().put("id", HsdsFileSet.derivedId(ownerId, "phone", full))
                    .put(ownerField, ownerId).put("number", full)
                    .put("type", TYPES.getOrDefault(phone.text("type").orElse("Phone"), "voice"));
            phone.text("additionalInformation").ifPresent(text -> hsds.put("description", text));
        }
    }
}
