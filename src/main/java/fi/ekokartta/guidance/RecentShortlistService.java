package fi.ekokartta.guidance;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.directory.ServicePageService;
import fi.ekokartta.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The counsellor's recent lists, to go back to one when a client returns or when a new list was
 * started by mistake. A list is offered as long as it lives, that is for {@link ShortlistService#LIFETIME}
 * after it was started; it is named by that date and its first services, never by its client.
 */
@Service
@Transactional
public class RecentShortlistService {

    private static final int NAMES_SHOWN = 3;

    private final ShortlistRepository shortlists;
    private final ServicePageService pages;
    private final CurrentUser currentUser;

    RecentShortlistService(ShortlistRepository shortlists, ServicePageService pages, CurrentUser currentUser) {
        this.shortlists = shortlists;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    /** The unexpired lists other than the current one that have services on them, newest first. */
    @Transactional(readOnly = true)
    public List<RecentShortlist> recent() {
        String owner = requireSignedIn();
        Instant now = Instant.now();
        Optional<UUID> current = shortlists.findFirstByOwnerUsernameAndExpiresAtAfterOrderByOpenedAtDesc(owner, now)
                .map(Shortlist::getId);
        List<Shortlist> others = shortlists.findByOwnerUsernameAndExpiresAtAfterOrderByCreatedAtDesc(owner, now).stream()
                .filter(list -> current.filter(list.getId()::equals).isEmpty()).toList();
        Map<UUID, LocalizedText> names = pages.publishedNames(others.stream().flatMap(list -> list.getItems().stream())
                .map(ShortlistItem::getOfferingId).collect(Collectors.toSet()));
        return others.stream().map(list -> summary(list, names)).filter(list -> list.serviceCount() > 0).toList();
    }

    /** Makes an earlier list the current one again; its share link and expiry stay as they were. */
    public void reopen(UUID listId) {
        ownList(listId).reopen(Instant.now());
    }

    /**
     * Undoes starting a new list: the list before it is the current one again, and the new list
     * is discarded unless something was already put on it.
     */
    public void returnTo(UUID previousListId, UUID startedListId) {
        Shortlist previous = ownList(previousListId);
        shortlists.findByIdAndOwnerUsernameAndExpiresAtAfter(startedListId, requireSignedIn(), Instant.now())
                .filter(started -> started.getItems().isEmpty())
                .ifPresent(shortlists::delete);
        previous.reopen(Instant.now());
    }

    private static RecentShortlist summary(Shortlist list, Map<UUID, LocalizedText> publishedNames) {
        List<LocalizedText> names = list.getItems().stream().map(item -> publishedNames.get(item.getOfferingId()))
                .filter(Objects::nonNull).toList();
        return new RecentShortlist(list.getId(), list.getCreatedAt(), names.size(),
                names.subList(0, Math.min(NAMES_SHOWN, names.size())));
    }

    private Shortlist ownList(UUID listId) {
        return shortlists.findByIdAndOwnerUsernameAndExpiresAtAfter(listId, requireSignedIn(), Instant.now())
                .orElseThrow(() -> new RejectedInputException("shortlist.error.no-list"));
    }

    private String requireSignedIn() {
        return currentUser.username().orElseThrow(() -> new AccessDeniedException("Shortlists are for signed-in professionals"));
    }
}
