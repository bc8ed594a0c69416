package fi.ekokartta.search;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.offering.AccessMode;
import fi.ekokartta.search.learning.SearchTermExpansions;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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

    private final ServiceIndex index;
    private final MunicipalityRepository municipalities;
    private final SearchVocabulary vocabulary;
    private final CompoundSplitter compounds;
    /** A query of more words than this is long: its relaxed pass walks the postings of every word. */
    static final int LONG_QUERY_WORDS = 8;
    /** Fewer services than this matching every word are followed by those matching some of the words. */
    static final int FEW = 5;
    private static final SearchPlan.Matching ANY_WORD = SearchPlan.Matching.ANY_WORD;
    private static final SearchPlan.Matching SOME_WORDS = SearchPlan.Matching.SOME_WORDS;
    private static final SearchPlan.Matching LAST_RESORT = SearchPlan.Matching.ANY_WORD_OR_LETTERS;
    private static final long UNCOUNTED = -1;

    private final SearchTurns turns;
    private final SearchTurns longTurns = new SearchTurns(1);
    private final Duration timeLimit;
    private volatile MunicipalityMentions mentions;
    private volatile Map<String, Municipality> places;
    private final UnaryOperator<SearchPlan> withTerms;

    /** @param terms the coordinators' search terms, or null for none (the bounds' tests) */
    ServiceSearch(ServiceIndex index, MunicipalityRepository municipalities, SearchVocabulary vocabulary,
                  CompoundSplitter compounds,
                  @Value("${ekokartta.search.concurrency:0}") int concurrency,
                  @Value("${ekokartta.search.time-limit:2s}") Duration timeLimit, SearchTermExpansions terms) {
        this.withTerms = terms == null ? UnaryOperator.identity() : terms::applyTo;
        this.turns = new SearchTurns(concurrency);
        this.timeLimit = timeLimit;
        this.index = index;
        this.municipalities = municipalities;
        this.vocabulary = vocabulary;
        this.compounds = compounds;
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
                outcome.attempt().relaxed() && outcome.attempt().strictTotal() == 0,
                outcome.attempt().relaxed() ? outcome.attempt().strictTotal() : 0, outcome.municipalityIgnored(), didYouMean,
                outcome.attempt().matches().timedOut(), outcome.ignoredWords());
    }

    /** Whether the word alone, under the query's filters, matches any service (a count, no cards). */
    private boolean findsServices(ServiceQuery query, String word) {
        return count(query, List.of(word)) > 0;
    }

    /** How many services match every word under the query's filters (all of them when there are no words). */
    private long count(ServiceQuery query, List<String> words) {
        return searchIndex(new SearchPlan(query, words, false, Set.of(), null, 0, 0, false, timeLimit)).total();
    }

    /** The ids of the services on the query's page, most relevant first, and how many there are in all. */
    public Page<UUID> searchServiceIds(ServiceQuery query) {
        ServiceMatches matches = inTurn(query, () -> run(query, List.of(), false)).attempt().matches();
        return new PageImpl<>(matches.matches().stream().map(ServiceMatch::id).toList(),
                PageRequest.of(query.page(), query.pageSize()), matches.total());
    }

    /** @param ignoredWords small words left out and, in a sentence, words no service has */
    private record Outcome(ServiceQuery effective, List<String> words, Attempt attempt, Set<String> municipalities,
                           boolean municipalityIgnored, List<String> ignoredWords) {
    }

    private Outcome run(ServiceQuery asked, List<String> facets, boolean withCards) {
        ServiceQuery query = asked.withText(SearchLimits.cut(asked.text()).text());
        MunicipalityMentions.Result mentions = mentions().find(query.text());
        ServiceQuery effective = query;
        if (!mentions.codes().isEmpty() && !query.filters().containsKey(ServiceIndexFields.MUNICIPALITY)) {
            effective = query.withFilter(ServiceIndexFields.MUNICIPALITY, mentions.codes());
        }
        List<String> typed = SpellingSuggester.words(mentions.remainingText());
        List<String> words = StopWords.without(typed);
        Attempt attempt = attempt(effective, words, facets, withCards);
        if (attempt.matches().total() == 0 && effective != query) {
            Attempt everywhere = attempt(query, words, facets, withCards);
            if (everywhere.matches().total() > 0) {
                return new Outcome(query, words, everywhere, Set.of(), true, ignored(typed, words, everywhere));
            }
        }
        return new Outcome(effective, words, attempt, mentions.codes(), false, ignored(typed, words, attempt));
    }

    private static List<String> ignored(List<String> typed, List<String> words, Attempt attempt) {
        Set<String> ignored = new LinkedHashSet<>(typed);
        ignored.removeAll(words);
        ignored.addAll(attempt.unmatchedWords());
        return List.copyOf(ignored);
    }

    /** @param unmatchedWords words of a sentence that no service has, left out of its search */
    private record Attempt(ServiceMatches matches, long strictTotal, SearchPlan.Matching matching, List<String> unmatchedWords) {

        boolean relaxed() {
            return matching != SearchPlan.Matching.EVERY_WORD;
        }
    }

    private Attempt attempt(ServiceQuery query, List<String> words, List<String> facets, boolean withCards) {
        Set<String> counted = facets.stream().filter(facet -> !query.filters().containsKey(facet)).collect(Collectors.toSet());
        int offset = query.page() * query.pageSize();
        ServiceMatches strict = searchIndex(new SearchPlan(query, words, false, counted, null, offset, query.pageSize(), withCards,
                timeLimit));
        if (strict.total() >= FEW || words.isEmpty() || strict.timedOut() || strict.total() > 0 && words.size() == 1) {
            return new Attempt(strict, strict.total(), SearchPlan.Matching.EVERY_WORD, List.of());
        }
        if (strict.total() > 0) {
            return toppedUp(query, words, counted, strict, withCards);
        }
        if (words.size() >= SentenceRanking.MIN_WORDS) {
            return sentence(query, words, counted, withCards);
        }
        return new Attempt(relaxed(query, words, counted, offset, query.pageSize(), withCards, LAST_RESORT), 0, LAST_RESORT,
                List.of());
    }

    /**
     * Fewer than {@value #FEW} services match every word of several: they come first, followed by
     * the services that match some of the words as they are spelt, in their own order. A need
     * typed in more words than any one service uses ("kurssi iltaisin etänä") otherwise showed
     * one or two services where the map has more. (Ordering all of them by the broadened
     * search instead measured worse: nDCG@10 0.06 to 0.09 lower on both holdout sets.)
     * Misspellings are not tried for the ones that follow: the words are in the index, they
     * matched. Trying them (edit-distance automata of two edits in nine fields) took 20 to 45 ms
     * for such a query on 100 000 services and raised the p95 of an API search from 6 to 23 ms,
     * while the relevance sets moved by less than their noise (0.01). For the same reason a
     * single word that few services have is answered by those alone.
     */
    private Attempt toppedUp(ServiceQuery query, List<String> words, Set<String> counted, ServiceMatches strict,
                             boolean withCards) {
        int offset = query.page() * query.pageSize();
        ServiceMatches every = offset == 0 && strict.matches().size() == strict.total() ? strict
                : searchIndex(new SearchPlan(query, words, false, Set.of(), null, 0, FEW, withCards, timeLimit));
        Set<UUID> first = every.matches().stream().map(ServiceMatch::id).collect(Collectors.toSet());
        ServiceMatches some = relaxed(query, words, counted, 0, offset + query.pageSize() + first.size(), withCards, SOME_WORDS);
        List<ServiceMatch> all = new ArrayList<>(every.matches());
        some.matches().stream().filter(match -> !first.contains(match.id())).forEach(all::add);
        List<ServiceMatch> page = all.subList(Math.min(offset, all.size()), Math.min(offset + query.pageSize(), all.size()));
        return new Attempt(new ServiceMatches(List.copyOf(page), Math.max(some.total(), all.size()), some.facets(),
                some.timedOut()), strict.total(), SOME_WORDS, List.of());
    }

    /**
     * @param matching {@link #ANY_WORD}, or {@link #LAST_RESORT} when no service matched every word.
     *                 Trigrams also for the few matching every word lifted the holdout's recall@10
     *                 from 0.71 to 0.73 but made the search on 100 000 services reach 65 % of them
     *                 and its p95 26 ms instead of 15.
     */
    private ServiceMatches relaxed(ServiceQuery query, List<String> words, Set<String> counted, int offset, int limit,
                                   boolean withCards, SearchPlan.Matching matching) {
        return searchIndex(new SearchPlan(query, words, matching, counted, null, offset, limit, withCards, timeLimit, null));
    }

    /**
     * A sentence no service matches word for word: the words no service has are left out (and
     * shown), and the best matches of the others are ordered by the needs they meet
     * ({@link SentenceRanking}). The whole ordering keeps to the time limit of one index query:
     * words not counted or weighed by then are searched but not ordered by, and the answer says
     * that the time ran out.
     */
    private Attempt sentence(ServiceQuery query, List<String> words, Set<String> counted, boolean withCards) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Map<String, Long> counts = new LinkedHashMap<>();
        words.forEach(word -> counts.put(word, System.nanoTime() < deadline ? count(query, List.of(word)) : UNCOUNTED));
        List<String> found = words.stream().filter(word -> counts.get(word) != 0).toList();
        List<String> unmatched = words.stream().filter(word -> counts.get(word) == 0).toList();
        int offset = query.page() * query.pageSize();
        if (found.isEmpty()) {
            return new Attempt(relaxed(query, words, counted, offset, query.pageSize(), withCards, LAST_RESORT), 0, LAST_RESORT,
                List.of());
        }
        ServiceMatches best = relaxed(query, found, counted, 0, SentenceRanking.CANDIDATES, false, ANY_WORD);
        List<UUID> candidates = best.matches().stream().map(ServiceMatch::id).toList();
        long services = count(query, List.of());
        Map<String, Map<UUID, Float>> needsMet = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String word : found) {
            if (counts.get(word) == UNCOUNTED || System.nanoTime() > deadline) {
                continue;
            }
            needsMet.put(word, scores(new SearchPlan(query, List.of(word), SearchPlan.Matching.EVERY_WORD_IN_TOPIC, Set.of(), null, 0,
                    candidates.size(), false, timeLimit, Set.copyOf(candidates))));
            weights.put(word, SentenceRanking.weight(counts.get(word), services));
        }
        List<UUID> ordered = SentenceRanking.order(candidates, needsMet, weights);
        int end = offset + query.pageSize();
        List<ServiceMatch> page = new ArrayList<>(inOrder(query, found, ordered.subList(Math.min(offset, ordered.size()),
                Math.min(end, ordered.size())), withCards));
        if (end > ordered.size() && best.total() > ordered.size()) {
            int from = Math.max(offset, ordered.size());
            page.addAll(relaxed(query, found, Set.of(), from, end - from, withCards, ANY_WORD).matches());
        }
        return new Attempt(new ServiceMatches(page, best.total(), best.facets(), best.timedOut() || System.nanoTime() > deadline),
                0, ANY_WORD, unmatched);
    }

    private Map<UUID, Float> scores(SearchPlan plan) {
        return searchIndex(plan).matches().stream().collect(Collectors.toMap(ServiceMatch::id, ServiceMatch::score));
    }

    /** The given services, with their cards when asked, in the given order. */
    private List<ServiceMatch> inOrder(ServiceQuery query, List<String> words, List<UUID> ids, boolean withCards) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ServiceMatch> found = searchIndex(new SearchPlan(query, words, SearchPlan.Matching.ANY_WORD, Set.of(), null, 0,
                ids.size(), withCards, timeLimit, Set.copyOf(ids))).matches().stream()
                .collect(Collectors.toMap(ServiceMatch::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Each chosen facet is counted without its own choice, so its other values stay visible. */
    private Map<String, Map<String, Long>> facets(ServiceQuery query, List<String> words, Attempt attempt,
                                                  List<String> facetFields) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>(attempt.matches().facets());
        for (String facet : facetFields) {
            if (query.filters().containsKey(facet)) {
                SearchPlan plan = new SearchPlan(query, words, attempt.matching(), Set.of(facet), facet, 0, 0, false, timeLimit,
                        null);
                facets.put(facet, searchIndex(plan).facets().get(facet));
            }
        }
        return facets;
    }

    private ServiceMatches searchIndex(SearchPlan asked) {
        SearchPlan plan = asked.hasWords() ? withTerms.apply(asked).withWordFacts(compounds.facts(asked.words())) : asked;
        ServiceMatches matches = index.search(plan);
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
