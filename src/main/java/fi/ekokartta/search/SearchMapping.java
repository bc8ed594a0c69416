package fi.ekokartta.search;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.offering.Offering;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;

/**
 * What of the entities is in the search indexes, mapped here so that the entities know nothing of
 * the search (issue 15): services (index "service", only the published ones, see
 * {@link PublishedServicesRouting}, with what {@link OfferingIndexBinder} adds), actors and
 * calendar events. Each language of an indexed {@link LocalizedText} is analysed by its own
 * analyzer, and again as prefixes and folded for search-as-you-type and fuzzy matching
 * ({@code name.fi}, {@code name.fi_prefix}, {@code name.fi_folded}, …). Registered with
 * {@code hibernate.search.mapping.configurer} in application.properties.
 */
@Component("ekokarttaSearchMapping")
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    /** The languages of a {@link LocalizedText}, only their main fields where a long text is embedded. */
    private static final String[] MAIN_LANGUAGE_FIELDS = {"fi", "sv", "en"};

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        localizedText(mapping.type(LocalizedText.class));
        offering(mapping.type(Offering.class));
        actor(mapping.type(Actor.class));
        calendarEvent(mapping.type(CalendarEvent.class));
    }

    private static void localizedText(TypeMappingStep text) {
        text.property("fi")
                .fullTextField().analyzer(SearchAnalyzers.FINNISH).searchAnalyzer(SearchAnalyzers.FINNISH_QUERY)
                .fullTextField("fi_prefix").analyzer(SearchAnalyzers.PREFIX).searchAnalyzer(SearchAnalyzers.FOLDED)
                .fullTextField("fi_folded").analyzer(SearchAnalyzers.FOLDED);
        text.property("sv")
                .fullTextField().analyzer(SearchAnalyzers.SWEDISH)
                .fullTextField("sv_prefix").analyzer(SearchAnalyzers.PREFIX).searchAnalyzer(SearchAnalyzers.FOLDED)
                .fullTextField("sv_folded").analyzer(SearchAnalyzers.FOLDED);
        text.property("en")
                .fullTextField().analyzer(SearchAnalyzers.ENGLISH)
                .fullTextField("en_prefix").analyzer(SearchAnalyzers.PREFIX).searchAnalyzer(SearchAnalyzers.FOLDED)
                .fullTextField("en_folded").analyzer(SearchAnalyzers.FOLDED);
    }

    private static void offering(TypeMappingStep offering) {
        offering.indexed().index("service").routingBinder(new PublishedServicesRouting());
        offering.binder(new OfferingIndexBinder());
        offering.property("name").indexedEmbedded();
        offering.property("summary").indexedEmbedded();
        offering.property("description").indexedEmbedded().includePaths(MAIN_LANGUAGE_FIELDS);
    }

    private static void actor(TypeMappingStep actor) {
        actor.indexed();
        actor.property("name").indexedEmbedded();
        actor.property("alternateName").fullTextField().analyzer(SearchAnalyzers.FOLDED);
        actor.property("description").indexedEmbedded().includePaths(MAIN_LANGUAGE_FIELDS);
    }

    private static void calendarEvent(TypeMappingStep event) {
        event.indexed().index("calendar_event");
        event.property("title").indexedEmbedded();
        event.property("description").indexedEmbedded().includePaths(MAIN_LANGUAGE_FIELDS);
        event.property("category").keywordField().aggregable(Aggregable.YES);
        event.property("publicEvent").genericField();
    }
}
