package fi.ekokartta.guidance;

import fi.ekokartta.base.domain.FeedbackText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.security.CurrentUser;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The guidance shortlist. Each signed-in professional works on the unexpired list she opened last
 * (one client at a time; {@link RecentShortlistService} reopens an earlier one); starting a new
 * list leaves the old one to its share link until it expires.
 * A shared list is read by anyone holding its token, showing only published services' public
 * content. Lists expire {@link #LIFETIME} after they were started and are then deleted.
 */
@Service
@Transactional
public class ShortlistService {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final int TOKEN_BYTES = 24;

    private final ShortlistRepository shortlists;
    private final ServicePageService pages;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    ShortlistService(ShortlistRepository shortlists, ServicePageService pages, CurrentUser currentUser) {
        this.shortlists = shortlists;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    /** Whether the user may keep shortlists: any signed-in professional. */
    public boolean isAvailable() {
        return currentUser.isSignedIn();
    }

    @Transactional(readOnly = true)
    public Optional<ShortlistContent> current() {
        return currentList().map(this::content);
    }

    /** Adds a published service to the current list, starting a list when there is none. */
    public ShortlistContent add(UUID offeringId) {
        if (pages.findPublished(offeringId).isEmpty()) {
            throw new RejectedInputException("shortlist.error.not-published");
        }
        Shortlist list = currentList().orElseGet(this::newList);
        list.add(offeringId);
        return content(list);
    }

    /** Removes a service from the current list, answering what undoing it puts back. */
    public RemovedItem remove(UUID itemId) {
        Shortlist list = ownList();
        return remove(list, list.item(itemId));
    }

    /** Takes a service off the current list (its add button pressed again); empty when it was not on it. */
    public Optional<RemovedItem> removeService(UUID offeringId) {
        return currentList().flatMap(list -> list.getItems().stream()
                .filter(item -> item.getOfferingId().equals(offeringId)).findFirst()
                .map(item -> remove(list, item)));
    }

    /** Undoes a removal: the service goes back to its list, at its former place and with its note. */
    public void restore(RemovedItem removed) {
        shortlists.findByIdAndOwnerUsernameAndExpiresAtAfter(removed.listId(), requireSignedIn(), Instant.now())
                .orElseThrow(() -> new RejectedInputException("shortlist.error.no-list"))
                .restore(removed.offeringId(), removed.note(), removed.position());
    }

    /** The services on the current list, so that their add buttons show they are already on it. */
    @Transactional(readOnly = true)
    public Set<UUID> listedServices() {
        return currentList().map(list -> list.getItems().stream().map(ShortlistItem::getOfferingId)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** Moves a service one place up (negative step) or down (positive step). */
    public ShortlistContent move(UUID itemId, int step) {
        Shortlist list = ownList();
        list.move(itemId, step);
        return content(list);
    }

    public ShortlistContent setNote(UUID itemId, String note) {
        String text = note == null || note.isBlank() ? null : FeedbackText.requireStorable(note).strip();
        if (text != null && text.length() > ShortlistItem.MAX_NOTE_LENGTH) {
            throw new RejectedInputException("shortlist.error.note-too-long");
        }
        Shortlist list = ownList();
        list.item(itemId).setNote(text);
        return content(list);
    }

    /** Starts an empty list for the next client. */
    public ShortlistContent startNew() {
        requireSignedIn();
        return content(newList());
    }

    /** A shared list by its token, as anyone sees it; empty when unknown or expired. */
    @Transactional(readOnly = true)
    public Optional<ShortlistContent> shared(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return shortlists.findByShareToken(token).filter(list -> !list.isExpired(Instant.now())).map(this::content);
    }

    /** Expired lists are removed every night, so nothing about a client's guidance lingers. */
    @Scheduled(cron = "${ekokartta.shortlist-cleanup-cron:0 15 3 * * *}", zone = "Europe/Helsinki")
    public int deleteExpired() {
        return shortlists.deleteExpired(Instant.now());
    }

    private Optional<Shortlist> currentList() {
        String owner = requireSignedIn();
        return shortlists.findFirstByOwnerUsernameAndExpiresAtAfterOrderByOpenedAtDesc(owner, Instant.now());
    }

    private static RemovedItem remove(Shortlist list, ShortlistItem item) {
        RemovedItem removed = new RemovedItem(list.getId(), item.getOfferingId(), item.getNote(), item.getPosition());
        list.remove(item.getId());
        return removed;
    }

    private Shortlist ownList() {
        return currentList().orElseThrow(() -> new RejectedInputException("shortlist.error.no-list"));
    }

    private Shortlist newList() {
        Instant now = Instant.now();
        byte[] token = new byte[TOKEN_BYTES];
        random.nextBytes(token);
        return shortlists.save(new Shortlist(requireSignedIn(), Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                now, now.plus(LIFETIME)));
    }

    private String requireSignedIn() {
        return currentUser.username().orElseThrow(() -> new AccessDeniedException("Shortlists are for signed-in professionals"));
    }

    private ShortlistContent content(Shortlist list) {
        List<ShortlistContent.Entry> entries = list.getItems().stream().map(item -> {
            Optional<ServicePage> service = pages.findPublished(item.getOfferingId());
            return service.map(page -> new ShortlistContent.Entry(item.getId(), item.getNote(), page)).orElse(null);
        }).filter(Objects::nonNull).toList();
        return new ShortlistContent(list.getId(), list.getShareToken(), list.getExpiresAt(), entries);
    }
}
