package fi.ekokartta.paths;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A coordinator's paths: what is checked before saving, the order of the steps, and concurrent saves. */
class PathEditingTest extends AbstractAppTest {

    @Autowired
    private PathEditing editing;
    @Autowired
    private ServicePaths paths;
    @Autowired
    private ServicePathRepository repository;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private String slug;
    private Offering first;
    private Offering second;
    private Offering third;

    @BeforeEach
    void threePublishedServices() {
        unique = EntryFixture.unique();
        slug = PathFixture.slug(unique);
        new PathFixture(repository, jdbc, this::deleteAfterTest).deleteAfterTest(slug);
        Actor provider = entries().actor("Polkutoimija " + unique);
        first = entries().offering("Ensimmäinen " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        second = entries().offering("Toinen " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        third = entries().offering("Kolmas " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        login("koordinaattori-polku", UserRole.COORDINATOR);
    }

    @Test
    void a_coordinator_publishes_a_path_whose_page_shows_the_steps_in_order() {
        UUID id = editing.create(content(slug, true, first, second, third));

        ServicePaths.PathPage page = paths.page(slug).orElseThrow();
        assertThat(page.id()).isEqualTo(id);
        assertThat(page.title().getFi()).isEqualTo("Polku " + unique);
        assertThat(page.steps()).extracting(ServicePaths.Step::serviceId)
                .containsExactly(first.getId(), second.getId(), third.getId());
        assertThat(page.steps().getFirst().text().getFi()).isEqualTo("Selitys " + first.getName().getFi());
        assertThat(paths.published()).extracting(ServicePaths.PathSummary::slug).contains(slug);
    }

    @Test
    void steps_are_reordered_and_removed_by_saving_them_in_the_new_order() {
        UUID id = editing.create(content(slug, true, first, second, third));
        long version = editing.editable(id).version();

        editing.update(id, version, content(slug, true, third, first));

        assertThat(paths.page(slug).orElseThrow().steps()).extracting(ServicePaths.Step::serviceId)
                .containsExactly(third.getId(), first.getId());
        PathEditing.EditablePath reopened = editing.editable(id);
        assertThat(reopened.content().steps()).extracting(PathContent.StepContent::serviceId)
                .containsExactly(third.getId(), first.getId());
        assertThat(reopened.content().steps().getFirst().text().getFi()).isEqualTo("Selitys " + third.getName().getFi());
    }

    @Test
    void a_path_without_a_finnish_title_with_a_bad_address_or_a_service_twice_is_refused_and_nothing_is_stored() {
        PathContent bad = new PathContent("Iso Kirjain ja välilyönti", new LocalizedText(null, "Stig", null),
                new LocalizedText(), true, List.of(step(first), step(second), step(first)));

        ValidationException refused = assertThrows(ValidationException.class, () -> editing.create(bad));

        assertThat(refused.getFieldErrors()).containsEntry("slug", "paths.error.slug-format")
                .containsEntry("title.fi", "paths.error.title-required")
                .containsEntry("steps.2.service", "paths.error.service-duplicate");
        assertThat(repository.findBySlug("Iso Kirjain ja välilyönti")).isEmpty();
    }

    @Test
    void a_path_is_published_only_with_a_step_and_only_published_services_are_added() {
        ValidationException empty = assertThrows(ValidationException.class, () -> editing.create(content(slug, true)));
        assertThat(empty.getFieldErrors()).containsEntry("steps", "paths.error.steps-required");

        Offering draft = entries().offering("Luonnos " + unique, first.getProvider(), OfferingStatus.DRAFT, o -> { });
        ValidationException notPublic = assertThrows(ValidationException.class,
                () -> editing.create(content(slug, false, first, draft)));
        assertThat(notPublic.getFieldErrors()).containsEntry("steps.1.service", "paths.error.service-not-published");
        assertThat(repository.findBySlug(slug)).isEmpty();

        editing.create(content(slug, false));
        assertThat(paths.page(slug)).as("a draft path is not public").isEmpty();
        ValidationException taken = assertThrows(ValidationException.class, () -> editing.create(content(slug, false)));
        assertThat(taken.getFieldErrors()).containsEntry("slug", "paths.error.slug-taken");
    }

    @Test
    void a_save_over_a_version_another_coordinator_changed_is_a_conflict_and_changes_nothing() {
        UUID id = editing.create(content(slug, true, first, second));
        long opened = editing.editable(id).version();
        editing.update(id, opened, content(slug, true, second, first));

        assertThrows(ConflictException.class, () -> editing.update(id, opened, content(slug, true, third)));

        assertThat(paths.page(slug).orElseThrow().steps()).extracting(ServicePaths.Step::serviceId)
                .containsExactly(second.getId(), first.getId());
    }

    @Test
    void an_archived_service_drops_out_of_the_public_path_but_stays_in_the_editor() {
        UUID id = editing.create(content(slug, true, first, second, third));
        Offering archived = offerings.findById(second.getId()).orElseThrow();
        archived.setStatus(OfferingStatus.ARCHIVED);
        offerings.save(archived);

        assertThat(paths.page(slug).orElseThrow().steps()).extracting(ServicePaths.Step::serviceId)
                .containsExactly(first.getId(), third.getId());
        PathEditing.EditablePath editable = editing.editable(id);
        assertThat(editable.content().steps()).hasSize(3);
        assertThat(editable.unpublishedServices()).containsExactly(second.getId());
        // Saving the path with its archived step again is allowed: it was on the path already.
        editing.update(id, editable.version(), editable.content());
    }

    @Test
    void markup_in_an_explanation_is_cleaned_to_the_descriptions_safelist() {
        PathContent content = new PathContent(slug, LocalizedText.of("Polku " + unique), new LocalizedText(), true,
                List.of(new PathContent.StepContent(first.getId(),
                        LocalizedText.of("<p onclick=\"alert(1)\">Soita <script>alert(2)</script>ensin</p>"))));

        editing.create(content);

        String text = paths.page(slug).orElseThrow().steps().getFirst().text().getFi();
        assertThat(text).doesNotContain("onclick", "script").contains("Soita", "ensin");
    }

    private PathContent content(String slug, boolean published, Offering... services) {
        return new PathContent(slug, LocalizedText.of("Polku " + unique), LocalizedText.of("Johdanto."), published,
                java.util.Arrays.stream(services).map(PathEditingTest::step).toList());
    }

    private static PathContent.StepContent step(Offering service) {
        return new PathContent.StepContent(service.getId(), LocalizedText.of("Selitys " + service.getName().getFi()));
    }
}
