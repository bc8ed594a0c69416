package fi.ekokartta.search;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds published services for a need typed in plain words. Every word must match first; when
 * that finds nothing the search is broadened to any word and to nearly spelt words. Municipality
 * names in the words become a municipality filter; small words (ja, och, for) are left out.
 */
@Service
@Transactional(readOnly = true)
public class ServiceSearch {

    static final int ENOUGH = 1;
    static final List<String> FACETS = List.of(ServiceIndexFields.CLASS, ServiceIndexFields.TARGET_GROUP,
            ServiceIndexFields.MUNICIPALITY, ServiceIndexFields.LANGUAGE, ServiceIndexFields.SECTOR,
            ServiceIndexFields.CHANNEL, ServiceIndexFields.COST);

    private final OfferingRepository offerings;
    private final MunicipalityRepository municipalities;
    private final SearchVocabulary vocabulary;
    private volatile MunicipalityMentions mentions;

    ServiceSearch(OfferingRepository offerings, MunicipalityRepository municipalities, SearchVocabulary vocabulary) {
        this.offerings = offerings;
        this.municipalities = municipalities;
        this.vocabulary = vocabulary;
    }

    public ServiceSearchResult search(ServiceQuery query) {
        MunicipalityMentions.Result mentions = mentions().find(query.text());
        ServiceQuery effective = query;
        if (!mentions.codes().isEmpty() && !query.filters().containsKey(ServiceIndexFields.MUNICIPALITY)) {
            effective = query.withFilter(ServiceIndexFields.MUNICIPALITY, mentions.codes());
        }
        List<String> words = StopWords.without(SpellingSuggester.words(mentions.remainingText()));
        Attempt attempt = attempt(effective, words);
        boolean municipalityIgnored = false;
        if (attempt.matches().total() == 0 && effective != query) {
            attempt = attempt(query.withText(mentions.remainingText()), words);
            municipalityIgnored = attempt.matches().total() > 0;
            effective = query;
        }
        String didYouMean = attempt.strictTotal() == 0 && !words.isEmpty() ? vocabulary.suggester().suggest(words) : null;
        return new ServiceSearchResult(cards(attempt.matches().matches(), query.language()), attempt.matches().total(),
                facets(effective, words, attempt), municipalityIgnored ? Set.of() : mentions.codes(),
                attempt.relaxed(), municipalityIgnored, didYouMean);
    }

    private record Attempt(ServiceMatches matches, long strictTotal, boolean relaxed) {
    }

    private Attempt attempt(ServiceQuery query, List<String> words) {
        Set<String> counted = FACETS.stream().filter(facet -> !query.filters().containsKey(facet)).collect(Collectors.toSet());
        int offset = query.page() * query.pageSize();
        ServiceMatches strict = offerings.searchIndex(new SearchPlan(query, words, false, counted, null, offset, query.pageSize()));
        if (strict.total() >= ENOUGH || words.isEmpty()) {
            return new Attempt(strict, strict.total(), false);
        }
        ServiceMatches relaxed = offerings.searchIndex(new SearchPlan(query, words, true, counted, null, offset, query.pageSize()));
        return new Attempt(relaxed, strict.total(), true);
    }

    /** Each chosen facet is counted without its own choice, so its other values stay visible. */
    private Map<String, Map<String, Long>> facets(ServiceQuery query, List<String> words, Attempt attempt) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>(attempt.matches().facets());
        for (String facet : FACETS) {
            if (query.filters().containsKey(facet)) {
                SearchPlan plan = new SearchPlan(query, words, attempt.relaxed(), Set.of(facet), facet, 0, 0);
                facets.put(facet, offerings.searchIndex(plan).facets().get(facet));
            }
        }
        return facets;
    }

    private List<ServiceCard> cards(List<ServiceMatch> matches, String language) {
        Map<UUID, Offering> byId = offerings.findAllById(matches.stream().map(ServiceMatch::id).toList()).stream()
                .collect(Collectors.toMap(Offering::getId, Function.identity()));
        Locale locale = Locale.of(language);
        return matches.stream().filter(match -> byId.containsKey(match.id())).map(match -> {
            Offering offering = byId.get(match.id());
            return new ServiceCard(offering.getId(), offering.getName().get(locale),
                    offering.getProvider().getName().get(locale),
                    offering.getMunicipalities().stream().map(m -> m.getName(locale)).sorted().toList(),
                    offering.getAccess(), offering.getHowToGetThere().get(locale), offering.getSummary().get(locale),
                    match.snippet(), offering.getName().hasTranslation(locale));
        }).toList();
    }

    /** Municipalities are reference data kept by migrations, so they are read once. */
    private MunicipalityMentions mentions() {
        MunicipalityMentions known = mentions;
        if (known == null) {
            known = new MunicipalityMentions(municipalities.findAllByOrderByInEmploymentAreaDescCodeAsc().stream()
                    .collect(Collectors.toMap(Municipality::getCode, m -> m.getName().getFi())));
            mentions = known;
        }
        return known;
    }
}
