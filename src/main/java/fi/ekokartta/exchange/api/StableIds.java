package fi.ekokartta.exchange.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ids for HSDS objects that are no entities of their own in Ekokartta (a keyword, a service area,
 * a taxonomy, a phone number of an actor). HSDS requires an id on each; deriving it from what the
 * object belongs to keeps it the same in every response, so clients can rely on it. The Excel reader derives its new rows'
 * ids the same way, so a workbook read twice names the same objects.
 */
public final class StableIds {

    private StableIds() {
    }

    public static UUID of(Object... parts) {
        String name = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("/", "ekokartta:", ""));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
