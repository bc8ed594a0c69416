package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.BrowserScripts;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.base.ui.RichTextBlock;
import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.ChargeType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ScheduleFrequency;
import fi.ekokartta.offering.ScheduleRule;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.offering.ServiceContact;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.NotificationsKt;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceViewTest extends AbstractAppTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_contact_whose_name_and_title_are_the_same_shows_it_once() {
        Offering service = service(OfferingStatus.PUBLISHED);

        open(service.getId());

        _get(Paragraph.class, spec -> spec.withText("Talous- ja velkaneuvoja, Neuvonta"));
    }

    @Test
    void opening_hours_are_written_from_their_days_and_times_in_the_readers_language() {
        UUID id = jdbc.queryForObject("select c.offering_id from opening_hours h join service_channel c on c.id = h.channel_id "
                + "join offering o on o.id = c.offering_id where h.note = 'Avoinna ma–to klo 09:00–15:00' and o.status = 'PUBLISHED' "
                + "and h.weekdays = 'MO,TU,WE,TH' limit 1", UUID.class);

        UI.getCurrent().navigate("palvelu/" + id, QueryParameters.of("lang", "sv"));

        assertThat(hoursRows()).contains("mån–tors 09:00–15:00").noneMatch(row -> row.contains("Avoinna"));
        UI.getCurrent().navigate("palvelu/" + id, QueryParameters.of("lang", "en"));
        assertThat(hoursRows()).contains("Mon–Thu 9.00–15.00");
        UI.getCurrent().navigate("palvelu/" + id, QueryParameters.of("lang", "fi"));
        assertThat(hoursRows()).contains("ma–to 9.00–15.00");
    }

    private static List<String> hoursRows() {
        return _find(UnorderedList.class, spec -> spec.withClasses("opening-hours")).stream()
                .flatMap(list -> list.getChildren()).map(row -> row.getElement().getText()
                        + row.getChildren().map(part -> part.getElement().getText()).collect(Collectors.joining()))
                .toList();
    }

    @Test
    void a_monthly_schedule_and_a_period_read_as_sentences_with_the_link_to_its_sessions() {
        Offering service = service(OfferingStatus.PUBLISHED, offering -> {
            ServiceChannel office = new ServiceChannel();
            office.setType(ChannelType.VISITING_ADDRESS);
            office.setStreetAddress("Torikatu 3");
            OpeningHours monthly = new OpeningHours();
            monthly.setOpens(java.time.LocalTime.of(9, 0));
            monthly.setCloses(java.time.LocalTime.of(12, 0));
            monthly.setRule(new ScheduleRule(null, LocalDate.of(2099, 5, 31), ScheduleFrequency.MONTHLY, null, null, null,
                    null, null, "1", null, null, "https://ajanvaraus.example.fi", null, "Ilmoittaudu ensin"));
            office.addOpeningHours(monthly);
            OpeningHours ended = new OpeningHours();
            ended.setWeekdays("MO");
            ended.setOpens(java.time.LocalTime.of(9, 0));
            ended.setRule(ScheduleRule.WEEKLY.withValidity(null, LocalDate.of(2020, 8, 31)));
            office.addOpeningHours(ended);
            offering.addChannel(office);
        });

        UI.getCurrent().navigate("palvelu/" + service.getId(), QueryParameters.of("lang", "fi"));

        assertThat(hoursRows()).as("hours that have ended are not shown").containsExactly(
                "joka kuukauden 1. päivä 9.00–12.00, voimassa 31.5.2099 asti (Ilmoittaudu ensin) Aikataulu ja ajanvaraus");
        _get(Anchor.class, spec -> spec.withText("Aikataulu ja ajanvaraus"));
        UI.getCurrent().navigate("palvelu/" + service.getId(), QueryParameters.of("lang", "sv"));
        assertThat(hoursRows()).singleElement().asString().startsWith("dag 1 varje månad 09:00–12:00, gäller till 31.5.2099");
    }

    @Test
    void a_short_channel_name_heads_its_card_and_an_imported_long_description_reads_as_text_under_the_heading() {
        String description = "Vaihteen numero. Puhelimeen vastataan arkisin kello 8–16, ruuhka-aikoina voi joutua odottamaan.";
        Offering service = service(OfferingStatus.PUBLISHED, offering -> {
            ServiceChannel switchboard = new ServiceChannel();
            switchboard.setType(ChannelType.PHONE);
            switchboard.setPhone("040 000 0001");
            switchboard.setName(fi.ekokartta.base.domain.LocalizedText.of(description));
            offering.addChannel(switchboard);
            ServiceChannel line = new ServiceChannel();
            line.setType(ChannelType.PHONE);
            line.setPhone("040 000 0002");
            line.setName(fi.ekokartta.base.domain.LocalizedText.of("Neuvonta"));
            offering.addChannel(line);
        });

        UI.getCurrent().navigate("palvelu/" + service.getId(), QueryParameters.of("lang", "fi"));

        List<String> headings = _find(fi.ekokartta.directory.ui.ChannelCard.class).stream()
                .map(card -> _get(card, com.vaadin.flow.component.html.H3.class).getElement().getTextRecursively()).toList();
        assertThat(headings).containsExactly("Puhelin", "Puhelin: Neuvonta");
        assertThat(_find(fi.ekokartta.directory.ui.ChannelCard.class).getFirst().getElement().getTextRecursively())
                .contains(description);
    }

    @Test
    void public_card_shows_what_a_client_decides_by_and_no_staff_content() {
        Offering service = service(OfferingStatus.PUBLISHED);

        open(service.getId());

        _get(H1.class, spec -> spec.withText(service.getName().getFi()));
        assertTrue(fact("Näin pääset palveluun").startsWith("Ammattilaisen ohjauksella"));
        assertTrue(fact("Näin pääset palveluun").contains("Varaa aika puhelimitse."));
        assertEquals("Maksuton", fact("Hinta"));
        _get(Anchor.class, spec -> spec.withText("palvelu.julkinen@testi.example"));
        _get(Paragraph.class, spec -> spec.withText("Tiedot tarkistettu 1.3.2026"));
        Image qr = _get(Image.class, spec -> spec.withClasses("qr-code"));
        assertTrue(qr.getSrc().startsWith("data:image/svg+xml;base64,"));
        _assertNone(H2.class, spec -> spec.withText("Ammattilaisille"));
        _assertNone(Paragraph.class, spec -> spec.withText("Lähetä ohjauslomake testipalveluun."));
        _assertNone(Anchor.class, spec -> spec.withText("palvelu.ammattilaiset@testi.example"));
    }

    @Test
    void a_stored_description_with_markup_shows_its_lists_and_links_and_never_a_script_or_handler() {
        // Stored as it is, past the cleaning on save (an import, an older version): cleaned again on output.
        Offering service = service(OfferingStatus.PUBLISHED, offering -> offering.setDescription(LocalizedText.of(
                "<p>Palvelussa:</p><ul><li>valmennus</li><li>työkokeilu</li></ul>"
                        + "<p>Lue <a href=\"https://example.fi/ohje\">ohje</a>.</p>"
                        + "<script>alert('kuvaus')</script><img src=x onerror=\"alert('kuva')\">"
                        + "<a href=\"javascript:alert('linkki')\">vaarallinen</a><p onclick=\"alert('klikki')\">Loppu</p>")));

        open(service.getId());

        RichTextBlock block = descriptionBlock();
        List<Html> markup = _find(block, Html.class);
        assertThat(markup).hasSize(1);
        String shown = markup.getFirst().getInnerHtml();
        assertThat(shown).contains("<ul><li>valmennus</li><li>työkokeilu</li></ul>", "<a href=\"https://example.fi/ohje\"",
                ">ohje</a>", "Loppu");
        assertThat(shown.toLowerCase()).doesNotContain("<script", "onerror", "onclick", "javascript:", "alert", "<img");
        assertThat(everythingShown()).doesNotContain("alert(", "onerror", "<script");
    }

    @Test
    void a_description_without_markup_is_text_in_paragraphs_with_its_line_breaks() {
        Offering service = service(OfferingStatus.PUBLISHED, offering -> offering.setDescription(LocalizedText.of(
                "Ensimmäinen kappale.\nSamassa kappaleessa: hinta < 5 € & <3\n\n  \nToinen kappale.")));

        open(service.getId());

        RichTextBlock block = descriptionBlock();
        assertThat(_find(block, Html.class)).isEmpty();
        List<Paragraph> paragraphs = _find(block, Paragraph.class);
        assertThat(paragraphs).hasSize(2);
        List<String> first = paragraphs.getFirst().getElement().getChildren()
                .map(node -> node.isTextNode() ? node.getText() : "<" + node.getTag() + ">").toList();
        assertThat(first).containsExactly("Ensimmäinen kappale.", "<br>", "Samassa kappaleessa: hinta < 5 € & <3");
        assertThat(paragraphs.get(1).getElement().getTextRecursively()).isEqualTo("Toinen kappale.");
    }

    @Test
    void referral_instructions_with_markup_are_cleaned_for_the_counsellor_too() {
        Offering service = service(OfferingStatus.PUBLISHED, offering -> offering.setReferralInstructions(LocalizedText.of(
                "<ol><li>Soita</li><li>Lähetä lomake</li></ol><img src=x onerror=\"alert(1)\">")));
        login("ohjaaja-testi", UserRole.COUNSELLOR);

        open(service.getId());

        String shown = _find(Html.class).stream().map(Html::getInnerHtml).collect(Collectors.joining());
        assertThat(shown).contains("<ol><li>Soita</li><li>Lähetä lomake</li></ol>").doesNotContain("onerror", "<img");
    }

    @Test
    void counsellor_sees_referral_instructions_and_staff_contacts() {
        Offering service = service(OfferingStatus.PUBLISHED);
        login("ohjaaja-testi", UserRole.COUNSELLOR);

        open(service.getId());

        _get(H2.class, spec -> spec.withText("Ammattilaisille"));
        _get(Paragraph.class, spec -> spec.withText("Lähetä ohjauslomake testipalveluun."));
        _get(Anchor.class, spec -> spec.withText("palvelu.ammattilaiset@testi.example"));
    }

    @Test
    void drafts_are_not_shown_to_the_public() {
        Offering draft = service(OfferingStatus.DRAFT);

        open(draft.getId());

        _get(H1.class, spec -> spec.withText("Sivua ei löytynyt"));
        _assertNone(ServiceView.class);
        _assertNone(H1.class, spec -> spec.withText(draft.getName().getFi()));
    }

    @Test
    void swedish_reader_gets_the_finnish_text_marked_as_finnish() {
        Offering service = service(OfferingStatus.PUBLISHED);

        UI.getCurrent().navigate("palvelu/" + service.getId(), QueryParameters.of("lang", "sv"));

        H1 title = _get(H1.class, spec -> spec.withText(service.getName().getFi()));
        assertEquals("fi", title.getElement().getAttribute("lang"));
        _get(Paragraph.class, spec -> spec.withText("En del av uppgifterna på sidan finns endast på finska."));
        _get(H2.class, spec -> spec.withText("Tjänsten i korthet"));
    }

    @Test
    void anyone_can_report_outdated_information_and_an_empty_report_is_refused() {
        Offering service = service(OfferingStatus.PUBLISHED);
        open(service.getId());

        _click(_get(Button.class, spec -> spec.withText("Ilmoita vanhentuneesta tiedosta")));
        _click(_get(Button.class, spec -> spec.withText("Lähetä ilmoitus")));
        TextArea message = _get(TextArea.class, spec -> spec.withLabel("Mikä tieto on vanhentunut?"));
        assertTrue(message.isInvalid());
        assertEquals("Kirjoita viesti.", message.getErrorMessage());
        assertEquals(0, reportsOf(service));

        _setValue(message, "Puhelinnumero on vaihtunut.");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Sähköpostisi (vapaaehtoinen)")), "ei-osoite");
        _click(_get(Button.class, spec -> spec.withText("Lähetä ilmoitus")));
        assertEquals("Tarkista sähköpostiosoite (muotoa nimi@esimerkki.fi).",
                _get(EmailField.class, spec -> spec.withLabel("Sähköpostisi (vapaaehtoinen)")).getErrorMessage());
        assertEquals(0, reportsOf(service));

        _setValue(_get(EmailField.class, spec -> spec.withLabel("Sähköpostisi (vapaaehtoinen)")), "");
        _click(_get(Button.class, spec -> spec.withText("Lähetä ilmoitus")));
        assertEquals(1, reportsOf(service));
        assertEquals("Puhelinnumero on vaihtunut.", jdbc.queryForObject(
                "select message from outdated_report where entry_id = ?", String.class, service.getId()));
        assertEquals(service.getProvider().getId(), jdbc.queryForObject(
                "select responsible_actor_id from outdated_report where entry_id = ?", UUID.class, service.getId()));
    }

    @Test
    void the_sixth_anonymous_report_from_one_address_is_refused_politely_and_not_stored() {
        Offering service = service(OfferingStatus.PUBLISHED);
        deleteAfterTest(() -> jdbc.update("delete from outdated_report where entry_id = ?", service.getId()));
        open(service.getId());
        for (int i = 1; i <= 5; i++) {
            report("Aukioloajat ovat muuttuneet " + i);
        }
        assertEquals(5, reportsOf(service));
        NotificationsKt.clearNotifications();

        report("Aukioloajat ovat muuttuneet 6");

        assertEquals(5, reportsOf(service));
        NotificationsKt.expectNotifications("Tästä osoitteesta on juuri lähetetty useita viestejä, joten tätä ei tallennettu. "
                + "Kiitos, että autat pitämään tiedot ajan tasalla – voit lähettää seuraavan 2 minuutin kuluttua.");
    }

    private void report(String text) {
        _click(_get(Button.class, spec -> spec.withText("Ilmoita vanhentuneesta tiedosta")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Mikä tieto on vanhentunut?")), text);
        _click(_get(Button.class, spec -> spec.withText("Lähetä ilmoitus")));
    }

    @Test
    void a_report_with_a_nul_character_is_refused_with_a_message_and_nothing_is_stored() {
        Offering service = service(OfferingStatus.PUBLISHED);
        open(service.getId());

        _click(_get(Button.class, spec -> spec.withText("Ilmoita vanhentuneesta tiedosta")));
        TextArea message = _get(TextArea.class, spec -> spec.withLabel("Mikä tieto on vanhentunut?"));
        _setValue(message, "Puhelin\u0000numero");
        _click(_get(Button.class, spec -> spec.withText("Lähetä ilmoitus")));

        assertTrue(message.isInvalid());
        assertEquals("Tekstissä on merkkejä, joita ei voi tallentaa (esimerkiksi ohjausmerkki). Poista ne ja yritä uudelleen.",
                message.getErrorMessage());
        assertEquals(0, reportsOf(service));
    }

    private int reportsOf(Offering service) {
        return jdbc.queryForObject("select count(*) from outdated_report where entry_id = ?", Integer.class, service.getId());
    }

    @Test
    void a_card_opened_from_another_page_takes_focus_to_its_heading_and_a_fresh_load_leaves_it() {
        Offering service = service(OfferingStatus.PUBLISHED);

        try (BrowserScripts scripts = BrowserScripts.record()) {
            open(service.getId());
            H1 heading = _get(H1.class);
            assertEquals("-1", heading.getElement().getAttribute("tabindex"));
            assertTrue(scripts.focused(heading));

            scripts.forget();
            UI ui = UI.getCurrent();
            ui.getInternals().getRouter().navigate(ui, new Location("palvelu/" + service.getId()), NavigationTrigger.PAGE_LOAD);
            assertFalse(scripts.focused(_get(H1.class)));
        }
    }

    private static void open(UUID id) {
        UI.getCurrent().navigate("palvelu/" + id);
    }

    /** The text shown beside a key fact's label. */
    private static String fact(String label) {
        DescriptionList.Term term = _get(DescriptionList.Term.class, spec -> spec.withText(label));
        DescriptionList list = (DescriptionList) term.getParent().orElseThrow();
        int index = list.getChildren().toList().indexOf(term);
        return ((DescriptionList.Description) list.getChildren().toList().get(index + 1)).getElement().getTextRecursively();
    }

    /** The description's block in its section, found by the section's heading. */
    private static RichTextBlock descriptionBlock() {
        H2 heading = _get(H2.class, spec -> spec.withId("service-description-heading"));
        return _get(heading.getParent().orElseThrow(), RichTextBlock.class);
    }

    /** The whole page as the server would write it, text and attributes. */
    private static String everythingShown() {
        return UI.getCurrent().getElement().getOuterHTML();
    }

    private Offering service(OfferingStatus status) {
        return service(status, offering -> { });
    }

    private Offering service(OfferingStatus status, Consumer<Offering> more) {
        EntryFixture entries = entries();
        String unique = EntryFixture.unique();
        Actor provider = entries.actor("Testijärjestäjä " + unique);
        return entries.offering("Testipalvelu " + unique, provider, status, offering -> {
            offering.setSummary(LocalizedText.of("Lyhyt kuvaus testipalvelusta."));
            offering.setAccess(AccessMode.REFERRAL);
            offering.setHowToGetThere(LocalizedText.of("Varaa aika puhelimitse."));
            offering.setChargeType(ChargeType.FREE);
            offering.setAssuredDate(LocalDate.of(2026, 3, 1));
            offering.setReferralInstructions(LocalizedText.of("Lähetä ohjauslomake testipalveluun."));
            offering.addContact(contact("palvelu.julkinen@testi.example", Visibility.PUBLIC));
            ServiceContact roleContact = contact("velkaneuvoja@testi.example", Visibility.PUBLIC);
            roleContact.setPerson(new ContactDetails("Talous- ja velkaneuvoja", "talous- ja velkaneuvoja", "Neuvonta",
                    "velkaneuvoja@testi.example", null));
            offering.addContact(roleContact);
            offering.addContact(contact("palvelu.ammattilaiset@testi.example", Visibility.STAFF));
            more.accept(offering);
        });
    }

    private static ServiceContact contact(String email, Visibility visibility) {
        ServiceContact contact = new ServiceContact();
        contact.setPerson(new ContactDetails("Neuvonta", null, null, email, null));
        contact.setVisibility(visibility);
        return contact;
    }
}
