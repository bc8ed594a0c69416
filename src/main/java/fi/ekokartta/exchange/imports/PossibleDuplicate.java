package fi.ekokartta.exchange.imports;

import java.util.UUID;

/**
 * Two objects that may be the same thing under two ids, for a person to review: the imported
 * one, the other one (imported or stored), and why they look alike (a translation key).
 */
public record PossibleDuplicate(String kind, UUID id, String name, UUID otherId, String otherName, String reason) {
}
