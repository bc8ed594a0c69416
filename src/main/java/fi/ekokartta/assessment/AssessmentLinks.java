package fi.ekokartta.assessment;

import fi.ekokartta.stewardship.SignedLinks;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The tokens of the self-assessment links: the round, the actor, the user the link was sent to
 * and the last day it works, signed as the reminders' links are ({@link SignedLinks}). A changed
 * token, or one made for another round, actor or user, does not verify.
 */
@Component
public class AssessmentLinks {

    /** What a valid token says. */
    public record Claim(UUID roundId, UUID actorId, UUID userId, LocalDate lastDay) {
    }

    private static final byte VERSION = 1;
    /** The reminders' re-assure links are kind 1. */
    private static final byte SELF_ASSESSMENT = 2;
    private static final int PAYLOAD = 2 + 16 * 3 + 8;

    private final SignedLinks signer;

    AssessmentLinks(SignedLinks signer) {
        this.signer = signer;
    }

    public String token(UUID roundId, UUID actorId, UUID userId, LocalDate lastDay) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD).put(VERSION).put(SELF_ASSESSMENT);
        for (UUID id : new UUID[]{roundId, actorId, userId}) {
            payload.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        }
        return signer.sign(payload.putLong(lastDay.toEpochDay()).array());
    }

    /** What the token says, if it is one of ours and unchanged; its last day is not checked here. */
    public Optional<Claim> verify(String token) {
        byte[] payload = signer.verify(token, PAYLOAD).orElse(null);
        if (payload == null) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(payload);
        if (read.get() != VERSION || read.get() != SELF_ASSESSMENT) {
            return Optional.empty();
        }
        return Optional.of(new Claim(new UUID(read.getLong(), read.getLong()), new UUID(read.getLong(), read.getLong()),
                new UUID(read.getLong(), read.getLong()), LocalDate.ofEpochDay(read.getLong())));
    }
}
