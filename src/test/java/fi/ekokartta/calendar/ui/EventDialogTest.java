package fi.ekokartta.calendar.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.calendar.CalendarEventRepository;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: a coordinator creates, changes and deletes a vuosikello event through its dialog. */
class EventDialogTest extends AbstractAppTest {

    @Autowired
    private CalendarEventRepository events;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;

    @BeforeEach
    void coordinator() {
        unique = EntryFixture.unique();
        deleteAfterTest(() -> {
            jdbc.update("delete from calendar_event_participant where event_id in (select id from calendar_event where title_fi like ?)",
                    "%" + unique);
            jdbc.update("delete from calendar_event where title_fi like ?", "%" + unique);
        });
    }

    @Test
    void a_coordinator_creates_a_monthly_event_that_the_list_then_shows() {
        saveUser("kalenterikoordinaattori-" + unique, UserRole.COORDINATOR);
        login("kalenterikoordinaattori-" + unique, UserRole.COORDINATOR);
        UI.getCurrent().navigate("vuosikello", QueryParameters.simple(Map.of("vuosi", "2027", "nakyma", "lista")));

        _click(_get(Button.class, spec -> spec.withText("Uusi tapahtuma")));
        Dialog dialog = _get(Dialog.class);
        _setValue(fields("title").input("fi"), "Kuukauden työpaja " + unique);
        _setValue(_get(dialog, Select.class, spec -> spec.withLabel("Tapahtumatyyppi")), EventCategory.TRAINING);
        _setValue(_get(dialog, DateTimePicker.class, spec -> spec.withLabel("Alkaa")), LocalDateTime.of(2027, 5, 11, 13, 0));
        _setValue(_get(dialog, DateTimePicker.class, spec -> spec.withLabel("Päättyy")), LocalDateTime.of(2027, 5, 11, 15, 0));
        @SuppressWarnings("unchecked")
        Select<EventDialog.Repeat> repeat = _get(dialog, Select.class, spec -> spec.withLabel("Toisto"));
        assertThat(repeat.getItemLabelGenerator().apply(EventDialog.Repeat.MONTHLY_WEEKDAY)).isEqualTo("Kuukauden 2. tiistai");
        _setValue(repeat, EventDialog.Repeat.MONTHLY_WEEKDAY);
        TextField rule = _get(dialog, TextField.class, spec -> spec.withLabel("Toistosääntö (RRULE)"));
        assertThat(rule.getValue()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Paikka")), "Työpajatila");

        _setValue(rule, "FREQ=KUUKAUSITTAIN");
        assertThat(repeat.getValue()).isEqualTo(EventDialog.Repeat.CUSTOM);
        _click(_get(dialog, Button.class, spec -> spec.withText("Tallenna")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(rule.isInvalid()).isTrue();
        assertThat(rule.getErrorMessage()).contains("Toistosääntö");

        _setValue(repeat, EventDialog.Repeat.MONTHLY_WEEKDAY);
        _click(_get(dialog, Button.class, spec -> spec.withText("Tallenna")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(Anchor.class, spec -> spec.withText("Kuukauden työpaja " + unique)))
                .as("May to December, on the 2nd Tuesday").hasSize(8)
                .first().satisfies(anchor -> assertThat(anchor.getHref()).endsWith("?pvm=2027-05-11"));
    }

    @Test
    void on_its_page_an_event_is_changed_and_deleted_after_a_confirmation() {
        saveUser("kalenterikoordinaattori-" + unique, UserRole.COORDINATOR);
        login("kalenterikoordinaattori-" + unique, UserRole.COORDINATOR);
        fi.ekokartta.calendar.CalendarEvent event = new fi.ekokartta.calendar.CalendarEvent();
        event.setTitle(fi.ekokartta.base.domain.LocalizedText.of("Muokattava " + unique));
        event.setCategory(EventCategory.DEADLINE);
        event.setStart(LocalDateTime.of(2027, 9, 30, 0, 0));
        event.setPublicEvent(true);
        UUID id = events.save(event).getId();
        UI.getCurrent().navigate("vuosikello/tapahtuma/" + id);

        _click(_get(Button.class, spec -> spec.withText("Muokkaa")));
        _setValue(fields("title").input("fi"), "Muokattu " + unique);
        _setValue(fields("description").input("sv"), "Beskrivning " + unique);
        _setValue(fields("description").input("en"), "Description " + unique);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Tallenna")));
        assertThat(_get(H1.class).getText()).isEqualTo("Muokattu " + unique);
        assertThat(jdbc.queryForList("select description_fi, description_sv, description_en from calendar_event where id = ?",
                id).getFirst()).as("the description is kept in every language the form offers")
                .containsEntry("description_fi", null).containsEntry("description_sv", "Beskrivning " + unique)
                .containsEntry("description_en", "Description " + unique);
        _click(_get(Button.class, spec -> spec.withText("Muokkaa")));
        assertThat(fields("description").input("sv").getValue()).isEqualTo("Beskrivning " + unique);
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Peruuta")));

        _click(_get(Button.class, spec -> spec.withText("Muokkaa")));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Poista tapahtuma")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(events.existsById(id)).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(events.existsById(id)).isFalse();
        assertThat(_get(VuosikelloView.class)).isNotNull();
    }

    @Test
    void visitors_and_counsellors_see_no_editing_controls() {
        UI.getCurrent().navigate("vuosikello");
        assertThat(_find(Button.class, spec -> spec.withText("Uusi tapahtuma"))).isEmpty();

        saveUser("kalenterineuvoja-" + unique, UserRole.COUNSELLOR);
        login("kalenterineuvoja-" + unique, UserRole.COUNSELLOR);
        UI.getCurrent().navigate("vuosikello");
        assertThat(_find(Button.class, spec -> spec.withText("Uusi tapahtuma"))).isEmpty();
        UUID any = jdbc.queryForObject("select id from calendar_event where public_event limit 1", UUID.class);
        UI.getCurrent().navigate("vuosikello/tapahtuma/" + any);
        assertThat(_find(Button.class, spec -> spec.withText("Muokkaa"))).isEmpty();
    }

    private static LocalizedTextFields fields(String field) {
        return _find(_get(Dialog.class), LocalizedTextFields.class).stream().filter(fields -> fields.field().equals(field))
                .findFirst().orElseThrow();
    }
}
