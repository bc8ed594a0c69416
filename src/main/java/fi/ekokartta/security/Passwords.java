package fi.ekokartta.security;

import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.ui.PublicAddress;
import fi.ekokartta.base.web.ClientAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Setting passwords: with a one-time link (a new user, or one whose password the administrator
 * has reset) and by the signed-in user herself. A link carries 256 random bits; only their
 * SHA-256 hash is stored, it works once, and not after {@code ekokartta.password-link.valid-for}
 * (by default 72 hours). Every new password must meet the {@link PasswordPolicy}.
 */
@Service
public class Passwords {

    static final String LINK_PATH = "salasana/";
    private static final int TOKEN_BYTES = 32;

    /** How a link reached its user: e-mailed, or to be handed over by the administrator. */
    public record LinkDelivery(boolean emailed, String link) {
    }

    private final PasswordLinkRepository links;
    private final AppUserRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final PasswordLinkMail mail;
    private final PublicAddress publicAddress;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Duration validFor;
    private final SecureRandom random = new SecureRandom();

    Passwords(PasswordLinkRepository links, AppUserRepository users, PasswordPolicy policy, PasswordEncoder encoder,
              PasswordLinkMail mail, PublicAddress publicAddress, CurrentUser currentUser, AuditLog auditLog,
              @Value("${ekokartta.password-link.valid-for:72h}") Duration validFor) {
        this.links = links;
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.publicAddress = publicAddress;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.validFor = validFor;
    }

    /** A new link for the user, e-mailed when possible; for {@link UserAdministration}, which checks the right. */
    LinkDelivery createLink(AppUser user) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        links.save(new PasswordLink(user, hash(token), now, now.plus(validFor)));
        auditLog.record(AuditAction.PASSWORD_LINK_CREATED, user.getUsername());
        String link = publicAddress.of(LINK_PATH + token);
        boolean emailed = mail.send(user, link, validFor);
        return new LinkDelivery(emailed, emailed ? null : link);
    }

    /** The username a link is for, while it still works. */
    @Transactional(readOnly = true)
    public Optional<String> usernameForLink(String token) {
        return usableLink(token).map(link -> link.getUser().getUsername());
    }

    /** Sets the password with a link, which then stops working; refused as RejectedInputException. */
    @Transactional
    public void setWithLink(String token, String newPassword) {
        PasswordLink link = usableLink(token).orElseThrow(() -> new RejectedInputException("password-link.invalid"));
        AppUser user = link.getUser();
        checkPolicy(user.getUsername(), newPassword);
        user.setPasswordHash(encoder.encode(newPassword));
        link.markUsed(Instant.now());
        auditLog.recordAs(user.getUsername(), AuditAction.PASSWORD_SET, user.getUsername(),
                ClientAddress.current().orElse(null));
    }

    /** The signed-in user changes her own password, giving the current one. */
    @Transactional
    public void changeOwn(String currentPassword, String newPassword) {
        AppUser user = currentUser.username().flatMap(users::findByUsername)
                .orElseThrow(() -> new AccessDeniedException("Only a signed-in user changes her password"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new RejectedInputException("password-change.wrong-current");
        }
        checkPolicy(user.getUsername(), newPassword);
        user.setPasswordHash(encoder.encode(newPassword));
        auditLog.record(AuditAction.PASSWORD_CHANGED, user.getUsername());
    }

    private void checkPolicy(String username, String password) {
        policy.check(username, password).ifPresent(problem -> {
            throw new RejectedInputException(problem.messageKey());
        });
    }

    private Optional<PasswordLink> usableLink(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return links.findByTokenHash(hash(token)).filter(link -> link.isUsable(Instant.now()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
