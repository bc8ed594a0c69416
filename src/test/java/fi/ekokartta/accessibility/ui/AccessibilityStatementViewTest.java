package fi.ekokartta.accessibility.ui;

import com.vaadin.flow.component.UI;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.accessibility.AccessibilityFeedback;
import fi.ekokartta.accessibility.AccessibilityFeedbackService;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessibilityStatementViewTest extends AbstractAppTest {

    @Autowired
    private AccessibilityFeedbackService feedback;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_statement_names_the_current_supervisory_authority_in_the_readers_language() {
        UI.getCurrent().navigate("saavutettavuus");
        Anchor authority = _get(Anchor.class, spec -> spec.withText("Lupa- ja valvontavirasto"));
        assertThat(authority.getHref()).isEqualTo("https://www.saavutettavuusvaatimukset.fi/");

        UI.getCurrent().navigate("saavutettavuus", QueryParameters.of("lang", "sv"));
        _get(Anchor.class, spec -> spec.withText("Tillstånds- och tillsynsverket"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).noneMatch(text -> text.contains("Regionförvaltningsverket"));
    }

    @Test
    void feedback_is_stored_for_the_coordinators() {
        String message = "Hakukentän tyhjennysnappi ei saa kohdistusta " + System.nanoTime();
        deleteAfterTest(() -> jdbc.update("delete from accessibility_feedback where message = ?", message));
        UI.getCurrent().navigate("saavutettavuus");
        _get(H1.class, spec -> spec.withText("Saavutettavuusseloste"));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sivu, jota palaute koskee (vapaaehtoinen)")), "/haku");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Palaute")), message);
        _click(_get(Button.class, spec -> spec.withText("Lähetä palaute")));

        _get(Div.class, spec -> spec.withText("Kiitos palautteesta! Koordinaattorit käsittelevät sen."));
        login("koordinaattori-testi", UserRole.COORDINATOR);
        List<AccessibilityFeedback> received = feedback.received(PageRequest.of(0, 500)).stream().filter(f -> f.getMessage().equals(message)).toList();
        assertEquals(1, received.size());
        assertEquals("/haku", received.getFirst().getPage());
        assertEquals("fi", received.getFirst().getLanguage());
    }

    @Test
    void empty_feedback_and_a_bad_address_are_refused_in_the_readers_language() {
        int before = count();
        UI.getCurrent().navigate("saavutettavuus", QueryParameters.of("lang", "en"));

        _click(_get(Button.class, spec -> spec.withText("Send feedback")));
        TextArea message = _get(TextArea.class, spec -> spec.withLabel("Feedback"));
        assertTrue(message.isInvalid());
        assertEquals("Please write a message.", message.getErrorMessage());

        _setValue(message, "Contrast of the links is too low.");
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Your e-mail (optional)"));
        _setValue(email, "not an address");
        _click(_get(Button.class, spec -> spec.withText("Send feedback")));
        assertTrue(email.isInvalid());
        assertEquals(before, count());
    }

    @Test
    void only_coordinators_and_administrators_record_an_answer_and_only_once() {
        String message = "Vastaustesti " + System.nanoTime();
        deleteAfterTest(() -> jdbc.update("delete from accessibility_feedback where message = ?", message));
        feedback.send(null, message, "lahettaja@example.org", Language.FI);
        java.util.UUID id = jdbc.queryForObject("select id from accessibility_feedback where message = ?", java.util.UUID.class, message);

        login("yllapitaja-testi", UserRole.MAINTAINER);
        assertThrows(AccessDeniedException.class, () -> feedback.answer(id, "Kiitos."));
        login("ohjaaja-testi", UserRole.COUNSELLOR);
        assertThrows(AccessDeniedException.class, () -> feedback.answer(id, "Kiitos."));
        login("paakayttaja-testi", UserRole.ADMIN);
        assertEquals("feedback.error.message-required",
                assertThrows(RejectedInputException.class, () -> feedback.answer(id, "  ")).getMessageKey());
        feedback.answer(id, "Kiitos, korjaamme asian.");
        login("koordinaattori-testi", UserRole.COORDINATOR);
        assertEquals("a11y-answer.error.already-answered",
                assertThrows(RejectedInputException.class, () -> feedback.answer(id, "Toinen vastaus.")).getMessageKey());

        assertEquals("paakayttaja-testi", jdbc.queryForObject("select answered_by from accessibility_feedback where id = ?", String.class, id));
        assertEquals("Kiitos, korjaamme asian.", jdbc.queryForObject("select answer from accessibility_feedback where id = ?", String.class, id));
    }

    @Test
    void oversize_feedback_is_refused_with_a_message_and_nothing_is_stored() {
        int before = count();
        UI.getCurrent().navigate("saavutettavuus");

        RejectedInputException refused = assertThrows(RejectedInputException.class, () -> feedback.send("/haku",
                "x".repeat(AccessibilityFeedback.MAX_MESSAGE_LENGTH + 1), null, Language.FI));

        assertEquals("feedback.error.message-too-long", refused.getMessageKey());
        assertEquals("Viesti on liian pitkä.", UI.getCurrent().getTranslation(refused.getMessageKey()));
        assertEquals(before, count());
    }

    @Test
    void the_sixth_feedback_from_one_address_within_ten_minutes_is_refused_politely_and_not_stored() {
        String marker = "Rajoitustesti " + System.nanoTime();
        deleteAfterTest(() -> jdbc.update("delete from accessibility_feedback where message like ?", marker + "%"));
        UI.getCurrent().navigate("saavutettavuus");
        for (int i = 1; i <= 5; i++) {
            sendFeedback(marker + " " + i);
            _get(Div.class, spec -> spec.withText("Kiitos palautteesta! Koordinaattorit käsittelevät sen."));
        }

        sendFeedback(marker + " 6");

        assertEquals(5, stored(marker));
        _get(Div.class, spec -> spec.withText("Tästä osoitteesta on juuri lähetetty useita viestejä, joten tätä ei tallennettu. "
                + "Kiitos, että autat pitämään tiedot ajan tasalla – voit lähettää seuraavan 2 minuutin kuluttua."));
    }

    @Test
    void signed_in_staff_are_not_limited() {
        String marker = "Henkilökunnan palaute " + System.nanoTime();
        deleteAfterTest(() -> jdbc.update("delete from accessibility_feedback where message like ?", marker + "%"));
        login("koordinaattori-testi", UserRole.COORDINATOR);
        UI.getCurrent().navigate("saavutettavuus");

        for (int i = 1; i <= 7; i++) {
            sendFeedback(marker + " " + i);
        }

        assertEquals(7, stored(marker));
    }

    private void sendFeedback(String text) {
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Palaute")), text);
        _click(_get(Button.class, spec -> spec.withText("Lähetä palaute")));
    }

    private int stored(String marker) {
        return jdbc.queryForObject("select count(*) from accessibility_feedback where message like ?", Integer.class, marker + "%");
    }

    @Test
    void control_characters_in_any_field_are_refused_in_the_readers_language_and_nothing_is_stored() {
        int before = count();
        UI.getCurrent().navigate("saavutettavuus", QueryParameters.of("lang", "sv"));
        TextArea message = _get(TextArea.class, spec -> spec.withLabel("Respons"));

        _setValue(message, "Kontrasten\u0000 är för låg.");
        _click(_get(Button.class, spec -> spec.withText("Skicka respons")));
        assertTrue(message.isInvalid());
        assertEquals("Texten innehåller tecken som inte kan sparas (till exempel ett styrtecken). Ta bort dem och försök igen.",
                message.getErrorMessage());

        _setValue(message, "Kontrasten är för låg.");
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Din e-post (frivillig)"));
        _setValue(email, "namn\u0000@exempel.fi");
        _click(_get(Button.class, spec -> spec.withText("Skicka respons")));
        assertTrue(email.isInvalid());

        _setValue(email, "");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sidan som responsen gäller (frivillig)")), "/haku\u0007");
        _click(_get(Button.class, spec -> spec.withText("Skicka respons")));
        assertTrue(message.isInvalid());
        assertEquals(before, count());
    }

    @Test
    void counsellors_do_not_read_the_feedback() {
        login("ohjaaja-testi", UserRole.COUNSELLOR);

        assertThrows(AccessDeniedException.class, () -> feedback.received(PageRequest.of(0, 10)));
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from accessibility_feedback", Integer.class);
    }
}
