package fi.ekokartta.assessment;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.ecosystem.ActorRelationshipRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-assessment links: a token verifies only unchanged, says exactly the round, actor, user
 * and last day it was made for, and the form refuses one that is changed, expired, for a round
 * the actor was not invited to, or for a closed round, each with its own status (the page's message).
 */
class AssessmentLinksTest extends AbstractAppTest {

    @Autowired
    private AssessmentLinks links;
    @Autowired
    private AssessmentForm form;
    @Autowired
    private AssessmentRoundRepository rounds;
    @Autowired
    private AssessmentInvitationRepository invitations;
    @Autowired
    private AssessmentResponseRepository responses;
    @Autowired
    private AssessmentQuestionRepository questions;
    @Autowired
    private ActorRelationshipRepository relationships;
    @Autowired
    private JdbcTemplate jdbc;

    private final LocalDate today = FinnishDates.today();

    @Test
    void a_token_says_what_it_was_made_for_and_nothing_else() {
        UUID round = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        String token = links.token(round, actor, user, today.plusDays(3));
        assertThat(links.verify(token)).contains(new AssessmentLinks.Claim(round, actor, user, today.plusDays(3)));
        assertThat(links.token(round, actor, user, today.plusDays(3))).isEqualTo(token);
        assertThat(links.token(round, UUID.randomUUID(), user, today.plusDays(3))).isNotEqualTo(token);
    }

    @Test
    void a_changed_or_foreign_token_does_not_verify() {
        String token = links.token(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), today);
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        for (int position : new int[]{0, 1, 5, 30, 50, bytes.length - 1}) {
            byte[] changed = bytes.clone();
            changed[position] ^= 1;
            assertThat(links.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(changed)))
                    .as("byte " + position + " changed").isEmpty();
        }
        assertThat(links.verify(token.substring(1))).isEmpty();
        assertThat(links.verify("ei-tokeni")).isEmpty();
        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify("")).isEmpty();
    }

    @Test
    void the_form_refuses_changed_expired_foreign_and_closed_links_with_their_own_status() {
        String unique = EntryFixture.unique();
        AssessmentFixture fixture = new AssessmentFixture(rounds, invitations, responses, questions, relationships, jdbc,
                this::deleteAfterTest);
        Actor invited = entries().actor("Linkkitoimija " + unique);
        Actor notInvited = entries().actor("Kutsumaton toimija " + unique);
        UUID user = saveUser("linkki-" + unique, UserRole.MAINTAINER, invited);
        AssessmentRound open = fixture.openRound();
        fixture.invitation(open, invited, 1);
        AssessmentRound closed = fixture.round(AssessmentFixture.freeYear(), today.minusDays(1));
        fixture.invitation(closed, invited, 1);

        String valid = links.token(open.getId(), invited.getId(), user, open.getClosesOn());
        assertThat(form.check(valid).status()).isEqualTo(FormCheck.Status.VALID);
        assertThat(form.check(valid).actorName().getFi()).isEqualTo("Linkkitoimija " + unique);
        assertThat(form.check(valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA")).status())
                .isEqualTo(FormCheck.Status.INVALID);
        assertThat(form.check(links.token(open.getId(), invited.getId(), user, today.minusDays(1))).status())
                .as("last day passed").isEqualTo(FormCheck.Status.EXPIRED);
        assertThat(form.check(links.token(open.getId(), notInvited.getId(), user, open.getClosesOn())).status())
                .as("another actor than invited").isEqualTo(FormCheck.Status.REFUSED);
        assertThat(form.check(links.token(UUID.randomUUID(), invited.getId(), user, open.getClosesOn())).status())
                .as("another round").isEqualTo(FormCheck.Status.REFUSED);
        assertThat(form.check(links.token(open.getId(), invited.getId(), UUID.randomUUID(), open.getClosesOn())).status())
                .as("no such user").isEqualTo(FormCheck.Status.REFUSED);
        assertThat(form.check(links.token(closed.getId(), invited.getId(), user, today)).status())
                .as("round closed yesterday").isEqualTo(FormCheck.Status.CLOSED);
        jdbc.update("update app_user set enabled = false where id = ?", user);
        assertThat(form.check(valid).status()).as("user disabled").isEqualTo(FormCheck.Status.REFUSED);
    }
}
