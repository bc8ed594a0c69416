package fi.ekokartta.forum.ui;

import java.util.Optional;
import java.util.UUID;

/** What the forum pages share. */
final class ForumViews {

    private ForumViews() {
    }

    static Optional<UUID> uuid(String parameter) {
        try {
            return Optional.of(UUID.fromString(parameter));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
