package fi.ekokartta.stewardship;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.config.OutgoingMail;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.stewardship.ReminderEntries.Entry;
import fi.ekokartta.stewardship.ReminderEntries.Keeper;
import fi.ekokartta.stewardship.ReminderEntries.OpenReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The texts of the weekly reminders. In Finnish, with a short line in Swedish and English: users
 * have no language of their own, and the links' page and the editors speak all three. Links are
 * made from {@code ekokartta.public-url}; without it they are paths only (a scheduled job has no
 * request to take an address from).
 */
@Component
class ReminderMail {

    private static final Locale FINNISH = Language.FI.locale();

    private final OutgoingMail mail;
    private final I18NProvider texts;
    private final ReminderLinks links;
    private final int linkDays;

    ReminderMail(OutgoingMail mail, I18NProvider texts, ReminderLinks links,
                 @Value("${ekokartta.reminder-link-days:14}") int linkDays) {
        this.mail = mail;
        this.texts = texts;
        this.links = links;
        this.linkDays = linkDays;
    }

    boolean isOn() {
        return mail.isOn();
    }

    /** One user's digest; a MailException when it is not sent. */
    void sendDigest(ReminderPlan.Digest digest, LocalDate today) {
        LocalDate lastDay = today.plusDays(linkDays);
        StringBuilder text = new StringBuilder(text("reminder-mail.greeting", digest.keeper().name()));
        if (!digest.overdue().isEmpty()) {
            text.append("\n\n").append(text("reminder-mail.overdue"));
            digest.overdue().forEach(entry -> text.append('\n').append(text("reminder-mail.overdue.line", kind(entry.kind()),
                    entry.name().get(FINNISH), FinnishDates.date(entry.due()), ChronoUnit.DAYS.between(entry.due(), today)))
                    .append(entryLinks(entry, digest.keeper(), lastDay)));
        }
        if (!digest.dueSoon().isEmpty()) {
            text.append("\n\n").append(text("reminder-mail.due-soon"));
            digest.dueSoon().forEach(entry -> text.append('\n').append(text("reminder-mail.due-soon.line", kind(entry.kind()),
                    entry.name().get(FINNISH), FinnishDates.date(entry.due()))).append(entryLinks(entry, digest.keeper(), lastDay)));
        }
        if (!digest.reports().isEmpty()) {
            text.append("\n\n").append(text("reminder-mail.reports"));
            for (OpenReport report : digest.reports()) {
                text.append('\n').append(text("reminder-mail.report.line", kind(report.kind()), report.entryName(),
                                FinnishDates.date(FinnishDates.dayOf(report.reportedAt())),
                                text("report-status." + report.status().name().toLowerCase(Locale.ROOT))))
                        .append("\n   ").append(text("reminder-mail.edit", link(report.kind().editorPath() + report.entryId())));
            }
        }
        text.append("\n\n").append(text("reminder-mail.footer", FinnishDates.date(lastDay))).append(otherLanguages("reminder-mail.summary"));
        mail.send(text("reminder-mail.subject"), text.toString(), digest.keeper().email());
    }

    /**
     * The entries overdue by more than the days, to every coordinator in one message, by
     * organization and responsible; a MailException when it is not sent.
     */
    void sendEscalation(List<Entry> entries, List<Keeper> coordinators, LocalDate today, int days) {
        Map<String, Map<String, List<Entry>>> grouped = new TreeMap<>();
        for (Entry entry : entries) {
            String responsible = entry.responsibleName() == null || entry.responsibleName().isBlank()
                    ? text("escalation-mail.no-responsible") : entry.responsibleName();
            grouped.computeIfAbsent(entry.ownerName().get(FINNISH), organization -> new TreeMap<>())
                    .computeIfAbsent(responsible, person -> new ArrayList<>()).add(entry);
        }
        StringBuilder text = new StringBuilder(text("escalation-mail.intro", days));
        grouped.forEach((organization, byResponsible) -> {
            text.append("\n\n").append(organization);
            byResponsible.forEach((responsible, owned) -> {
                text.append('\n').append(text("escalation-mail.responsible", responsible));
                owned.forEach(entry -> text.append('\n').append(text("escalation-mail.line", kind(entry.kind()),
                        entry.name().get(FINNISH), FinnishDates.date(entry.due()), ChronoUnit.DAYS.between(entry.due(), today)))
                        .append("\n   ").append(text("reminder-mail.edit", link(entry.kind().editorPath() + entry.id()))));
            });
        });
        text.append(otherLanguages("escalation-mail.summary"));
        mail.send(text("escalation-mail.subject", entries.size(), days), text.toString(),
                coordinators.stream().map(Keeper::email).distinct().toArray(String[]::new));
    }

    private String entryLinks(Entry entry, Keeper keeper, LocalDate lastDay) {
        String token = links.reassureToken(entry.kind(), entry.id(), keeper.id(), lastDay);
        return "\n   " + text("reminder-mail.reassure", link(ReminderConfirmation.ROUTE + "/" + token))
                + "\n   " + text("reminder-mail.edit", link(entry.kind().editorPath() + entry.id()));
    }

    private String link(String path) {
        return mail.linkOrPath(path);
    }

    private String kind(EntryKind kind) {
        return text("dashboard.overdue.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    private String otherLanguages(String key) {
        return "\n\n---\n" + texts.getTranslation(key, Language.SV.locale()) + "\n" + texts.getTranslation(key, Language.EN.locale());
    }

    private String text(String key, Object... parameters) {
        return texts.getTranslation(key, FINNISH, parameters);
    }
}
