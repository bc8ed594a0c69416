package fi.ekokartta;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Actors and services a test makes for itself, removed again after the test (with the reports
 * made of them), so tests never depend on or change the seeded directory.
 */
public class EntryFixture {

    private final ActorRepository actors;
    private final OfferingRepository offerings;
    private final JdbcTemplate jdbc;
    private final Consumer<Runnable> deleteAfterTest;

    public EntryFixture(ActorRepository actors, OfferingRepository offerings, JdbcTemplate jdbc,
                        Consumer<Runnable> deleteAfterTest) {
        this.actors = actors;
        this.offerings = offerings;
        this.jdbc = jdbc;
        this.deleteAfterTest = deleteAfterTest;
    }

    /** A unique suffix for names, so a test finds exactly what it made. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An actor responsible for its own entry, as the seed makes them. */
    public Actor actor(String name) {
        return actor(name, actor -> { });
    }

    /** An actor responsible for its own entry, with details set before it is stored. */
    public Actor actor(String name, Consumer<Actor> details) {
        Actor actor = new Actor();
        actor.setName(LocalizedText.of(name));
        actor.getResponsibility().setResponsibleActor(actor);
        details.accept(actor);
        Actor saved = actors.save(actor);
        deleteAfterTest.accept(() -> {
            jdbc.update("delete from outdated_report where entry_id = ? or responsible_actor_id = ?", saved.getId(), saved.getId());
            actors.deleteById(saved.getId());
        });
        return saved;
    }

    public Offering offering(String name, Actor provider, OfferingStatus status, Consumer<Offering> details) {
        Offering offering = new Offering();
        offering.setName(LocalizedText.of(name));
        offering.setDescription(LocalizedText.of("Testipalvelu " + name + "."));
        offering.setProvider(provider);
        offering.setStatus(status);
        offering.getResponsibility().setResponsibleActor(provider);
        details.accept(offering);
        Offering saved = offerings.save(offering);
        deleteAfterTest.accept(() -> {
            jdbc.update("delete from outdated_report where entry_id = ?", saved.getId());
            offerings.deleteById(saved.getId());
        });
        return saved;
    }
}
