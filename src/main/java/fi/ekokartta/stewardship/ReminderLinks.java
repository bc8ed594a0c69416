package fi.ekokartta.stewardship;

import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The tokens of the reminders' "Tiedot ovat ajan tasalla" links: the action, the entry's kind and
 * id, the user the link was sent to and the last day it works, signed with HMAC-SHA256
 * ({@link SignedLinks}). A token whose signature does not match any of these is refused, so a
 * link cannot be turned to another entry, user, action or day. Nothing is stored per link.
 */
@Component
class ReminderLinks {

    /** What a valid token says. */
    record Claim(EntryKind kind, UUID entryId, UUID userId, LocalDate lastDay) {
    }

    private static final byte VERSION = 1;
    private static final byte REASSURE = 1;
    private static final int PAYLOAD = 3 + 16 + 16 + 8;

    private final SignedLinks signer;

    ReminderLinks(SignedLinks signer) {
        this.signer = signer;
    }

    /** A token to re-assure the entry as the user, working until the end of the last day (Finnish time). */
    String reassureToken(EntryKind kind, UUID entryId, UUID userId, LocalDate lastDay) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD).put(VERSION).put(REASSURE).put((byte) kind.ordinal())
                .putLong(entryId.getMostSignificantBits()).putLong(entryId.getLeastSignificantBits())
                .putLong(userId.getMostSignificantBits()).putLong(userId.getLeastSignificantBits())
                .putLong(lastDay.toEpochDay());
        return signer.sign(payload.array());
    }

    /** What the token says, if it is one of ours and unchanged; its last day is not checked here. */
    Optional<Claim> verify(String token) {
        byte[] payload = signer.verify(token, PAYLOAD).orElse(null);
        if (payload == null) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(payload);
        if (read.get() != VERSION || read.get() != REASSURE) {
            return Optional.empty();
        }
        int kind = read.get();
        if (kind < 0 || kind >= EntryKind.values().length) {
            return Optional.empty();
        }
        return Optional.of(new Claim(EntryKind.values()[kind], new UUID(read.getLong(), read.getLong()),
                new UUID(read.getLong(), read.getLong()), LocalDate.ofEpochDay(read.getLong())));
    }
}
