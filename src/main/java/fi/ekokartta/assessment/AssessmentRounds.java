package fi.ekokartta.assessment;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.stewardship.ActorMailRecipients;
import fi.ekokartta.stewardship.ActorMailRecipients.Recipient;
import fi.ekokartta.stewardship.EditingRights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The yearly rounds: opening one (by a coordinator, or by the yearly schedule when the year has
 * none) invites every active actor and e-mails each of its recipients ({@link ActorMailRecipients},
 * the people its reminders go to) a link of their own; an actor without recipients is invited but
 * listed as having none. Reminders go to the actors that have not answered. Only coordinators
 * open rounds, see them and send reminders.
 */
@Service
@Transactional
public class AssessmentRounds {

    private static final Logger log = LoggerFactory.getLogger(AssessmentRounds.class);

    /**
     * The result of opening a round or sending reminders; with e-mail off ({@code spring.mail.host}
     * unset) nothing is mailed and nothing counts as failed.
     */
    public record Sent(int year, int invited, int mailed, int failed, List<LocalizedText> withoutRecipient, boolean mailOn) {
    }

    /** One invited actor in the round's overview. */
    public record InvitationRow(UUID actorId, LocalizedText actorName, int recipients, Instant sentAt, Instant remindedAt,
                                Instant answeredAt) {
    }

    /** A round, its invitations and response rate. */
    public record Overview(UUID roundId, int year, LocalDate closesOn, boolean open, int invited, int answered,
                           List<InvitationRow> invitations) {

        public double percent() {
            return invited == 0 ? 0 : 100.0 * answered / invited;
        }
    }

    private final AssessmentRoundRepository rounds;
    private final AssessmentInvitationRepository invitations;
    private final ActorRepository actors;
    private final ActorMailRecipients recipients;
    private final AssessmentMail mail;
    private final EditingRights rights;
    private final CurrentUser currentUser;
    private final int openDays;

    AssessmentRounds(AssessmentRoundRepository rounds, AssessmentInvitationRepository invitations, ActorRepository actors,
                     ActorMailRecipients recipients, AssessmentMail mail, EditingRights rights, CurrentUser currentUser,
                     @Value("${ekokartta.self-assessment-days:30}") int openDays) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.actors = actors;
        this.recipients = recipients;
        this.mail = mail;
        this.rights = rights;
        this.currentUser = currentUser;
        this.openDays = openDays;
    }

    /** The default last day of a round opened today. */
    @Transactional(readOnly = true)
    public LocalDate defaultClosingDay(LocalDate today) {
        return today.plusDays(openDays);
    }

    /** Every round, newest first, with its figures; coordinators only. */
    @Transactional(readOnly = true)
    public List<Overview> overviews() {
        if (!rights.isCoordinator()) {
            throw rights.refused("list self-assessment rounds", null);
        }
        LocalDate today = FinnishDates.today();
        List<Overview> all = new ArrayList<>();
        for (AssessmentRound round : rounds.findAllByYear().reversed()) {
            List<InvitationRow> rows = invitations.findByRound(round.getId()).stream()
                    .map(invitation -> new InvitationRow(invitation.getActor().getId(), invitation.getActor().getName(),
                            invitation.getRecipientCount(), invitation.getSentAt(), invitation.getRemindedAt(),
                            invitation.getAnsweredAt()))
                    .toList();
            int invited = (int) rows.stream().filter(row -> row.recipients() > 0).count();
            int answered = (int) rows.stream().filter(row -> row.answeredAt() != null).count();
            all.add(new Overview(round.getId(), round.getYear(), round.getClosesOn(), round.isOpenOn(today), invited, answered,
                    rows));
        }
        return all;
    }

    /** Opens the year's round, open until the closing day; coordinators only; a second round for a year is refused. */
    public Sent open(int year, LocalDate closesOn) {
        if (!rights.isCoordinator()) {
            throw rights.refused("open self-assessment round", null);
        }
        LocalDate today = FinnishDates.today();
        if (closesOn == null || closesOn.isBefore(today)) {
            throw new ValidationException(Map.of("closesOn", "assessment.error.closes-on"));
        }
        if (year < 2000 || year > 9999) {
            throw new ValidationException(Map.of("year", "assessment.error.year"));
        }
        return openRound(year, closesOn, currentUser.username().orElse("?"));
    }

    /** The yearly automatic opening: the year's round, unless one exists. */
    Optional<Sent> openScheduled(LocalDate today) {
        if (rounds.findByYear(today.getYear()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(openRound(today.getYear(), today.plusDays(openDays), "ajastettu"));
    }

    private Sent openRound(int year, LocalDate closesOn, String openedBy) {
        if (rounds.findByYear(year).isPresent()) {
            throw new RejectedInputException("assessment.error.round-exists", String.valueOf(year));
        }
        AssessmentRound round = new AssessmentRound();
        round.setYear(year);
        round.setOpenedAt(Instant.now());
        round.setClosesOn(closesOn);
        round.setOpenedBy(openedBy);
        rounds.saveAndFlush(round);
        List<Actor> active = actors.findActiveByName();
        Map<UUID, List<Recipient>> byActor = recipients.of(active.stream().map(Actor::getId).toList());
        int mailed = 0;
        int failed = 0;
        List<LocalizedText> none = new ArrayList<>();
        for (Actor actor : active) {
            List<Recipient> to = byActor.getOrDefault(actor.getId(), List.of());
            AssessmentInvitation invitation = new AssessmentInvitation();
            invitation.setRound(round);
            invitation.setActor(actor);
            invitation.setRecipientCount(to.size());
            invitations.save(invitation);
            if (to.isEmpty()) {
                none.add(actor.getName());
                continue;
            }
            int sent = send(round, invitation, to, false);
            mailed += sent;
            failed += mail.isOn() ? to.size() - sent : 0;
            if (sent > 0) {
                invitation.setSentAt(Instant.now());
            }
        }
        log.info("Self-assessment round {} opened by {}: {} actors, {} mails, {} failed", year, openedBy, active.size(),
                mailed, failed);
        return new Sent(year, active.size() - none.size(), mailed, failed, none, mail.isOn());
    }

    /** Sends the round's link again to the recipients of every actor that has not answered; coordinators only. */
    public Sent remind(UUID roundId) {
        if (!rights.isCoordinator()) {
            throw rights.refused("remind of self-assessment round", roundId);
        }
        AssessmentRound round = rounds.findById(roundId)
                .orElseThrow(() -> new RejectedInputException("assessment.error.round-not-found"));
        if (!round.isOpenOn(FinnishDates.today())) {
            throw new RejectedInputException("assessment.error.round-closed");
        }
        List<AssessmentInvitation> unanswered = invitations.findByRound(roundId).stream()
                .filter(invitation -> invitation.getAnsweredAt() == null).toList();
        Map<UUID, List<Recipient>> byActor = recipients.of(unanswered.stream().map(i -> i.getActor().getId()).toList());
        int mailed = 0;
        int failed = 0;
        int reminded = 0;
        List<LocalizedText> none = new ArrayList<>();
        for (AssessmentInvitation invitation : unanswered) {
            List<Recipient> to = byActor.getOrDefault(invitation.getActor().getId(), List.of());
            invitation.setRecipientCount(Math.max(invitation.getRecipientCount(), to.size()));
            if (to.isEmpty()) {
                none.add(invitation.getActor().getName());
                continue;
            }
            reminded++;
            int sent = send(round, invitation, to, true);
            mailed += sent;
            failed += mail.isOn() ? to.size() - sent : 0;
            if (sent > 0) {
                invitation.setRemindedAt(Instant.now());
            }
        }
        return new Sent(round.getYear(), reminded, mailed, failed, none, mail.isOn());
    }

    private int send(AssessmentRound round, AssessmentInvitation invitation, List<Recipient> to, boolean reminder) {
        if (!mail.isOn()) {
            return 0;
        }
        int sent = 0;
        for (Recipient recipient : to) {
            try {
                mail.send(round, invitation, recipient, reminder);
                sent++;
            } catch (MailException e) {
                log.warn("Self-assessment mail for actor {} to user {} not sent: {}", invitation.getActor().getId(),
                        recipient.userId(), e.getMessage());
            }
        }
        return sent;
    }
}
