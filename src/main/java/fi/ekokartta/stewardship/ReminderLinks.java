package fi.ekokartta.stewardship;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The tokens of the reminders' "Tiedot ovat ajan tasalla" links: the action, the entry's kind and
 * id, the user the link was sent to and the last day it works, signed with HMAC-SHA256
 * ({@link LinkSecret}). A token whose signature does not match any of these is refused, so a
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
    private static final int SIGNATURE = 32;

    private final LinkSecret secret;

    ReminderLinks(LinkSecret secret) {
        this.secret = secret;
    }

    /** A token to re-assure the entry as the user, working until the end of the last day (Finnish time). */
    String reassureToken(EntryKind kind, UUID entryId, UUID userId, LocalDate lastDay) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD).put(VERSION).put(REASSURE).put((byte) kind.ordinal())
                .putLong(entryId.getMostSignificantBits()).putLong(entryId.getLeastSignificantBits())
                .putLong(userId.getMostSignificantBits()).putLong(userId.getLeastSignificantBits())
                .putLong(lastDay.toEpochDay());
        byte[] token = Arrays.copyOf(payload.array(), PAYLOAD + SIGNATURE);
        System.arraycopy(sign(payload.array()), 0, token, PAYLOAD, SIGNATURE);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** What the token says, if it is one of ours and unchanged; its last day is not checked here. */
    Optional<Claim> verify(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token == null ? "" : token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != PAYLOAD + SIGNATURE) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
        if (!MessageDigest.isEqual(sign(payload), Arrays.copyOfRange(bytes, PAYLOAD, bytes.length))) {
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

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
