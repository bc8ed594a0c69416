package fi.ekokartta.exchange.intake;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may plan (the dry run) and store an import, every cell asserted both ways: an allowed
 * operation answers (and storing stores), a refused one throws AccessDeniedException and stores
 * nothing. Coordinators and administrators may; maintainers, counsellors and anonymous visitors
 * may not. (The page itself: ImportViewTest.)
 */
class ImportAccessMatrixTest extends AbstractAppTest {

    enum Who { ANONYMOUS, COUNSELLOR, MAINTAINER, COORDINATOR, ADMIN }

    enum Operation { PLAN, APPLY }

    @Autowired
    private ImportIntake intake;
    @Autowired
    private OfferingRepository offerings;

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "ANONYMOUS, PLAN, false", "COUNSELLOR, PLAN, false", "MAINTAINER, PLAN, false",
            "COORDINATOR, PLAN, true", "ADMIN, PLAN, true",
            "ANONYMOUS, APPLY, false", "COUNSELLOR, APPLY, false", "MAINTAINER, APPLY, false",
            "COORDINATOR, APPLY, true", "ADMIN, APPLY, true"})
    void only_coordinators_and_administrators_plan_and_store_imports(Who who, Operation operation, boolean allowed) {
        UUID service = UUID.randomUUID();
        IncomingImport incoming = intake.read(ImportFormat.HSDS_JSON, "service.json", """
                {"id": "%s", "name": "Matriisin palvelu", "description": "Oikeuksien testi.", "status": "active",
                 "organization": {"id": "%s", "name": "Matriisin yhdistys", "description": "Testitoimija."}}
                """.formatted(service, UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        if (who != Who.ANONYMOUS) {
            login("tuonti-" + who.name().toLowerCase(), UserRole.valueOf(who.name()));
        }
        Runnable act = () -> {
            if (operation == Operation.PLAN) {
                intake.plan(incoming);
            } else {
                intake.apply(incoming);
            }
        };

        if (allowed) {
            act.run();
        } else {
            assertThatThrownBy(act::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(offerings.findById(service).isPresent()).isEqualTo(allowed && operation == Operation.APPLY);
    }
}
