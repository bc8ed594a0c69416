package fi.ekokartta.paths;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who may change the service paths, every cell asserted both ways: an allowed operation succeeds,
 * a refused one throws AccessDeniedException and leaves the paths as they were. Only coordinators
 * curate paths; the maintainer here even keeps the path's services current.
 */
class PathEditingAccessMatrixTest extends AbstractAppTest {

    enum Who { ANONYMOUS, COUNSELLOR, MAINTAINER, ADMIN, COORDINATOR }

    enum Operation { CREATE, EDIT, PUBLISH, DELETE }

    @Autowired
    private PathEditing editing;
    @Autowired
    private ServicePathRepository repository;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor provider;
    private Offering service;
    private ServicePath draft;

    @BeforeEach
    void aDraftPath() {
        unique = EntryFixture.unique();
        provider = entries().actor("Matriisitoimija " + unique);
        service = entries().offering("Matriisipalvelu " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        PathFixture fixture = new PathFixture(repository, jdbc, this::deleteAfterTest);
        fixture.deleteAfterTest(PathFixture.slug("uusi-" + unique));
        draft = fixture.published(PathFixture.slug(unique), "Matriisipolku " + unique, List.of(service));
        draft.setPublished(false);
        draft = repository.save(draft);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "ANONYMOUS, CREATE, false", "ANONYMOUS, EDIT, false", "ANONYMOUS, PUBLISH, false", "ANONYMOUS, DELETE, false",
            "COUNSELLOR, CREATE, false", "COUNSELLOR, EDIT, false", "COUNSELLOR, PUBLISH, false", "COUNSELLOR, DELETE, false",
            "MAINTAINER, CREATE, false", "MAINTAINER, EDIT, false", "MAINTAINER, PUBLISH, false", "MAINTAINER, DELETE, false",
            "ADMIN, CREATE, false", "ADMIN, EDIT, false", "ADMIN, PUBLISH, false", "ADMIN, DELETE, false",
            "COORDINATOR, CREATE, true", "COORDINATOR, EDIT, true", "COORDINATOR, PUBLISH, true", "COORDINATOR, DELETE, true",
    })
    void only_coordinators_change_paths(Who who, Operation operation, boolean allowed) {
        signIn(who);
        Map<String, Object> before = snapshot();
        long paths = count();
        Runnable change = switch (operation) {
            case CREATE -> () -> editing.create(content(PathFixture.slug("uusi-" + unique), "Uusi polku", false));
            case EDIT -> () -> editing.update(draft.getId(), draft.getVersion(), content(draft.getSlug(), "Muutettu", false));
            case PUBLISH -> () -> editing.update(draft.getId(), draft.getVersion(), content(draft.getSlug(), "Matriisipolku", true));
            case DELETE -> () -> editing.delete(draft.getId());
        };
        if (allowed) {
            change.run();
            switch (operation) {
                case CREATE -> assertThat(count()).isEqualTo(paths + 1);
                case EDIT -> assertThat(snapshot().get("title_fi")).isEqualTo("Muutettu");
                case PUBLISH -> assertThat(snapshot().get("published")).isEqualTo(true);
                case DELETE -> assertThat(count()).isEqualTo(paths - 1);
            }
        } else {
            assertThrows(AccessDeniedException.class, change::run);
            assertThat(count()).isEqualTo(paths);
            assertThat(snapshot()).isEqualTo(before);
        }
    }

    private void signIn(Who who) {
        switch (who) {
            case ANONYMOUS -> logout();
            case COUNSELLOR -> login("ohjaaja-matriisi", UserRole.COUNSELLOR);
            case MAINTAINER -> {
                String username = "yllapitaja-matriisi-" + unique;
                saveUser(username, UserRole.MAINTAINER, provider);
                login(username, UserRole.MAINTAINER);
            }
            case ADMIN -> login("admin-matriisi", UserRole.ADMIN);
            case COORDINATOR -> login("koordinaattori-matriisi", UserRole.COORDINATOR);
        }
    }

    private PathContent content(String slug, String title, boolean published) {
        return new PathContent(slug, LocalizedText.of(title), new LocalizedText(), published,
                List.of(new PathContent.StepContent(service.getId(), LocalizedText.of("Selitys"))));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from service_path where slug like ?", Long.class,
                "%" + PathFixture.slug(unique).substring("testipolku-".length()) + "%");
    }

    private Map<String, Object> snapshot() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select p.slug, p.title_fi, p.published, p.version, count(s.id) as steps from service_path p "
                        + "left join path_step s on s.path_id = p.id where p.id = ? group by p.id", draft.getId());
        return rows.isEmpty() ? Map.of() : rows.getFirst();
    }

    @SuppressWarnings("unused")
    private UUID id() {
        return draft.getId();
    }
}
