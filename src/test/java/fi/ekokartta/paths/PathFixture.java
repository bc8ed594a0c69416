package fi.ekokartta.paths;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Service paths made for a test straight in the repository (no permission check), removed after it. */
public class PathFixture {

    private final ServicePathRepository paths;
    private final JdbcTemplate jdbc;
    private final Consumer<Runnable> deleteAfterTest;

    public PathFixture(ServicePathRepository paths, JdbcTemplate jdbc, Consumer<Runnable> deleteAfterTest) {
        this.paths = paths;
        this.jdbc = jdbc;
        this.deleteAfterTest = deleteAfterTest;
    }

    /** A published path of the services in order, each step explained as "Selitys: name". */
    public ServicePath published(String slug, String title, List<Offering> services) {
        ServicePath path = new ServicePath();
        path.setSlug(slug);
        path.setTitle(new LocalizedText(title, title + " (sv)", title + " (en)"));
        path.setIntro(LocalizedText.of("Johdanto polulle " + title + "."));
        path.setPublished(true);
        for (Offering service : services) {
            path.addStep(PathStep.of(service, LocalizedText.of("Selitys: " + service.getName().getFi())));
        }
        ServicePath saved = paths.save(path);
        deleteAfterTest.accept(() -> jdbc.update("delete from service_path where id = ?", saved.getId()));
        return saved;
    }

    /** Removes the path with the slug after the test, for paths a test makes through the editing service. */
    public void deleteAfterTest(String slug) {
        deleteAfterTest.accept(() -> jdbc.update("delete from service_path where slug = ?", slug));
    }

    public static String slug(String unique) {
        return "testipolku-" + unique.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public UUID idOf(String slug) {
        return paths.findBySlug(slug).orElseThrow().getId();
    }
}
