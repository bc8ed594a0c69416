package fi.ekokartta;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of STYLE.md, checked on the production classes. */
@AnalyzeClasses(packages = "fi.ekokartta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> FEATURE_CLASSES =
            resideInAPackage("fi.ekokartta.(*)..").and(DescribedPredicate.not(resideInAPackage("fi.ekokartta.base..")))
                    .as("belong to a feature package");

    /** The entries the search indexes, and what they are built of; their views included (none uses the search). */
    private static final String[] SEARCHED_PACKAGES = {"fi.ekokartta.offering..", "fi.ekokartta.actor..",
            "fi.ekokartta.taxonomy..", "fi.ekokartta.area..", "fi.ekokartta.calendar..", "fi.ekokartta.base.."};

    /** actor, offering, security, stewardship and editing, each one slice; other packages in none. */
    private static final SliceAssignment ENTRY_PACKAGES = new SliceAssignment() {
        private static final List<String> PACKAGES = List.of("actor", "offering", "security", "stewardship", "editing");

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            return parts.length > 2 && PACKAGES.contains(parts[2]) ? SliceIdentifier.of(parts[2]) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of entries, accounts, stewardship and editing";
        }
    };

    @ArchTest
    static final ArchRule views_do_not_use_repositories_or_the_entity_manager = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(assignableTo(Repository.class).or(assignableTo(EntityManager.class)));

    @ArchTest
    static final ArchRule ui_classes_are_not_transactional = noClasses()
            .that().resideInAPackage("..ui..")
            .should().beAnnotatedWith(Transactional.class)
            .orShould().beAnnotatedWith(jakarta.transaction.Transactional.class);

    @ArchTest
    static final ArchRule ui_methods_are_not_transactional = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("..ui..")
            .should().beAnnotatedWith(Transactional.class)
            .orShould().beAnnotatedWith(jakarta.transaction.Transactional.class);

    @ArchTest
    static final ArchRule base_does_not_depend_on_features = noClasses()
            .that().resideInAPackage("fi.ekokartta.base..")
            .should().dependOnClassesThat(FEATURE_CLASSES);

    /**
     * Issue 13, "Structure": entries (actor, offering) know nothing of user accounts, stewardship
     * or editing; stewardship (responsibilities, reviews, keepers, handovers) depends on actor,
     * offering and security; editing (permissions decided by stewardship) sits on top.
     */
    @ArchTest
    static final ArchRule entries_do_not_depend_on_accounts_stewardship_or_editing = noClasses()
            .that().resideInAnyPackage("fi.ekokartta.actor..", "fi.ekokartta.offering..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.ekokartta.security..", "fi.ekokartta.stewardship..",
                    "fi.ekokartta.editing..");

    @ArchTest
    static final ArchRule accounts_do_not_depend_on_stewardship_or_editing = noClasses()
            .that().resideInAPackage("fi.ekokartta.security..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.ekokartta.stewardship..", "fi.ekokartta.editing..",
                    "fi.ekokartta.offering..");

    @ArchTest
    static final ArchRule stewardship_does_not_depend_on_editing = noClasses()
            .that().resideInAPackage("fi.ekokartta.stewardship..")
            .should().dependOnClassesThat().resideInAPackage("fi.ekokartta.editing..");

    /** Issue 14: service paths sit on top of entries, accounts and stewardship; nothing below knows them. */
    @ArchTest
    static final ArchRule nothing_below_depends_on_service_paths = noClasses()
            .that().resideInAnyPackage("fi.ekokartta.actor..", "fi.ekokartta.offering..", "fi.ekokartta.security..",
                    "fi.ekokartta.stewardship..", "fi.ekokartta.editing..")
            .should().dependOnClassesThat().resideInAPackage("fi.ekokartta.paths..");

    @ArchTest
    static final ArchRule service_paths_domain_does_not_depend_on_views_search_or_exchange = noClasses()
            .that().resideInAPackage("fi.ekokartta.paths")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "fi.ekokartta.search..", "fi.ekokartta.exchange..");

    @ArchTest
    static final ArchRule self_assessment_domain_does_not_depend_on_views_search_exchange_or_metrics = noClasses()
            .that().resideInAPackage("fi.ekokartta.assessment")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "fi.ekokartta.search..", "fi.ekokartta.exchange..",
                    "fi.ekokartta.ecosystem.metrics..");

    /**
     * Issue 15, "Structure": the search indexes the entries, the entries know nothing of it. Its
     * indexes are mapped in the search package (SearchMapping), its queries run there
     * (ServiceIndex), and it follows a provider's changes by listening to ActorChanged.
     */
    @ArchTest
    static final ArchRule entries_and_base_do_not_depend_on_search = noClasses()
            .that().resideInAnyPackage(SEARCHED_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("fi.ekokartta.search..");

    @ArchTest
    static final ArchRule entries_and_base_do_not_depend_on_hibernate_search = noClasses()
            .that().resideInAnyPackage(SEARCHED_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("org.hibernate.search..");

    @ArchTest
    static final ArchRule entry_packages_are_free_of_cycles = slices()
            .assignedFrom(ENTRY_PACKAGES)
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_live_in_ui_packages = classes()
            .that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..");
}
