package fi.ekokartta.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.ui.ListDownloads;
import fi.ekokartta.security.UserAdministration.UserRow;
import fi.ekokartta.security.UserRole;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends AbstractAppTest {

    private static final String NEW_USER = "uusi-ohjaaja";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_admin_creates_a_user_who_sets_her_password_with_the_link_once() {
        deleteAfterTest(() -> jdbc.update("delete from app_user where username = ?", NEW_USER));
        login("kayttajat-paakayttaja", UserRole.ADMIN);
        UI.getCurrent().navigate("hallinta/kayttajat");

        _click(_get(Button.class, spec -> spec.withText("Uusi käyttäjä")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Käyttäjätunnus")), NEW_USER);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nimi")), "Testi Ohjaaja");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Sähköposti")), "ohjaaja@example.org");
        @SuppressWarnings("unchecked")
        Select<UserRole> role = _get(Select.class, spec -> spec.withLabel("Rooli"));
        _setValue(role, UserRole.COUNSELLOR);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        paragraphWith("Sähköpostia ei lähetetty");
        String link = _get(Span.class, spec -> spec.withClasses("password-link")).getText();
        assertThat(link).contains("/salasana/");
        UserRow created = row(NEW_USER);
        assertThat(created.role()).isEqualTo(UserRole.COUNSELLOR);
        assertThat(created.active()).isTrue();

        logout();
        String path = link.substring(link.indexOf("salasana/"));
        UI.getCurrent().navigate(path);
        paragraphWith("käyttäjätunnukselle " + NEW_USER);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Uusi salasana")), "kolme-iloista-kärppää");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Uusi salasana uudelleen")), "kolme-iloista-kärppää");
        _click(_get(Button.class, spec -> spec.withText("Aseta salasana")));
        _get(Paragraph.class, spec -> spec.withText("Salasana on asetettu. Voit nyt kirjautua sisään."));

        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate(path);
        paragraphWith("Linkki ei toimi");
        _assertNone(PasswordField.class);
    }

    @Test
    void a_weak_password_is_refused_on_the_link_page_with_the_reason() {
        deleteAfterTest(() -> jdbc.update("delete from app_user where username = ?", NEW_USER));
        login("kayttajat-paakayttaja", UserRole.ADMIN);
        UI.getCurrent().navigate("hallinta/kayttajat");
        _click(_get(Button.class, spec -> spec.withText("Uusi käyttäjä")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Käyttäjätunnus")), NEW_USER);
        @SuppressWarnings("unchecked")
        Select<UserRole> role = _get(Select.class, spec -> spec.withLabel("Rooli"));
        _setValue(role, UserRole.MAINTAINER);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));
        String link = _get(Span.class, spec -> spec.withClasses("password-link")).getText();
        logout();

        UI.getCurrent().navigate(link.substring(link.indexOf("salasana/")));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Uusi salasana")), "qwerty123456");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Uusi salasana uudelleen")), "qwerty123456");
        _click(_get(Button.class, spec -> spec.withText("Aseta salasana")));

        PasswordField field = _get(PasswordField.class, spec -> spec.withLabel("Uusi salasana"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("yleisesti käytettyjen salasanojen listalla");
    }

    @Test
    void a_username_already_taken_is_refused_in_the_form() {
        login("kayttajat-paakayttaja", UserRole.ADMIN);
        UI.getCurrent().navigate("hallinta/kayttajat");

        _click(_get(Button.class, spec -> spec.withText("Uusi käyttäjä")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Käyttäjätunnus")), "admin");
        @SuppressWarnings("unchecked")
        Select<UserRole> role = _get(Select.class, spec -> spec.withLabel("Rooli"));
        _setValue(role, UserRole.ADMIN);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        _get(Paragraph.class, spec -> spec.withText("Tämä käyttäjätunnus on jo käytössä."));
    }

    @Test
    void the_list_reads_a_page_at_a_time_and_wraps_long_organization_lists() {
        String unique = EntryFixture.unique();
        List<Actor> many = IntStream.range(0, 8).mapToObj(i -> entries().actor("Pitkänimisen organisaation yksikkö " + i + " " + unique))
                .toList();
        IntStream.range(0, UsersView.PAGE_SIZE + 5).forEach(i -> saveUser(String.format("sivutus-%s-%03d", unique, i),
                UserRole.MAINTAINER, many.toArray(Actor[]::new)));
        login("kayttajat-paakayttaja", UserRole.ADMIN);

        UI.getCurrent().navigate("hallinta/kayttajat");

        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = _get(Grid.class);
        assertThat(grid.getPageSize()).isEqualTo(UsersView.PAGE_SIZE);
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(GridKt._size(grid)).isGreaterThan(UsersView.PAGE_SIZE + 5);
        UserRow last = row(String.format("sivutus-%s-%03d", unique, UsersView.PAGE_SIZE + 4));
        assertThat(last.organizations()).hasSize(8);
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        Grid.Column<UserRow> organizations = grid.getColumnByKey("organizations");
        assertThat(organizations.getTooltipGenerator().apply(last)).contains("yksikkö 0", "yksikkö 7");
        assertThat(organizations.getFlexGrow()).isPositive();
    }

    @Test
    void the_administrator_downloads_the_whole_list_with_e_mail_addresses() throws Exception {
        String unique = EntryFixture.unique();
        String username = "lataus-" + unique;
        UUID id = saveUser(username, UserRole.MAINTAINER, entries().actor("Latauksen organisaatio " + unique));
        jdbc.update("update app_user set email = ?, display_name = ? where id = ?", "lataus@example.invalid", "Testi Lataaja", id);
        login("kayttajat-paakayttaja", UserRole.ADMIN);

        UI.getCurrent().navigate("hallinta/kayttajat");

        @SuppressWarnings("unchecked")
        ListDownloads<UserRow> downloads = _get(ListDownloads.class);
        byte[] csv = downloads.csv();
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Käyttäjätunnus;Nimi;Sähköposti;Rooli;Organisaatiot;Käytössä");
        assertThat(lines).contains(username + ";Testi Lataaja;lataus@example.invalid;päivitysvastuuhenkilö;Latauksen organisaatio "
                + unique + ";Kyllä");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloads.excel()))) {
            assertThat(workbook.getSheet("Käyttäjät").getLastRowNum()).isEqualTo(lines.size() - 1);
        }
    }

    @Test
    void deactivating_a_user_asks_first_and_tells_that_her_entries_were_handed_over() {
        String username = "poistettava-" + EntryFixture.unique();
        saveUser(username, UserRole.MAINTAINER, entries().actor("Luovuttava organisaatio " + EntryFixture.unique()));
        login("kayttajat-paakayttaja", UserRole.ADMIN);
        UI.getCurrent().navigate("hallinta/kayttajat");

        _click(deactivateButton(username));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo("Poistetaanko käyttäjä " + username + " käytöstä?");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(row(username).active()).isTrue();

        _click(deactivateButton(username));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(row(username).active()).isFalse();
        _get(Div.class, spec -> spec.withClasses("users-notice")
                .withPredicate(notice -> notice.getText().contains("Käyttäjä " + username + " poistettiin käytöstä")));
        @SuppressWarnings("unchecked")
        Grid<UserRow> grid = _get(Grid.class);
        assertThat(grid.getColumnByKey("actions").isFrozenToEnd()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Button deactivateButton(String username) {
        Grid<UserRow> grid = _get(Grid.class);
        int index = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).username().equals(username))
                .findFirst().orElseThrow();
        Component actions = GridKt._getCellComponent(grid, index, "actions");
        return actions.getChildren().map(Button.class::cast).filter(button -> button.getText().equals("Poista käytöstä"))
                .findFirst().orElseThrow();
    }

    @Test
    void a_coordinator_does_not_get_the_user_list() {
        login("kayttajat-koordinaattori", UserRole.COORDINATOR);

        UI.getCurrent().navigate("hallinta/kayttajat");

        _assertNone(Grid.class);
        _get(H1.class, spec -> spec.withText("Ei pääsyä tälle sivulle"));
    }

    private static void paragraphWith(String text) {
        _get(Paragraph.class, spec -> spec.withPredicate(paragraph -> paragraph.getText().contains(text)));
    }

    @SuppressWarnings("unchecked")
    private static UserRow row(String username) {
        Grid<UserRow> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(index -> GridKt._get(grid, index))
                .filter(row -> row.username().equals(username)).findFirst().orElseThrow();
    }
}
