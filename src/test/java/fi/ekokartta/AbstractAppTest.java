package fi.ekokartta;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AppUserRepository;
import fi.ekokartta.security.UserRole;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Base of the browserless UI tests (Karibu-Testing): the real Spring application with a faked
 * Vaadin servlet environment, so views are created by Spring and call the real services and
 * database. Find components by what the user sees (label, text), never by id.
 */
public abstract class AbstractAppTest extends AbstractIntegrationTest {

    /** Scanning the classpath takes a while; all UI tests share one result. */
    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ActorRepository entryActors;
    @Autowired
    private OfferingRepository entryOfferings;
    @Autowired
    private JdbcTemplate entryJdbc;
    @Autowired
    private AppUserRepository entryUsers;

    private final Deque<Runnable> cleanUps = new ArrayDeque<>();

    @BeforeEach
    protected void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    protected void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /**
     * Removes data a test made once it has run, newest first. The database is shared by every
     * test class, and some check the whole seeded directory.
     */
    protected void deleteAfterTest(Runnable delete) {
        cleanUps.push(delete);
    }

    /** A user of the given role in the organizations, made for this test and removed after it; not able to sign in. */
    protected UUID saveUser(String username, UserRole role, Actor... organizations) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash("{noop}ei-kaytossa");
        user.setRole(role);
        user.getOrganizations().addAll(List.of(organizations));
        UUID id = entryUsers.save(user).getId();
        deleteAfterTest(() -> {
            entryJdbc.update("delete from handover where from_user_id = ? or to_user_id = ?", id, id);
            entryJdbc.update("delete from entry_keeper where user_id = ?", id);
            entryJdbc.update("update organization_keepers set deputy_id = null where deputy_id = ?", id);
            entryJdbc.update("update organization_keepers set fallback_id = null where fallback_id = ?", id);
            entryJdbc.update("delete from app_user_organization where app_user_id = ?", id);
            entryJdbc.update("delete from app_user where id = ?", id);
        });
        return id;
    }

    /** Actors and services made for this test, removed after it. */
    protected EntryFixture entries() {
        return new EntryFixture(entryActors, entryOfferings, entryJdbc, this::deleteAfterTest);
    }

    @AfterEach
    void deleteTestData() {
        while (!cleanUps.isEmpty()) {
            cleanUps.pop().run();
        }
    }

    /**
     * Signs a user in without a password, as the login form would: Spring Security sees the
     * authentication, and the faked request answers Vaadin's view access checks.
     */
    protected void login(String username, UserRole role) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                new User(username, "", authorities), null, authorities);
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        FakeRequest request = currentRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, roleName) -> role.name().equals(roleName));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = currentRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, roleName) -> false);
        }
    }

    /**
     * Karibu finds public views only; ours are package-private in their features' ui packages,
     * as Vaadin itself allows, so they are added from a scan that sees every class. Our error
     * views replace Karibu's, which throw, so that tests see the pages users see.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("fi.ekokartta");
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("fi.ekokartta").scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class).forEach(routes.getRoutes()::add);
            routes.getErrorRoutes().clear();
            scan.getClassesImplementing(HasErrorParameter.class).loadClasses()
                    .forEach(view -> routes.getErrorRoutes().add((Class<? extends HasErrorParameter<?>>) view));
        }
        return routes;
    }

    private static FakeRequest currentRequest() {
        return (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    }
}
