package fi.ekokartta.search;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds to each service's index document what filters, facets and ranking need beyond its own
 * texts: keywords and class/target-group names per language, the provider's name and sector, and
 * the ids and codes that facets count, and the result card in each language. A class counts with
 * all its ancestors, so searching a class finds the services of its sub-classes too.
 */
public class OfferingIndexBinder implements TypeBinder {

    /** How much of the description a card keeps for its snippet. */
    private static final int SNIPPET_SOURCE = 600;

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("keywords").use("classes").use("targetGroups")
                .use("municipalities").use("languages").use("channels.type").use("chargeType").use("provider")
                .use("name").use("alternateName").use("summary").use("description").use("howToGetThere").use("access");
        context.bridge(Offering.class, new Bridge(context.indexSchemaElement()));
    }

    private static final class Bridge implements TypeBridge<Offering> {

        private final Map<String, IndexFieldReference<String>> texts = new HashMap<>();
        private final Map<String, IndexFieldReference<String>> facets = new HashMap<>();
        private final IndexFieldReference<String> providerName;
        private final IndexFieldReference<String> facetValues;
        private final IndexFieldReference<Integer> indexVersion;
        private final Map<String, IndexFieldReference<String>> cards = new HashMap<>();
        private final Map<String, IndexFieldReference<String>> sortNames = new HashMap<>();

        Bridge(IndexSchemaElement schema) {
            for (String language : ServiceIndexFields.LANGUAGES) {
                String keywordField = ServiceIndexFields.KEYWORDS + language;
                declare(schema, keywordField, analyzer(language), Norms.YES);
                declare(schema, keywordField + ServiceIndexFields.PREFIX_SUFFIX, SearchAnalyzers.PREFIX, Norms.NO);
                declare(schema, keywordField + ServiceIndexFields.FOLDED_SUFFIX, SearchAnalyzers.FOLDED, Norms.NO);
                declare(schema, ServiceIndexFields.CONTEXT + language, analyzer(language), Norms.NO);
                sortNames.put(language, schema.field(ServiceIndexFields.NAME_SORT + language,
                        f -> f.asString().sortable(Sortable.YES).searchable(Searchable.NO)).toReference());
                cards.put(language, schema.field(ServiceIndexFields.CARD + language,
                        f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference());
            }
            providerName = text(schema, ServiceIndexFields.PROVIDER_NAME, SearchAnalyzers.FINNISH, Norms.NO);
            declare(schema, ServiceIndexFields.TRIGRAMS, SearchAnalyzers.TRIGRAM, Norms.NO);
            for (String facet : new String[] {ServiceIndexFields.PROVIDER, ServiceIndexFields.CLASS,
                    ServiceIndexFields.TARGET_GROUP, ServiceIndexFields.MUNICIPALITY, ServiceIndexFields.LANGUAGE,
                    ServiceIndexFields.SECTOR, ServiceIndexFields.CHANNEL, ServiceIndexFields.COST}) {
                facets.put(facet, schema.field(facet, f -> f.asString()).multiValued().toReference());
            }
            facetValues = schema.field(ServiceIndexFields.FACET_VALUES, f -> f.asString().aggregable(Aggregable.YES))
                    .multiValued().toReference();
            indexVersion = schema.field(ServiceIndexFields.INDEX_VERSION, f -> f.asInteger()).toReference();
        }

        @Override
        public void write(DocumentElement target, Offering offering, TypeBridgeWriteContext context) {
            for (String language : ServiceIndexFields.LANGUAGES) {
                // The service's other name (HSDS alternate_name) is searched as one of its keywords.
                String words = java.util.stream.Stream.concat(offering.getKeywords().stream()
                                        .filter(k -> k.getLanguage().equals(language)).map(Keyword::getWord),
                                offering.getAlternateName().in(language).stream())
                        .collect(Collectors.joining(" ; "));
                String keywordField = ServiceIndexFields.KEYWORDS + language;
                target.addValue(texts.get(keywordField), words);
                target.addValue(texts.get(keywordField + ServiceIndexFields.PREFIX_SUFFIX), words);
                target.addValue(texts.get(keywordField + ServiceIndexFields.FOLDED_SUFFIX), words);
                target.addValue(texts.get(ServiceIndexFields.CONTEXT + language), contextText(offering, language));
                target.addValue(cards.get(language), card(offering, language).toJson());
                String name = offering.getName().get(Locale.of(language));
                if (name != null) {
                    target.addValue(sortNames.get(language), Folding.fold(name));
                }
            }
            target.addValue(texts.get(ServiceIndexFields.TRIGRAMS), trigramText(offering));
            LocalizedText provider = offering.getProvider().getName();
            target.addValue(providerName, String.join(" ", nonNull(provider.getFi(), provider.getSv(), provider.getEn(),
                    offering.getProvider().getAlternateName())));
            target.addValue(indexVersion, ServiceIndexFields.CURRENT_INDEX_VERSION);
            add(target, ServiceIndexFields.PROVIDER, offering.getProvider().getId().toString());
            if (offering.getProvider().getSector() != null) {
                add(target, ServiceIndexFields.SECTOR, offering.getProvider().getSector().name());
            }
            if (offering.getChargeType() != null) {
                add(target, ServiceIndexFields.COST, offering.getChargeType().name());
            }
            classAndAncestorIds(offering).forEach(id -> add(target, ServiceIndexFields.CLASS, id));
            offering.getTargetGroups().forEach(group -> add(target, ServiceIndexFields.TARGET_GROUP, group.getId().toString()));
            offering.getMunicipalities().stream().map(Municipality::getCode).forEach(code -> add(target, ServiceIndexFields.MUNICIPALITY, code));
            offering.getLanguages().forEach(language -> add(target, ServiceIndexFields.LANGUAGE, language));
            offering.getChannels().stream().map(ServiceChannel::getType).distinct()
                    .forEach(type -> add(target, ServiceIndexFields.CHANNEL, type.name()));
        }

        private void declare(IndexSchemaElement schema, String name, String analyzer, Norms norms) {
            texts.put(name, text(schema, name, analyzer, norms));
        }

        private void add(DocumentElement target, String facet, String value) {
            target.addValue(facets.get(facet), value);
            target.addValue(facetValues, ServiceIndexFields.facetValue(facet, value));
        }

        private static Set<String> classAndAncestorIds(Offering offering) {
            Set<String> ids = new LinkedHashSet<>();
            for (TaxonomyTerm term : offering.getClasses()) {
                for (TaxonomyTerm step = term; step != null; step = step.getParent()) {
                    ids.add(step.getId().toString());
                }
            }
            return ids;
        }

        private static IndexedCard card(Offering offering, String language) {
            Locale locale = Locale.of(language);
            String description = offering.getDescription().get(locale);
            return new IndexedCard(offering.getName().get(locale), offering.getName().hasTranslation(locale),
                    offering.getProvider().getName().get(locale), offering.getSummary().get(locale),
                    description == null || description.length() <= SNIPPET_SOURCE ? description
                            : description.substring(0, SNIPPET_SOURCE),
                    offering.getHowToGetThere().get(locale), offering.getAccess() == null ? null : offering.getAccess().name(),
                    offering.getMunicipalities().stream().map(Municipality::getCode).sorted().toList());
        }

        private static String contextText(Offering offering, String language) {
            Set<String> names = new LinkedHashSet<>();
            for (TaxonomyTerm term : offering.getClasses()) {
                names.add(term.getName().in(language).orElse(""));
            }
            for (TargetGroup group : offering.getTargetGroups()) {
                names.add(group.getName().in(language).orElse(""));
            }
            return names.stream().filter(name -> !name.isEmpty()).collect(Collectors.joining(" ; "));
        }

        private static String trigramText(Offering offering) {
            Set<String> texts = new LinkedHashSet<>();
            LocalizedText name = offering.getName();
            texts.addAll(Arrays.asList(nonNull(name.getFi(), name.getSv(), name.getEn())));
            offering.getKeywords().forEach(keyword -> texts.add(keyword.getWord()));
            return String.join(" ; ", texts);
        }

        private static String[] nonNull(String... values) {
            return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toArray(String[]::new);
        }
    }

    private static IndexFieldReference<String> text(IndexSchemaElement schema, String name, String analyzer,
                                                    Norms norms) {
        String searchAnalyzer = SearchAnalyzers.FINNISH.equals(analyzer) ? SearchAnalyzers.FINNISH_QUERY
                : SearchAnalyzers.PREFIX.equals(analyzer) ? SearchAnalyzers.FOLDED : analyzer;
        return schema.field(name, f -> f.asString().analyzer(analyzer).searchAnalyzer(searchAnalyzer).norms(norms))
                .toReference();
    }

    static String analyzer(String language) {
        return switch (language) {
            case "sv" -> SearchAnalyzers.SWEDISH;
            case "en" -> SearchAnalyzers.ENGLISH;
            default -> SearchAnalyzers.FINNISH;
        };
    }
}
