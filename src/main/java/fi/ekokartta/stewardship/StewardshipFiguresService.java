package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.StewardshipFigures.AgeBucket;
import fi.ekokartta.stewardship.StewardshipFigures.AwaitingApproval;
import fi.ekokartta.stewardship.StewardshipFigures.EntriesByStatus;
import fi.ekokartta.stewardship.StewardshipFigures.ReportAge;
import fi.ekokartta.stewardship.StewardshipFigures.Share;
import fi.ekokartta.stewardship.StewardshipFigures.Tally;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stewardship dashboard's figures, with the same scope as the management lists
 * ({@link ManagementScope}: coordinators and administrators the whole map, maintainers their
 * organizations and units), and the public "Tietojen ajantasaisuus" summary. An entry's
 * organization, due date and overdue state follow the lists' rules, so that a figure and the list
 * it links to agree.
 */
@Service
@Transactional(readOnly = true)
public class StewardshipFiguresService {

    private final StewardshipFactsQuery facts;
    private final ManagementScope scope;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    StewardshipFiguresService(StewardshipFactsQuery facts, ManagementScope scope, CurrentUser currentUser,
                              EntityManager entityManager) {
        this.facts = facts;
        this.scope = scope;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    public StewardshipFigures figures() {
        Set<UUID> organizations = scope.organizations(false);
        List<EntryFacts> entries = facts.entries(organizations);
        LocalDate today = FinnishDates.today();
        Set<UUID> owners = entries.stream().map(EntryFacts::organization).collect(Collectors.toSet());
        Map<UUID, LocalizedText> names = facts.organizationNames(owners);
        List<EntryFacts> reviewed = entries.stream().filter(EntryFacts::reviewed).toList();
        List<EntryFacts> overdue = reviewed.stream().filter(entry -> !entry.assuredOn(today)).toList();
        return new StewardshipFigures(organizations != null, byOrganization(entries, names), byClass(entries),
                share(null, null, reviewed, today), assuredByOrganization(reviewed, names, today),
                tally(overdue, entry -> Set.of(entry.organization().toString()), key -> names.get(UUID.fromString(key))),
                tally(overdue, entry -> Set.of(Objects.requireNonNullElse(entry.responsible(), "")), LocalizedText::of),
                tally(overdue, EntryFacts::municipalities, municipalityNames()::get),
                reportAges(entries, today), awaitingApproval(entries, names),
                AssuranceTrend.points(reviewed, facts.reassurances(), today));
    }

    /**
     * "Tietojen ajantasaisuus" for everyone: the published services and active actors, how many of
     * them are assured within their interval. Nothing about persons or organizations.
     */
    public Share publicSummary() {
        List<EntryFacts> published = facts.entries(null).stream()
                .filter(entry -> entry.kind() == EntryKind.SERVICE ? "PUBLISHED".equals(entry.status()) : entry.reviewed())
                .toList();
        return share(null, null, published, FinnishDates.today());
    }

    private static List<EntriesByStatus> byOrganization(List<EntryFacts> entries, Map<UUID, LocalizedText> names) {
        Map<UUID, List<EntryFacts>> grouped = entries.stream().collect(Collectors.groupingBy(EntryFacts::organization));
        return grouped.entrySet().stream()
                .map(group -> byStatus(group.getKey().toString(), names.get(group.getKey()), group.getValue()))
                .sorted(Comparator.comparingLong(EntriesByStatus::total).reversed()
                        .thenComparing(row -> row.name() == null ? "" : row.name().getFi()))
                .toList();
    }

    /** Top-level classes in code order; a service counts under a class when it has it or a sub-class of it. */
    private List<EntriesByStatus> byClass(List<EntryFacts> entries) {
        List<EntriesByStatus> rows = new ArrayList<>();
        for (Object[] top : entityManager.createQuery("select t.code, t.name from TaxonomyTerm t where t.parent is null"
                + " and t.taxonomy = :taxonomy order by t.code", Object[].class)
                .setParameter("taxonomy", TaxonomyTerm.SERVICE_TAXONOMY).getResultList()) {
            String code = (String) top[0];
            if (code == null) {
                // An imported term without a code is no class of the taxonomy's tree.
                continue;
            }
            List<EntryFacts> members = entries.stream().filter(entry -> entry.classes().stream()
                    .anyMatch(c -> c != null && (c.equals(code) || c.startsWith(code + ".")))).toList();
            if (!members.isEmpty()) {
                rows.add(byStatus(code, (LocalizedText) top[1], members));
            }
        }
        return rows;
    }

    private static EntriesByStatus byStatus(String key, LocalizedText name, List<EntryFacts> entries) {
        Map<String, Long> services = entries.stream().filter(entry -> entry.kind() == EntryKind.SERVICE)
                .collect(Collectors.groupingBy(EntryFacts::status, Collectors.counting()));
        long actors = entries.stream().filter(entry -> entry.kind() == EntryKind.ACTOR).count();
        return new EntriesByStatus(key, name, services.getOrDefault("DRAFT", 0L), services.getOrDefault("IN_REVIEW", 0L),
                services.getOrDefault("PUBLISHED", 0L), services.getOrDefault(EntryFacts.ARCHIVED, 0L), actors);
    }

    private static Share share(String key, LocalizedText name, List<EntryFacts> entries, LocalDate day) {
        return new Share(key, name, entries.stream().filter(entry -> entry.assuredOn(day)).count(), entries.size());
    }

    private static List<Share> assuredByOrganization(List<EntryFacts> reviewed, Map<UUID, LocalizedText> names, LocalDate today) {
        return reviewed.stream().collect(Collectors.groupingBy(EntryFacts::organization)).entrySet().stream()
                .map(group -> share(group.getKey().toString(), names.get(group.getKey()), group.getValue(), today))
                .sorted(Comparator.comparingInt(Share::percent).thenComparing(Share::total, Comparator.reverseOrder()))
                .toList();
    }

    /** Overdue entries counted under each key an entry has (an entry serving two municipalities counts in both). */
    private static List<Tally> tally(List<EntryFacts> overdue, Function<EntryFacts, Set<String>> keys,
                                     Function<String, LocalizedText> name) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (EntryFacts entry : overdue) {
            for (String key : keys.apply(entry)) {
                counts.computeIfAbsent(key, k -> new long[2])[entry.kind() == EntryKind.SERVICE ? 0 : 1]++;
            }
        }
        return counts.entrySet().stream()
                .map(count -> new Tally(count.getKey(), name.apply(count.getKey()), count.getValue()[0], count.getValue()[1]))
                .sorted(Comparator.comparingLong(Tally::total).reversed().thenComparing(Tally::key))
                .toList();
    }

    private Map<String, LocalizedText> municipalityNames() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        entityManager.createQuery("select m.code, m.name from Municipality m", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (LocalizedText) row[1]));
        return names;
    }

    /**
     * Reports still open (open or in progress) about the entries in scope, and for coordinators and
     * administrators, who answer it, the accessibility feedback not yet answered.
     */
    private List<ReportAge> reportAges(List<EntryFacts> entries, LocalDate today) {
        Set<UUID> ids = new HashSet<>(entries.stream().map(EntryFacts::id).toList());
        Map<AgeBucket, long[]> counts = new EnumMap<>(AgeBucket.class);
        for (AgeBucket bucket : AgeBucket.values()) {
            counts.put(bucket, new long[2]);
        }
        entityManager.createQuery("select r.entryId, r.reportedAt from OutdatedReport r where r.status in :open", Object[].class)
                .setParameter("open", List.of(ReportStatus.OPEN, ReportStatus.IN_PROGRESS)).getResultList().stream()
                .filter(row -> ids.contains((UUID) row[0]))
                .forEach(row -> counts.get(age((Instant) row[1], today))[0]++);
        if (currentUser.hasAnyRole(UserRole.ADMIN, UserRole.COORDINATOR)) {
            entityManager.createQuery("select f.receivedAt from AccessibilityFeedback f where f.answeredAt is null", Instant.class)
                    .getResultList().forEach(received -> counts.get(age(received, today))[1]++);
        }
        return counts.entrySet().stream()
                .map(count -> new ReportAge(count.getKey(), count.getValue()[0], count.getValue()[1])).toList();
    }

    private static AgeBucket age(Instant received, LocalDate today) {
        return AgeBucket.of(ChronoUnit.DAYS.between(FinnishDates.dayOf(received), today));
    }

    /** Waiting since the last change: submitting a draft for approval is its last change. */
    private static List<AwaitingApproval> awaitingApproval(List<EntryFacts> entries, Map<UUID, LocalizedText> names) {
        return entries.stream().filter(entry -> entry.kind() == EntryKind.SERVICE && "IN_REVIEW".equals(entry.status()))
                .collect(Collectors.groupingBy(EntryFacts::organization)).entrySet().stream()
                .map(group -> new AwaitingApproval(group.getKey(), names.get(group.getKey()), group.getValue().size(),
                        group.getValue().stream().map(EntryFacts::lastModified).filter(Objects::nonNull)
                                .min(Comparator.naturalOrder()).orElse(null)))
                .sorted(Comparator.comparing(AwaitingApproval::oldest, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
