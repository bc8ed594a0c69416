package fi.ekokartta.crash;

import fi.ekokartta.accessibility.AccessibilityFeedbackService;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.OutdatedReportService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes until the process is killed, from several threads: accessibility feedback and outdated
 * reports through their application services, and published services created and renamed in
 * their own transactions (no editing service exists yet), which the search index follows. Each
 * write is recorded in the {@link AckLog} only after it returned. A service is renamed only by
 * the thread that made it, so its name's sequence number only grows.
 */
final class CrashBatteryWriter {

    static final String NAME_PREFIX = "Kaatumistesti ";

    private final AccessibilityFeedbackService feedback;
    private final OutdatedReportService reports;
    private final OfferingRepository offerings;
    private final ActorRepository actors;
    private final TransactionTemplate transaction;
    private final UUID actorId;
    private final AckLog log;
    /** Sequence numbers grow across restarts: they start from the clock. */
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1000);

    CrashBatteryWriter(ApplicationContext app, AckLog log) {
        this.feedback = app.getBean(AccessibilityFeedbackService.class);
        this.reports = app.getBean(OutdatedReportService.class);
        this.offerings = app.getBean(OfferingRepository.class);
        this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.actors = app.getBean(ActorRepository.class);
        this.actorId = actors.findAll().getFirst().getId();
        this.log = log;
    }

    void start(int threads) {
        for (int i = 0; i < threads; i++) {
            Thread.ofPlatform().name("crash-writer-" + i).start(this::writeForever);
        }
    }

    private void writeForever() {
        List<UUID> mine = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            try {
                switch (random.nextInt(4)) {
                    case 0 -> sendFeedback();
                    case 1 -> sendReport();
                    case 2 -> mine.add(createService());
                    default -> {
                        if (!mine.isEmpty()) {
                            renameService(mine.get(random.nextInt(mine.size())));
                        }
                    }
                }
            } catch (RuntimeException e) {
                System.err.println("crash-battery write refused: " + e);
            }
        }
    }

    private void sendFeedback() {
        String token = UUID.randomUUID().toString();
        feedback.send("/saavutettavuus", NAME_PREFIX + token, null, Language.FI);
        log.acknowledged("feedback", token, "-");
    }

    private void sendReport() {
        String token = UUID.randomUUID().toString();
        reports.report(EntryKind.ACTOR, actorId, NAME_PREFIX + token, null);
        log.acknowledged("report", token, "-");
    }

    private UUID createService() {
        long number = sequence.incrementAndGet();
        UUID id = transaction.execute(tx -> {
            Actor provider = actors.getReferenceById(actorId);
            Offering offering = new Offering();
            offering.setName(LocalizedText.of(NAME_PREFIX + number));
            offering.setDescription(LocalizedText.of("Kaatumistestin palvelu " + number + "."));
            offering.setProvider(provider);
            offering.setStatus(OfferingStatus.PUBLISHED);
            offering.getResponsibility().setResponsibleActor(provider);
            return offerings.save(offering).getId();
        });
        log.acknowledged("service", id, number);
        return id;
    }

    private void renameService(UUID id) {
        long number = sequence.incrementAndGet();
        transaction.executeWithoutResult(tx -> offerings.findById(id).orElseThrow()
                .setName(LocalizedText.of(NAME_PREFIX + number)));
        log.acknowledged("rename", id, number);
    }
}
