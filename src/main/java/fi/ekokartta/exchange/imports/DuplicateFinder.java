package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import fi.ekokartta.offering.ServiceChannel;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Flags imported objects that may be the same as another one under a different id, for a person
 * to review; nothing is merged. Names are compared after normalization (case, accents,
 * punctuation and legal-form words such as "ry" or "oy" left out) by Jaro-Winkler similarity:
 * services of one organization from 0.92, services of different organizations and organizations
 * from 0.96. A phone number or visiting address shared by services of different organizations is
 * flagged too (within one organization a shared switchboard is normal).
 */
final class DuplicateFinder {

    static final double SAME_ORGANIZATION = 0.92;
    static final double ACROSS_AREA = 0.96;
    private static final int MAX_FLAGGED = 500;
    /** Words at least this long are also keyed with each letter left out in turn. */
    private static final int TYPO_WORD_LENGTH = 5;
    private static final Set<String> LEGAL_FORMS = Set.of("ry", "rf", "oy", "oyj", "ab", "ky", "tmi", "sr", "inc", "ltd",
            "llc", "the");

    /** A service or organization to compare: its id, name, provider (for services), phones and addresses. */
    record Candidate(String kind, UUID id, String name, UUID provider, Set<String> phones, Set<String> addresses) {
    }

    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    private final List<PossibleDuplicate> found = new ArrayList<>();

    /**
     * Compares each imported object with the others that could be flagged with it: those sharing
     * a name word (of three letters or more, or of five or more up to one typo), a phone or an
     * address. Names similar enough to flag share such a word in practice, so this finds what
     * comparing every pair would, without comparing a thousand imported services with a hundred
     * thousand stored ones.
     */
    List<PossibleDuplicate> find(List<Candidate> imported, List<Candidate> others) {
        Map<String, List<Candidate>> byKey = new HashMap<>();
        for (Candidate other : others) {
            keys(other).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(other));
        }
        Set<String> seen = new HashSet<>();
        for (Candidate candidate : imported) {
            for (String key : keys(candidate)) {
                for (Candidate other : byKey.getOrDefault(key, List.of())) {
                    if (found.size() >= MAX_FLAGGED) {
                        return found;
                    }
                    if (!candidate.id().equals(other.id()) && candidate.kind().equals(other.kind())
                            && seen.add(pairKey(candidate.id(), other.id()))) {
                        compare(candidate, other);
                    }
                }
            }
        }
        return found;
    }

    /**
     * What brings two candidates together: their name words, each longer word also with one letter
     * left out (so "nourten" and "nuorten" meet at "nurten", "valmenus" and "valmennus" at
     * "valmenus": one typo in every word still brings the names together), phones and addresses.
     */
    private static Set<String> keys(Candidate candidate) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : normalized(candidate.name()).split(" ")) {
            if (word.length() >= 3) {
                keys.add("word:" + word);
            }
            if (word.length() >= TYPO_WORD_LENGTH) {
                for (int i = 0; i < word.length(); i++) {
                    keys.add("word:" + word.substring(0, i) + word.substring(i + 1));
                }
            }
        }
        candidate.phones().forEach(phone -> keys.add("phone:" + phone));
        candidate.addresses().forEach(address -> keys.add("address:" + address));
        return keys;
    }

    private void compare(Candidate one, Candidate other) {
        boolean sameOrganization = one.provider() != null && one.provider().equals(other.provider());
        double score = similarity.apply(normalized(one.name()), normalized(other.name()));
        if (sameOrganization && score >= SAME_ORGANIZATION) {
            flag(one, other, "import.duplicate.similar-name-same-organization");
        } else if (!sameOrganization && score >= ACROSS_AREA) {
            flag(one, other, "import.duplicate.similar-name");
        } else if (!sameOrganization && !disjoint(one.phones(), other.phones())) {
            flag(one, other, "import.duplicate.same-phone");
        } else if (!sameOrganization && !disjoint(one.addresses(), other.addresses())) {
            flag(one, other, "import.duplicate.same-address");
        }
    }

    private void flag(Candidate one, Candidate other, String reason) {
        found.add(new PossibleDuplicate(one.kind(), one.id(), one.name(), other.id(), other.name(), reason));
    }

    static Candidate of(Offering offering) {
        Set<String> phones = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (ServiceChannel channel : offering.getChannels()) {
            if (channel.getPhone() != null) {
                phones.add(phone(channel.getPhone()));
            }
            if (channel.getStreetAddress() != null) {
                addresses.add(address(channel.getStreetAddress(), Objects.toString(channel.getPostalCode(), "")));
            }
        }
        return new Candidate("service", offering.getId(), offering.getName().getFi(),
                offering.getProvider() == null ? null : offering.getProvider().getId(), phones, addresses);
    }

    static Candidate of(Actor actor) {
        return new Candidate("organization", actor.getId(), actor.getName().getFi(), null,
                actor.getPhone() == null ? Set.of() : Set.of(phone(actor.getPhone())), Set.of());
    }

    static String address(String street, String postalCode) {
        return normalized(street + " " + postalCode);
    }

    /** E.164 as libphonenumber reads it in Finland, so "09 123 4567" and "+358 9 1234567" meet. */
    static String phone(String number) {
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        try {
            return numbers.format(numbers.parse(number, "FI"), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return number.replaceAll("[^0-9+]", "");
        }
    }

    static String normalized(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = new ArrayList<>();
        for (String word : plain.split(" ")) {
            if (!LEGAL_FORMS.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static boolean disjoint(Set<String> one, Set<String> other) {
        return one.stream().noneMatch(other::contains);
    }

    private static String pairKey(UUID one, UUID other) {
        return one.compareTo(other) < 0 ? one + "/" + other : other + "/" + one;
    }
}
