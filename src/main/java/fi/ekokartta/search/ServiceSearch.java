package fi.ekokartta.search;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.offering.OfferingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Finds published services for a need typed in plain words. Every word must match first; when
 * that finds nothing the search is broadened to any word and to nearly spelt words. Municipality
 * names in the words become a municipality filter; small words (ja, och, for) are left out.
 * A search page is answered from the index alone, so no database transaction is begun for it.
 *
 * <p>At most {@code ekokartta.search.concurrency} searches (by default one per processor) run at
 * a time, the others wait their turn ({@link SearchTurns}), as in Elasticsearch's search thread
 * pool: under 16 concurrent API clients on two cores this gave less CPU per search and a much
 * shorter tail (benchmark in the README).
 *
 * <p>The cost of one search is bounded: its text is cut to {@link SearchLimits} (callers that
 * can tell the user do so first), the index query's clauses are bounded by how it is built
 * ({@link ServicePredicates}), and each index query stops after {@code ekokartta.search.time-limit}
 * (2 s by default) with the best matches found by then, so that no search holds a turn for long.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class ServiceSearch {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceSearch.class);

    static final List<String> FACETS = List.of(ServiceIndexFields.CLASS, ServiceIndexFields.TARGET_GROUP,
            ServiceIndexFields.MUNICIPALITY, ServiceIndexFields.LANGUAGE, ServiceIndexFields.SECTOR,
            ServiceIndexFields.CHANNEL, ServiceIndexFields.COST);

    private final OfferingRepository offeringRepository;
    private final MunicipalityRepository municipalities;
    private final SearchVocabulary vocabulary;
    /** A query of more words than this is long: its relaxed pass walks the postings of every word. */
    static final int LONG_QUERY_WORDS = 8;

    private final SearchTurns turns;
    private final SearchTurns longTurns = new SearchTurns(1);
    private final Duration timeLimit;
    private volatile MunicipalityMentions mentions;
    private volatile Map<String, Municipality> places;

    ServiceSearch(OfferingRepository offerings, MunicipalityRepository municipalities, SearchVocabulary vocabulary,
                  @Value("${ekokartta.search.concurrency:0}") int concurrency,
                  @Value("${ekokartta.search.time-limit:2s}") Duration timeLimit) {
        this.turns = new SearchTurns(concurrency);
        this.timeLimit = timeLimit;
        this.offeringRepository = offerings;
        this.municipalities = municipalities;
        this.vocabulary = vocabulary;
    }

    /** A search as the search view shows it: cards, facets and help when little is found. */
    public ServiceSearchResult search(ServiceQuery query) {
        return inTurn(query, () -> result(query, FACETS));
    }

    /** Cards without facet counts, for short lists such as the embeddable widget. */
    public ServiceSearchResult list(ServiceQuery query) {
        return inTurn(query, () -> result(query, List.of()));
    }

    /**
     * Long queries cost several times a short one, so they take their turns one at a time, in a
     * queue of their own, and hold at most one of the turns: clients sending long queries back
     * to back leave the other turns to everyone else (stall benchmark in the README).
     */
    private <T> T inTurn(ServiceQuery query, Supplier<T> search) {
        return SearchLimits.words(query.text()) > LONG_QUERY_WORDS ? longTurns.inTurn(() -> turns.inTurn(search))
                : turns.inTurn(search);
    }


    private ServiceSearchResult result(ServiceQuery query, List<String> facetFields) {
        Outcome outcome = run(query, facetFields, true);
        String didYouMean = outcome.attempt().strictTotal() == 0 && !outcome.words().isEmpty()
                ? vocabulary.suggester().suggest(outcome.words(), word -> findsServices(outcome.effective(), word)) : null;
        return new ServiceSearchResult(cards(outcome.attempt().matches().matches(), outcome.words(), query.language()),
                outcome.attempt().matches().total(),
                facets(outcome.effective(), outcome.words(), outcome.attempt(), facetFields), outcome.municipalities(),
                outcome.attempt().relaxed(), outcome.municipalityIgnored(), didYouMean, outcome.attempt().matches().timedOut());
    }

    /** Whether the word alone, under the query's filters, matches any service (a count, no cards). */
    private boolean findsServices(ServiceQuery query, String word) {
        SearchPlan plan = new SearchPlan(query.withText(word), List.of(word), false, Set.of(), null, 0, 0, false, timeLimit);
        return searchIndex(plan).total() > 0;
    }

    /** The ids of the services on the query's page, most relevant first, and how many there are in all. */
    public Page<UUID> searchServiceIds(ServiceQuery query) {
        ServiceMatches matches = inTurn(query, () -> run(query, List.of(), false)).attempt().matches();
        return new PageImpl<>(matches.matches().stream().map(ServiceMatch::id).toList(),
                PageRequest.of(query.page(), query.pageSize()), matches.total());
    }

    private record Outcome(ServiceQuery effective, List<String> words, Attempt attempt, Set<String> municipalities,
                           boolean municipalityIgnored) {
    }

    private Outcome run(ServiceQuery asked, List<String> facets, boolean withCards) {
        ServiceQuery query = asked.withText(SearchLimits.cut(asked.text()).text());
        MunicipalityMentions.Result mentions = mentions().find(query.text());
        ServiceQuery effective = query;
        if (!mentions.codes().isEmpty() && !query.filters().containsKey(ServiceIndexFields.MUNICIPALITY)) {
            effective = query.withFilter(ServiceIndexFields.MUNICIPALITY, mentions.codes());
        }
        List<String> words = StopWords.without(SpellingSuggester.words(mentions.remainingText()));
        Attempt attempt = attempt(effective, words, facets, withCards);
        if (attempt.matches().total() == 0 && effective != query) {
            Attempt everywhere = attempt(query, words, facets, withCards);
            if (everywhere.matches().total() > 0) {
                return new Outcome(query, words, everywhere, Set.of(), true);
            }
        }
        return new Outcome(effective, words, attempt, mentions.codes(), false);
    }

    private record Attempt(ServiceMatches matches, long strictTotal, boolean relaxed) {
    }

    private Attempt attempt(ServiceQuery query, List<String> words, List<String> facets, boolean withCards) {
        Set<String> counted = facets.stream().filter(facet -> !query.filters().containsKey(facet)).collect(Collectors.toSet());
        int offset = query.page() * query.pageSize();
        ServiceMatches strict = searchIndex(new SearchPlan(query, words, false, counted, null, offset, query.pageSize(), withCards,
                timeLimit));
        if (strict.total() > 0 || words.isEmpty()) {
            return new Attempt(strict, strict.total(), false);
        }
        ServiceMatches relaxed = searchIndex(new SearchPlan(query, words, true, counted, null, offset, query.pageSize(), withCards,
                timeLimit));
        return new Attempt(relaxed, strict.total(), true);
    }

    /** Each chosen facet is counted without its own choice, so its other values stay visible. */
    private Map<String, Map<String, Long>> facets(ServiceQuery query, List<String> words, Attempt attempt,
                                                  List<String> facetFields) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>(attempt.matches().facets());
        for (String facet : facetFields) {
            if (query.filters().containsKey(facet)) {
                SearchPlan plan = new SearchPlan(query, words, attempt.relaxed(), Set.of(facet), facet, 0, 0, false, timeLimit);
                facets.put(facet, searchIndex(plan).facets().get(facet));
            }
        }
        return facets;
    }

    private ServiceMatches searchIndex(SearchPlan plan) {
        ServiceMatches matches = offeringRepository.searchIndex(plan);
        if (matches.timedOut()) {
            LOG.warn("A search ran out of its {} and answered with what it had found: {} words, {} characters",
                    timeLimit, plan.words().size(), plan.query().text().length());
        }
        return matches;
    }

    private List<ServiceCard> cards(List<ServiceMatch> matches, List<String> words, String language) {
        Locale locale = Locale.of(language);
        Map<String, Municipality> places = places();
        return matches.stream().map(match -> {
            IndexedCard card = IndexedCard.fromJson(match.card());
            return new ServiceCard(match.id(), card.name(), card.provider(),
                    card.municipalities().stream().map(code -> places.containsKey(code) ? places.get(code).getName(locale) : code)
                            .sorted().toList(),
                    card.access() == null ? null : AccessMode.valueOf(card.access()), card.howToGetThere(), card.summary(),
                    Snippets.of(words, card.summary(), card.description()), card.translated());
        }).toList();
    }

    private MunicipalityMentions mentions() {
        MunicipalityMentions known = mentions;
        if (known == null) {
            known = new MunicipalityMentions(places().values().stream()
                    .collect(Collectors.toMap(Municipality::getCode, m -> m.getName().getFi())));
            mentions = known;
        }
        return known;
    }

    /** Municipalities are reference data kept by migrations, so they are read once. */
    private Map<String, Municipality> places() {
        Map<String, Municipality> known = places;
        if (known == null) {
            known = municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream()
                    .collect(Collectors.toUnmodifiableMap(Municipality::getCode, Function.identity()));
            places = known;
        }
        return known;
    }
}
