package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvMapping;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** PTV phone numbers ({@code prefixNumber} + {@code number}) as HSDS phones. */
final class V11Phones {

    private V11Phones() {
    }

    /** Adds the numbers (and returns the phones added) to the owner's phones, linked by {@code ownerField} (service_id, organization_id). */
    static List<ObjectNode> add(List<V11Object> numbers, ObjectNode owner, String ownerField) {
        List<ObjectNode> added = new java.util.ArrayList<>();
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
                    .put("type", PtvMapping.hsdsPhoneType(phone.text("type").orElse("Phone")));
            phone.text("additionalInformation").ifPresent(text -> hsds.put("description", text));
            added.add(hsds);
        }
        return added;
    }
}
