package fi.ekokartta.search;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.calendar.CalendarEvent;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Actors and the events of the annual calendar are indexed beside services, in their languages. */
class IndexedEntitiesTest extends AbstractIntegrationTest {

    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void calendar_events_are_found_by_inflected_finnish_and_by_swedish_words() {
        List<String> titles = transaction.execute(status -> Search.session(entityManager).search(CalendarEvent.class)
                .where(f -> f.match().fields("title.fi", "title.sv", "description.fi").matching("ekosysteemifoorumin"))
                .fetchHits(10).stream().map(event -> event.getTitle().getFi()).toList());
        assertThat(titles).anyMatch(title -> title.toLowerCase().contains("ekosysteemifoorumi"));
    }

    @Test
    void actors_are_found_by_name() {
        List<String> names = transaction.execute(status -> Search.session(entityManager).search(Actor.class)
                .where(f -> f.match().field("name.fi").matching("nuorten ystävät"))
                .fetchHits(5).stream().map(actor -> actor.getName().getFi()).toList());
        assertThat(names).contains("Nuorten Ystävät ry");
    }
}
