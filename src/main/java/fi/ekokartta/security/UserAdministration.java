package fi.ekokartta.security;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.RejectedInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Käyttäjien hallinta: administrators list, create and change users, deactivate and reactivate
 * them (users are never deleted: the audit log and the history name them). Every method refuses
 * anyone but an administrator, whatever the UI shows. A new user gets a one-time link to set her
 * password; nobody else ever knows it.
 */
@Service
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TEXT = 255;

    /** A user as the list shows her. */
    public record UserRow(UUID id, String username, String displayName, String email, UserRole role,
                          List<String> organizations, Set<UUID> organizationIds, boolean active) {
    }

    /** What the administrator fills in; the username is set at creation only. */
    public record UserForm(String username, String displayName, String email, UserRole role, Set<UUID> organizationIds) {
    }

    /** An organization a user may be tied to. */
    public record Organization(UUID id, String name) {
    }

    private final AppUserRepository users;
    private final ActorRepository actors;
    private final CurrentUser currentUser;
    private final Passwords passwords;
    private final AuditLog auditLog;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(AppUserRepository users, ActorRepository actors, CurrentUser currentUser, Passwords passwords,
                       AuditLog auditLog, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.users = users;
        this.actors = actors;
        this.currentUser = currentUser;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.encoder = encoder;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserRow> users() {
        requireAdmin();
        return users.findAllByOrderByUsernameAsc().stream().map(UserAdministration::row).toList();
    }

    /** One page of the users in username order, for a list that reads a page at a time. */
    @Transactional(readOnly = true)
    public List<UserRow> users(int page, int pageSize) {
        requireAdmin();
        return users.findAllByOrderByUsernameAsc(PageRequest.of(page, pageSize)).stream().map(UserAdministration::row).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        requireAdmin();
        return users.count();
    }

    @Transactional(readOnly = true)
    public List<Organization> organizations() {
        requireAdmin();
        Collator finnish = Collator.getInstance(Locale.of("fi"));
        return actors.findAll().stream().map(actor -> new Organization(actor.getId(), name(actor)))
                .sorted(Comparator.comparing(Organization::name, finnish)).toList();
    }

    /** Creates the user and a link with which she sets her password. */
    @Transactional
    public Passwords.LinkDelivery create(UserForm form) {
        requireAdmin();
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new RejectedInputException("users.error.username");
        }
        if (users.existsByUsername(username)) {
            throw new RejectedInputException("users.error.username-taken");
        }
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash(unknowablePasswordHash());
        apply(user, form);
        users.save(user);
        auditLog.record(AuditAction.USER_CREATED, username);
        return passwords.createLink(user);
    }

    @Transactional
    public void update(UUID id, UserForm form) {
        requireAdmin();
        AppUser user = find(id);
        if (isSelf(user) && form.role() != UserRole.ADMIN) {
            throw new RejectedInputException("users.error.own-role");
        }
        Set<UUID> organizationsBefore = organizationIds(user);
        boolean keptBefore = keepsEntries(user.getRole());
        apply(user, form);
        auditLog.record(AuditAction.USER_CHANGED, user.getUsername());
        if (keptBefore && !keepsEntries(user.getRole())) {
            events.publishEvent(new UserLeft(id, organizationsBefore, UserLeft.Why.ROLE_CHANGED));
        } else {
            Set<UUID> left = new HashSet<>(organizationsBefore);
            left.removeAll(organizationIds(user));
            if (!left.isEmpty()) {
                events.publishEvent(new UserLeft(id, left, UserLeft.Why.LEFT_ORGANIZATION));
            }
        }
    }

    /**
     * Deactivated users cannot sign in; their history stays, and the entries they kept are handed
     * over in the same transaction (to whoever listens to {@link UserLeft}).
     */
    @Transactional
    public void setActive(UUID id, boolean active) {
        requireAdmin();
        AppUser user = find(id);
        if (isSelf(user) && !active) {
            throw new RejectedInputException("users.error.deactivate-self");
        }
        boolean wasActive = user.isEnabled();
        user.setEnabled(active);
        auditLog.record(active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED, user.getUsername());
        if (wasActive && !active) {
            events.publishEvent(new UserLeft(id, organizationIds(user), UserLeft.Why.DEACTIVATED));
        }
    }

    private static Set<UUID> organizationIds(AppUser user) {
        return user.getOrganizations().stream().map(Actor::getId).collect(Collectors.toSet());
    }

    private static boolean keepsEntries(UserRole role) {
        return role == UserRole.MAINTAINER || role == UserRole.COORDINATOR;
    }

    /** A new password link for a user who has forgotten hers; the old password stays until it is used. */
    @Transactional
    public Passwords.LinkDelivery newPasswordLink(UUID id) {
        requireAdmin();
        return passwords.createLink(find(id));
    }

    private void apply(AppUser user, UserForm form) {
        if (form.role() == null) {
            throw new RejectedInputException("users.error.role");
        }
        String email = blankToNull(form.email());
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > MAX_TEXT)) {
            throw new RejectedInputException("users.error.email");
        }
        String displayName = blankToNull(form.displayName());
        if (displayName != null && displayName.length() > MAX_TEXT) {
            throw new RejectedInputException("users.error.display-name");
        }
        user.setDisplayName(displayName);
        user.setEmail(email);
        user.setRole(form.role());
        user.getOrganizations().clear();
        if (form.organizationIds() != null) {
            user.getOrganizations().addAll(actors.findAllById(form.organizationIds()));
        }
    }

    /** Until she sets her own, the user's password is a random one that nobody is ever told. */
    private String unknowablePasswordHash() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return encoder.encode(HexFormat.of().formatHex(secret));
    }

    private AppUser find(UUID id) {
        return users.findById(id).orElseThrow(() -> new RejectedInputException("users.error.not-found"));
    }

    private boolean isSelf(AppUser user) {
        return currentUser.username().filter(user.getUsername()::equals).isPresent();
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(UserRole.ADMIN)) {
            auditLog.recordRefusal("user administration");
            throw new AccessDeniedException("Only administrators manage users");
        }
    }

    private static UserRow row(AppUser user) {
        List<Actor> organizations = user.getOrganizations().stream().toList();
        return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRole(),
                organizations.stream().map(UserAdministration::name).sorted().toList(),
                organizations.stream().map(Actor::getId).collect(Collectors.toUnmodifiableSet()),
                user.isEnabled());
    }

    private static String name(Actor actor) {
        return actor.getName().get(Locale.of("fi"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
