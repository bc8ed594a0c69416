package fi.ekokartta.stewardship;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signed tokens of the reminders' links, with a configured secret (no database). */
class ReminderLinksTest {

    private static final String SECRET = "testisalaisuus-joka-on-riittavan-pitka";
    private final ReminderLinks links = new ReminderLinks(new SignedLinks(new LinkSecret(null, null, SECRET)));
    private final UUID entry = UUID.randomUUID();
    private final UUID user = UUID.randomUUID();
    private final LocalDate lastDay = LocalDate.of(2026, 12, 15);

    @Test
    void a_token_says_what_was_signed() {
        String token = links.reassureToken(EntryKind.ACTOR, entry, user, lastDay);

        assertThat(links.verify(token)).contains(new ReminderLinks.Claim(EntryKind.ACTOR, entry, user, lastDay));
        assertThat(token).hasSize(100).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void a_token_with_any_character_changed_or_signed_with_another_secret_is_refused() {
        String token = links.reassureToken(EntryKind.SERVICE, entry, user, lastDay);
        for (int i = 0; i < token.length(); i++) {
            char[] changed = token.toCharArray();
            changed[i] = changed[i] == 'A' ? 'Q' : 'A';
            assertThat(links.verify(new String(changed))).as("character " + i).isEmpty();
        }
        ReminderLinks otherSecret = new ReminderLinks(new SignedLinks(new LinkSecret(null, null, SECRET + "-toinen")));
        assertThat(otherSecret.verify(token)).isEmpty();
        assertThat(links.verify(token.substring(1))).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify("ei base64:ää!")).isEmpty();
    }

    @Test
    void a_configured_secret_shorter_than_32_characters_stops_the_start() {
        assertThatThrownBy(() -> new LinkSecret(null, null, "liian-lyhyt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ekokartta.link-secret");
    }
}
