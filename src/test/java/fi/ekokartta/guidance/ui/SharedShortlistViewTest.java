package fi.ekokartta.guidance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.guidance.Handout;
import fi.ekokartta.guidance.HandoutOptions;
import fi.ekokartta.guidance.HandoutService;
import fi.ekokartta.guidance.ShortlistService;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The client's handout in the language and with the municipality the counsellor chose when sharing. */
class SharedShortlistViewTest extends AbstractAppTest {

    private static final String COUNSELLOR = "ohjaaja-moniste-testi";

    @Autowired
    private ShortlistService shortlists;
    @Autowired
    private HandoutService handouts;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private String token;

    /**
     * Three services: offices in Kalajoki and Ylivieska and a phone line; an office in Ylivieska
     * and a web page; an office in Ylivieska only.
     */
    @BeforeEach
    void aListOfThreeServices() {
        EntryFixture entries = entries();
        unique = EntryFixture.unique();
        Actor provider = entries.actor("Monistetoimija " + unique);
        Offering both = entries.offering("Työkokeilu " + unique, provider, OfferingStatus.PUBLISHED, offering -> {
            offering.getName().set("sv", "Arbetsprövning " + unique);
            offering.addChannel(office("Kalajoen toimipiste", "Kalajoki"));
            offering.addChannel(office("Ylivieskan toimipiste", "Ylivieska"));
            offering.addChannel(channel(ChannelType.PHONE, "Neuvontapuhelin"));
        });
        Offering elsewhere = entries.offering("Velkaneuvonta " + unique, provider, OfferingStatus.PUBLISHED, offering -> {
            offering.addChannel(office("Velkaneuvonnan toimisto", "Ylivieska"));
            offering.addChannel(channel(ChannelType.WEB, "Velkaneuvonnan sivut"));
        });
        Offering officeOnly = entries.offering("Kuntouttava työtoiminta " + unique, provider, OfferingStatus.PUBLISHED,
                offering -> {
                    offering.addChannel(office("Työtoimintakeskus", "Ylivieska"));
                    offering.setAlert(new LocalizedText("Ryhmä on täynnä", "Gruppen är full", null));
                    offering.addCostOption(new fi.ekokartta.offering.ServiceCostOption(LocalizedText.of("Ateria"),
                            new java.math.BigDecimal("3.5"), "EUR", null, null, null));
                    offering.addRequiredDocument(new fi.ekokartta.offering.RequiredDocument(
                            new LocalizedText("Lähete", "Remiss", null), "https://toiminta.example/lahete"));
                });
        deleteAfterTest(() -> jdbc.update("delete from shortlist where owner_username = ?", COUNSELLOR));
        login(COUNSELLOR, UserRole.COUNSELLOR);
        shortlists.add(both.getId());
        shortlists.add(elsewhere.getId());
        token = shortlists.add(officeOnly.getId()).shareToken();
    }

    @Test
    void the_handout_is_in_the_clients_language_with_her_municipalitys_offices_whatever_the_readers_language() {
        UI.getCurrent().navigate(ShortlistView.class);
        _setValue(_get(Select.class, spec -> spec.withLabel("Asiakkaan kieli")), Language.SV);
        Select<Handout.Place> municipality = _get(Select.class, spec -> spec.withLabel("Asiakkaan kotikunta"));
        _setValue(municipality, municipality.getListDataView().getItems()
                .filter(place -> place.code().equals("208")).findFirst().orElseThrow());
        _get(Anchor.class, spec -> spec.withText("Lataa PDF"));
        logout();

        UI.getCurrent().navigate("palvelulista/" + token);

        _get(H1.class, spec -> spec.withText("Tjänster för dig"));
        assertEquals(List.of("Arbetsprövning " + unique, "Velkaneuvonta " + unique, "Kuntouttava työtoiminta " + unique),
                _find(H2.class).stream().map(h -> h.getElement().getTextRecursively()).toList());
        assertThat(channelHeadings()).containsExactly(
                "Besöksadress: Kalajoen toimipiste", "Telefon: Neuvontapuhelin",
                "Webbplats: Velkaneuvonnan sivut",
                "Besöksadress: Työtoimintakeskus");
        _get(Paragraph.class, spec -> spec.withText("Av verksamhetsställena visas de som finns i din hemkommun (Kalajoki)."));
        assertEquals(2, _find(Paragraph.class, spec -> spec.withText(
                "Tjänsten har inget verksamhetsställe i din hemkommun (Kalajoki); nedan finns andra sätt att använda den.")).size());
        _get(Paragraph.class, spec -> spec.withText("En del av uppgifterna på sidan finns endast på finska."));
        _get(Anchor.class, spec -> spec.withText("Ladda ner PDF"));
        _get(Paragraph.class, spec -> spec.withText("Meddelande: Gruppen är full"));
        _get(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withText("Ateria: 3,50 €"));
        assertEquals("https://toiminta.example/lahete", _get(Anchor.class, spec -> spec.withText("Remiss")).getHref());
    }

    @Test
    void without_choices_the_handout_is_finnish_and_shows_every_office() {
        logout();
        UI.getCurrent().navigate("palvelulista/" + token);

        _get(H1.class, spec -> spec.withText("Palveluita sinulle"));
        assertThat(channelHeadings()).containsExactly(
                "Käyntiosoite: Kalajoen toimipiste", "Käyntiosoite: Ylivieskan toimipiste", "Puhelin: Neuvontapuhelin",
                "Käyntiosoite: Velkaneuvonnan toimisto", "Verkkosivu: Velkaneuvonnan sivut",
                "Käyntiosoite: Työtoimintakeskus");
        _assertNone(Paragraph.class, spec -> spec.withPredicate(paragraph -> paragraph.getText().contains("kotikun")));
    }

    @Test
    void an_unknown_language_or_municipality_is_refused_and_the_choice_kept() {
        handouts.choose("sv", "208");

        RejectedInputException language = assertThrows(RejectedInputException.class, () -> handouts.choose("de", "208"));
        RejectedInputException municipality = assertThrows(RejectedInputException.class, () -> handouts.choose("fi", "999"));

        assertEquals("handout.error.language", language.getMessageKey());
        assertEquals("handout.error.municipality", municipality.getMessageKey());
        assertEquals("Tuntematon kunta. Valitse kunta luettelosta.", UI.getCurrent().getTranslation(municipality.getMessageKey()));
        assertEquals(new HandoutOptions(Language.SV, "208"), handouts.options().orElseThrow());
    }

    private static List<String> channelHeadings() {
        return _find(H3.class).stream().map(h -> h.getElement().getTextRecursively()).toList();
    }

    private static ServiceChannel office(String name, String city) {
        ServiceChannel office = channel(ChannelType.VISITING_ADDRESS, name);
        office.setStreetAddress("Kauppakatu 1");
        office.setCity(city);
        return office;
    }

    private static ServiceChannel channel(ChannelType type, String name) {
        ServiceChannel channel = new ServiceChannel();
        channel.setType(type);
        channel.setName(LocalizedText.of(name));
        return channel;
    }
}
