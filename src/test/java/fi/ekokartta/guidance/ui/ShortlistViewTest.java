package fi.ekokartta.guidance.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.guidance.ShortlistContent;
import fi.ekokartta.guidance.ShortlistItem;
import fi.ekokartta.guidance.ShortlistService;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortlistViewTest extends AbstractAppTest {

    private static final String COUNSELLOR = "ohjaaja-lista-testi";

    @Autowired
    private ShortlistService shortlists;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Offering first;
    private Offering second;

    @BeforeEach
    void twoServices() {
        EntryFixture entries = entries();
        unique = EntryFixture.unique();
        Actor provider = entries.actor("Listatoimija " + unique);
        first = entries.offering("Ensimmäinen " + unique, provider, OfferingStatus.PUBLISHED,
                offering -> offering.setReferralInstructions(LocalizedText.of("Vain ammattilaisille " + unique)));
        second = entries.offering("Toinen " + unique, provider, OfferingStatus.PUBLISHED, offering -> { });
        deleteAfterTest(() -> jdbc.update("delete from shortlist where owner_username = ?", COUNSELLOR));
    }

    @Test
    void counsellor_adds_from_the_search_orders_notes_and_shares_a_handout_without_staff_content() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        UI.getCurrent().navigate("haku", QueryParameters.of("q", unique));
        _click(button("Lisää listalle: Ensimmäinen " + unique));
        _click(button("Lisää listalle: Toinen " + unique));

        UI.getCurrent().navigate(ShortlistView.class);
        assertEquals(List.of("Palvelu", "Ensimmäinen " + unique, "Toinen " + unique),
                _find(NativeTableHeaderCell.class).stream().map(cell -> cell.getElement().getTextRecursively())
                        .filter(text -> text.equals("Palvelu") || text.endsWith(unique)).toList());
        _click(button("Siirrä alemmas: Ensimmäinen " + unique));
        assertEquals(List.of("Toinen " + unique, "Ensimmäinen " + unique), itemNames());
        TextArea note = _get(TextArea.class, spec -> spec.withLabel("Huomio asiakkaalle: Ensimmäinen " + unique));
        _setValue(note, "Soita maanantaina.");

        ShortlistContent list = shortlists.current().orElseThrow();
        logout();
        UI.getCurrent().navigate("palvelulista/" + list.shareToken());

        List<String> handout = _find(H2.class).stream().map(h -> h.getElement().getTextRecursively()).toList();
        assertEquals(List.of("Toinen " + unique, "Ensimmäinen " + unique), handout);
        _get(Paragraph.class, spec -> spec.withText("Ohjaajan huomio: Soita maanantaina."));
        _assertNone(Paragraph.class, spec -> spec.withText("Vain ammattilaisille " + unique));
    }

    @Test
    void removing_a_service_and_starting_a_new_list() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        shortlists.add(first.getId());
        String firstToken = shortlists.add(second.getId()).shareToken();
        UI.getCurrent().navigate(ShortlistView.class);

        _click(button("Poista listalta: Ensimmäinen " + unique));
        assertEquals(List.of("Toinen " + unique), itemNames());
        _click(_get(Button.class, spec -> spec.withText("Aloita uusi lista")));

        _get(Anchor.class, spec -> spec.withText("Siirry palveluhakuun"));
        assertEquals(List.of(), itemNames());
        assertEquals(1, shortlists.shared(firstToken).orElseThrow().entries().size());
    }

    @Test
    void drafts_cannot_be_added_and_notes_have_a_limit() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        Offering draft = entries()
                .offering("Luonnos " + unique, first.getProvider(), OfferingStatus.DRAFT, offering -> { });

        RejectedInputException rejected = assertThrows(RejectedInputException.class, () -> shortlists.add(draft.getId()));
        assertEquals("shortlist.error.not-published", rejected.getMessageKey());
        ShortlistContent list = shortlists.add(first.getId());
        assertThrows(RejectedInputException.class, () -> shortlists.setNote(list.entries().getFirst().itemId(), "x".repeat(1001)));
    }

    @Test
    void a_note_with_a_nul_character_is_refused_and_the_previous_note_kept() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        UUID item = shortlists.add(first.getId()).entries().getFirst().itemId();
        shortlists.setNote(item, "Soita maanantaina.");

        RejectedInputException rejected = assertThrows(RejectedInputException.class, () -> shortlists.setNote(item, "Soita\u0000"));

        assertEquals("input.error.unstorable-characters", rejected.getMessageKey());
        assertEquals("Soita maanantaina.", shortlists.current().orElseThrow().entries().stream()
                .filter(entry -> entry.itemId().equals(item)).findFirst().orElseThrow().note());
    }

    @Test
    void expired_lists_are_not_shown_and_are_deleted() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        String token = shortlists.add(first.getId()).shareToken();
        jdbc.update("update shortlist set expires_at = now() - interval '1 minute' where share_token = ?", token);
        logout();

        UI.getCurrent().navigate("palvelulista/" + token);
        _get(Paragraph.class, spec -> spec.withText("Listaa ei löytynyt tai se on vanhentunut. Pyydä ohjaajaltasi uusi lista."));
        _assertNone(H2.class, spec -> spec.withText("Ensimmäinen " + unique));

        shortlists.deleteExpired();
        assertEquals(0, jdbc.queryForObject("select count(*) from shortlist where share_token = ?", Integer.class, token));
    }

    @Test
    void a_note_is_saved_while_typing_and_survives_a_reload_and_a_language_switch() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        shortlists.add(first.getId());
        UI.getCurrent().navigate(ShortlistView.class);
        TextArea note = note("Huomio asiakkaalle: Ensimmäinen " + unique);

        assertEquals(ValueChangeMode.LAZY, note.getValueChangeMode());
        assertTrue(note.getValueChangeTimeout() <= 800, "saved within a moment of a pause in typing");
        _setValue(note, "Soita maanantaina.");
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(ShortlistView.class);

        assertEquals("Soita maanantaina.", note("Huomio asiakkaalle: Ensimmäinen " + unique).getValue());
        UI.getCurrent().navigate("lista", QueryParameters.of("lang", "sv"));
        assertEquals("Soita maanantaina.", note("Anteckning till klienten: Ensimmäinen " + unique).getValue());
    }

    @Test
    void a_note_over_the_limit_is_refused_on_the_field_not_cut_and_the_last_valid_note_stays() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        shortlists.add(first.getId());
        UI.getCurrent().navigate(ShortlistView.class);
        TextArea note = note("Huomio asiakkaalle: Ensimmäinen " + unique);
        _setValue(note, "Soita maanantaina.");

        _setValue(note, "x".repeat(ShortlistItem.MAX_NOTE_LENGTH + 1));

        assertTrue(note.isInvalid());
        assertEquals("Huomio on liian pitkä (enintään 1000 merkkiä).", note.getErrorMessage());
        assertFalse(note.getElement().hasProperty("maxlength"), "the browser would cut a longer text silently");
        assertEquals(ShortlistItem.MAX_NOTE_LENGTH + 1, note.getValue().length());
        assertEquals("Soita maanantaina.", shortlists.current().orElseThrow().entries().getFirst().note());
        _setValue(note, "Soita tiistaina.");
        assertFalse(note.isInvalid());
    }

    @Test
    void the_add_button_shows_a_service_on_the_list_as_pressed_and_takes_it_off_again() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        UI.getCurrent().navigate("haku", QueryParameters.of("q", unique));
        Button add = button("Lisää listalle: Ensimmäinen " + unique);
        assertEquals("false", add.getElement().getAttribute("aria-pressed"));

        _click(add);

        assertEquals("true", add.getElement().getAttribute("aria-pressed"));
        assertEquals("Listalla", add.getText());
        UI.getCurrent().navigate("palvelu/" + first.getId());
        Button onCard = button("Listalla: Ensimmäinen " + unique);
        assertEquals("true", onCard.getElement().getAttribute("aria-pressed"));
        _click(onCard);
        assertEquals("false", onCard.getElement().getAttribute("aria-pressed"));
        assertEquals(List.of(), shortlists.current().orElseThrow().entries());
        UI.getCurrent().navigate("haku", QueryParameters.of("q", unique));
        button("Lisää listalle: Ensimmäinen " + unique);
    }

    @Test
    void a_removed_service_comes_back_with_its_note_and_place_when_undone() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        UUID item = shortlists.add(first.getId()).entries().getFirst().itemId();
        shortlists.add(second.getId());
        shortlists.setNote(item, "Soita maanantaina.");
        UI.getCurrent().navigate(ShortlistView.class);

        _click(button("Poista listalta: Ensimmäinen " + unique));
        assertEquals(List.of("Toinen " + unique), itemNames());
        _click(undo());

        assertEquals(List.of("Ensimmäinen " + unique, "Toinen " + unique), itemNames());
        assertEquals("Soita maanantaina.", note("Huomio asiakkaalle: Ensimmäinen " + unique).getValue());
    }

    @Test
    void starting_a_new_list_is_undone_back_to_the_previous_list() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        shortlists.add(first.getId());
        UI.getCurrent().navigate(ShortlistView.class);

        _click(_get(Button.class, spec -> spec.withText("Aloita uusi lista")));
        assertEquals(List.of(), itemNames());
        _click(undo());

        assertEquals(List.of("Ensimmäinen " + unique), itemNames());
        assertEquals(1, jdbc.queryForObject("select count(*) from shortlist where owner_username = ?", Integer.class,
                COUNSELLOR));
    }

    @Test
    void a_recent_list_is_reopened_with_its_notes_and_one_older_than_thirty_days_is_not_offered() {
        login(COUNSELLOR, UserRole.COUNSELLOR);
        UUID item = shortlists.add(first.getId()).entries().getFirst().itemId();
        shortlists.setNote(item, "Soita maanantaina.");
        shortlists.startNew();
        shortlists.add(second.getId());
        UUID old = shortlists.startNew().id();
        shortlists.add(first.getId());
        jdbc.update("update shortlist set created_at = now() - interval '31 days', opened_at = now() - interval '31 days',"
                + " expires_at = now() - interval '1 day' where id = ?", old);
        UI.getCurrent().navigate(ShortlistView.class);
        String today = FinnishDates.date(LocalDate.now(FinnishDates.FINNISH_TIME));

        _get(H2.class, spec -> spec.withText("Viimeaikaiset listat"));
        _get(Span.class, spec -> spec.withText("Aloitettu " + today + " · 1 palvelu: Ensimmäinen " + unique));
        assertEquals(1, _find(Button.class, spec -> spec.withText("Avaa")).size(), "the list started 31 days ago is not offered");
        assertEquals(List.of("Toinen " + unique), itemNames());
        _click(button("Avaa lista " + today + ": Ensimmäinen " + unique));

        assertEquals(List.of("Ensimmäinen " + unique), itemNames());
        assertEquals("Soita maanantaina.", note("Huomio asiakkaalle: Ensimmäinen " + unique).getValue());
        _get(Span.class, spec -> spec.withText("Aloitettu " + today + " · 1 palvelu: Toinen " + unique));
        _assertNone(Span.class, spec -> spec.withText("Aloitettu " + today + " · 1 palvelu: Ensimmäinen " + unique));
    }

    @Test
    void anonymous_visitor_has_no_shortlist() {
        UI.getCurrent().navigate(ShortlistView.class);

        _get(LoginForm.class);
        _assertNone(ShortlistView.class);
    }

    /** A button named for screen readers by its aria-label, as icon buttons are. */
    private static Button button(String ariaLabel) {
        return _find(Button.class).stream().filter(button -> button.getAriaLabel().filter(ariaLabel::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No button labelled " + ariaLabel));
    }

    private static TextArea note(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    /** The "Peru" button of the newest notification. */
    private static Button undo() {
        return _get(NotificationsKt.getNotifications().getLast(), Button.class, spec -> spec.withText("Peru"));
    }

    private static List<String> itemNames() {
        return _find(H3.class).stream().map(H3::getText).filter(text -> !text.isBlank()).toList();
    }
}
