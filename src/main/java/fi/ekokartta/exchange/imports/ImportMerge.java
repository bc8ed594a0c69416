package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Keyword;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.offering.ServiceContact;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.hibernate.Hibernate;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Makes an imported object that updates a stored one say only what its source carries: every
 * field the source does not carry ({@link CarriedFields}) gets the stored value, and every text
 * keeps its stored wording in the languages the import has no file for. After this, comparing
 * and copying the imported object's fields changes nothing the source did not mention.
 * <p>
 * Two kinds of part are kept by what they are, as HSDS sources cannot carry them one by one: a
 * service's channels by the key they come from (a workbook with only a web address keeps the
 * visiting addresses and phones), and contacts for professionals only, which public HSDS does
 * not show, unless the source has such contacts itself.
 */
final class ImportMerge {

    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    void keepUncarried(BaseEntity imported, BaseEntity stored, CarriedFields carried) {
        Object real = Hibernate.unproxy(stored);
        Class<?> kind = imported.getClass();
        for (Field field : ImportedFields.of(kind)) {
            Object storedValue = ImportedFields.get(field, real);
            Object importedValue = ImportedFields.get(field, imported);
            Set<String> languages = carried.languages(kind, field.getName());
            if (!carried(kind, field, importedValue, languages, carried)) {
                ImportedFields.set(field, imported, storedValue);
            } else if (!isReference(field)) {
                if (field.getName().equals("channels")) {
                    keepChannelsOfUncarriedKeys(imported, real, carried);
                } else if (field.getName().equals("contacts")) {
                    keepStaffContacts(importedValue, storedValue);
                }
                keepOtherLanguages(importedValue, storedValue, languages);
            }
        }
    }

    /**
     * Whether the source says anything of a field: the main file has its key, a translation file
     * has it for a text, or (for a nested service) the organization around it is its provider.
     */
    private static boolean carried(Class<?> kind, Field field, Object importedValue, Set<String> languages,
                                   CarriedFields carried) {
        return carried.inMain(kind, field.getName())
                || importedValue instanceof LocalizedText && !languages.isEmpty()
                || field.getName().equals("provider") && importedValue != null;
    }

    /** The stored channels that come from keys the source does not have stay as they are. */
    private static void keepChannelsOfUncarriedKeys(Object imported, Object stored, CarriedFields carried) {
        List<ServiceChannel> importedChannels = ((Offering) imported).getChannels();
        List<ServiceChannel> storedChannels = ((Offering) stored).getChannels();
        ServiceChannel firstWeb = first(storedChannels, ChannelType.WEB);
        ServiceChannel firstEmail = first(storedChannels, ChannelType.EMAIL);
        for (ServiceChannel channel : storedChannels) {
            String key = channel == firstWeb ? CarriedFields.CHANNEL_URL
                    : channel == firstEmail ? CarriedFields.CHANNEL_EMAIL
                    : channel.getType() == ChannelType.PHONE ? CarriedFields.CHANNEL_PHONES
                    : CarriedFields.CHANNEL_PLACES;
            boolean placesCarried = carried.hasKey(CarriedFields.CHANNEL_PLACES) || carried.hasKey("schedules");
            boolean keyCarried = key.equals(CarriedFields.CHANNEL_PLACES) ? placesCarried : carried.hasKey(key);
            if (!keyCarried && importedChannels.stream().noneMatch(same(channel))) {
                importedChannels.add(channel);
            }
        }
    }

    private static void keepStaffContacts(Object imported, Object stored) {
        @SuppressWarnings("unchecked")
        Collection<Object> importedContacts = (Collection<Object>) imported;
        if (importedContacts.stream().anyMatch(ImportMerge::forStaff)) {
            return;
        }
        for (Object contact : (Collection<?>) stored) {
            if (forStaff(contact) && importedContacts.stream().noneMatch(same(contact))) {
                importedContacts.add(contact);
            }
        }
    }

    private static boolean forStaff(Object contact) {
        Object real = Hibernate.unproxy(contact);
        return real instanceof ServiceContact service ? service.getVisibility() == Visibility.STAFF
                : ImportedFields.get(ImportedFields.field(real.getClass(), "visibility"), real) == Visibility.STAFF;
    }

    /**
     * The stored wording of texts in the languages not carried: in the field itself, in keywords,
     * and in the parts the import has with the same id (a channel's name, a capacity's description).
     */
    private static void keepOtherLanguages(Object imported, Object stored, Set<String> carried) {
        if (imported == null || stored == null || imported == stored) {
            return;
        }
        if (imported instanceof LocalizedText text && stored instanceof LocalizedText storedText) {
            for (String language : LANGUAGES) {
                if (!carried.contains(language)) {
                    text.set(language, storedText.in(language).orElse(null));
                }
            }
        } else if (imported instanceof Collection<?> items && stored instanceof Collection<?> storedItems) {
            keepInCollection(items, storedItems, carried);
        } else if (!isValue(imported)) {
            ImportedFields.contentOf(imported.getClass()).forEach(field -> keepOtherLanguages(
                    ImportedFields.get(field, imported), ImportedFields.get(field, stored), carried));
        }
    }

    private static void keepInCollection(Collection<?> items, Collection<?> storedItems, Set<String> carried) {
        List<Object> kept = new ArrayList<>();
        for (Object storedItem : storedItems) {
            if (storedItem instanceof Keyword keyword && !carried.contains(keyword.getLanguage())) {
                kept.add(keyword);
            } else if (storedItem instanceof BaseEntity) {
                items.stream().filter(same(storedItem)).findFirst()
                        .ifPresent(item -> keepOtherLanguages(item, Hibernate.unproxy(storedItem), carried));
            }
        }
        @SuppressWarnings("unchecked")
        Collection<Object> writable = (Collection<Object>) items;
        writable.addAll(kept);
    }

    private static Predicate<Object> same(Object stored) {
        return item -> item == stored || item instanceof BaseEntity entity && stored instanceof BaseEntity other
                && entity.getId() != null && entity.getId().equals(other.getId());
    }

    private static ServiceChannel first(List<ServiceChannel> channels, ChannelType type) {
        return channels.stream().filter(channel -> channel.getType() == type).findFirst().orElse(null);
    }

    private static boolean isReference(Field field) {
        return field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(ManyToMany.class);
    }

    private static boolean isValue(Object value) {
        return value instanceof Enum<?> || value.getClass().getPackageName().startsWith("java.");
    }
}
