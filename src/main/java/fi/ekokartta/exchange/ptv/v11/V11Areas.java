package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.PtvDroppedField;

import java.util.ArrayList;
import java.util.List;

/**
 * The municipality codes of a PTV area: the code of a Municipality area, else the municipalities a
 * region, business sub-region or hospital district lists (Out shape) — In shape uses areaCodes.
 */
final class V11Areas {

    private V11Areas() {
    }

    static List<String> municipalities(V11Object area) {
        String type = area.text("type").orElse("");
        List<String> codes = new ArrayList<>();
        area.whole("name");
        if ("Municipality".equals(type)) {
            area.text("code").ifPresent(codes::add);
            codes.addAll(area.texts("areaCodes", "code"));
            area.whole("municipalities");
        } else {
            codes.addAll(area.texts("municipalities", "code"));
            if (codes.isEmpty()) {
                area.text("code").ifPresent(code -> area.drop(area.path("code"), PtvDroppedField.NO_PLACE, type + " " + code));
                area.texts("areaCodes", "code").forEach(code ->
                        area.drop(area.path("areaCodes"), PtvDroppedField.NO_PLACE, type + " " + code));
            } else {
                area.text("code");
            }
        }
        return codes;
    }
}
