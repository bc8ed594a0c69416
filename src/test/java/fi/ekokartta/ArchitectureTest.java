package fi.ekokartta;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/** The package rules of STYLE.md, checked on the production classes. */
@AnalyzeClasses(packages = "fi.ekokartta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> FEATURE_CLASSES =
            resideInAPackage("fi.ekokartta.(*)..").and(DescribedPredicate.not(resideInAPackage("fi.ekokartta.base..")))
                    .as("belong to a feature package");

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

    @ArchTest
    static final ArchRule views_live_in_ui_packages = classes()
            .that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..");
}
