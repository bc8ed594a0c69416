package fi.ekokartta.stewardship;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The signing of the e-mails' one-click links, shared by the reminders ({@link ReminderLinks}) and
 * the actors' self-assessment: a payload of fixed length followed by its HMAC-SHA256 with the
 * {@link LinkSecret}, base64url without padding. Each kind of link lays out its own payload (its
 * first bytes say which kind and version it is); a token whose length or signature does not match
 * is refused. Nothing is stored per link.
 */
@Component
public class SignedLinks {

    private static final int SIGNATURE = 32;

    private final LinkSecret secret;

    SignedLinks(LinkSecret secret) {
        this.secret = secret;
    }

    /** The payload and its signature as a token for an address. */
    public String sign(byte[] payload) {
        byte[] token = Arrays.copyOf(payload, payload.length + SIGNATURE);
        System.arraycopy(mac(payload), 0, token, payload.length, SIGNATURE);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The payload of a token of ours of the given payload length, if unchanged. */
    public Optional<byte[]> verify(String token, int payloadLength) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token == null ? "" : token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != payloadLength + SIGNATURE) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, payloadLength);
        if (!MessageDigest.isEqual(mac(payload), Arrays.copyOfRange(bytes, payloadLength, bytes.length))) {
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
