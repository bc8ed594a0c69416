package fi.ekokartta.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.ekokartta.assessment.AssessmentQuestions;
import fi.ekokartta.assessment.AssessmentReview;
import fi.ekokartta.assessment.AssessmentRounds;
import fi.ekokartta.assessment.AssessmentSummary;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.HtmlTable;
import fi.ekokartta.base.ui.TitledSection;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Toimijoiden itsearviointi (/hallinta/itsearvio), for coordinators: the questions (add, change,
 * reorder, deactivate), the year's round (open it, see who has answered, remind the others), the
 * responses to review, and the figures.
 */
@Route(AssessmentAdminView.ROUTE)
@RolesAllowed("COORDINATOR")
@Menu(title = "menu.self-assessment", order = 97, icon = "vaadin:clipboard-check")
class AssessmentAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "hallinta/itsearvio";
    /** Actors without a recipient named in the outcome at most; more are counted (the table names them all). */
    private static final int MAX_NAMED = 10;

    private final AssessmentQuestions questions;
    private final AssessmentRounds rounds;
    private final AssessmentReview review;
    private final AssessmentSummary summary;
    private final FormErrors errors = new FormErrors();
    private final Paragraph outcome = new Paragraph();

    AssessmentAdminView(AssessmentQuestions questions, AssessmentRounds rounds, AssessmentReview review,
                        AssessmentSummary summary) {
        this.questions = questions;
        this.rounds = rounds;
        this.review = review;
        this.summary = summary;
        addClassNames("page", "assessment-admin-page");
        outcome.addClassName("assessment-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("assessment.admin.title")), new Paragraph(getTranslation("assessment.admin.lead")),
                errors, outcome);
        List<AssessmentRounds.Overview> overviews = rounds.overviews();
        add(roundSection(overviews), questionSection(),
                AssessmentFigures.section("assessment-summary-heading", summary.rounds(), getLocale()));
    }

    private TitledSection questionSection() {
        TitledSection section = new TitledSection("assessment-questions-heading", getTranslation("assessment.admin.questions"));
        Button add = new Button(getTranslation("assessment.question.new"),
                click -> new QuestionDialog(questions, null, this::refresh).open());
        section.add(add);
        UnorderedList list = new UnorderedList();
        list.addClassNames("entry-list", "assessment-question-list");
        List<AssessmentQuestions.Row> all = questions.all();
        for (int i = 0; i < all.size(); i++) {
            AssessmentQuestions.Row row = all.get(i);
            String text = row.text().get(getLocale());
            Span state = new Span(getTranslation("assessment.kind." + row.kind().name()) + " · "
                    + getTranslation(row.active() ? "assessment.question.active" : "assessment.question.inactive"));
            state.addClassName("assessment-question-state");
            Button edit = new Button(getTranslation("assessment.question.edit"),
                    click -> new QuestionDialog(questions, row, this::refresh).open());
            edit.setAriaLabel(getTranslation("assessment.question.edit-of", text));
            Button up = new Button(getTranslation("assessment.question.up"), click -> act(() -> questions.move(row.id(), -1)));
            up.setAriaLabel(getTranslation("assessment.question.up-of", text));
            up.setEnabled(i > 0);
            Button down = new Button(getTranslation("assessment.question.down"), click -> act(() -> questions.move(row.id(), 1)));
            down.setAriaLabel(getTranslation("assessment.question.down-of", text));
            down.setEnabled(i < all.size() - 1);
            Button toggle = new Button(getTranslation(row.active() ? "assessment.question.deactivate" : "assessment.question.activate"),
                    click -> act(() -> questions.setActive(row.id(), row.version(), !row.active())));
            toggle.setAriaLabel(getTranslation(row.active() ? "assessment.question.deactivate-of" : "assessment.question.activate-of",
                    text));
            Div buttons = new Div(edit, up, down, toggle);
            buttons.addClassName("assessment-buttons");
            ListItem item = new ListItem(new Paragraph(text), state, buttons);
            if (!row.active()) {
                item.addClassName("inactive");
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private TitledSection roundSection(List<AssessmentRounds.Overview> overviews) {
        TitledSection section = new TitledSection("assessment-rounds-heading", getTranslation("assessment.admin.rounds"));
        LocalDate today = FinnishDates.today();
        boolean thisYear = overviews.stream().anyMatch(overview -> overview.year() == today.getYear());
        if (!thisYear) {
            IntegerField year = new IntegerField(getTranslation("assessment.round.year"));
            year.setValue(today.getYear());
            DatePicker closes = new DatePicker(getTranslation("assessment.round.closes-on"));
            closes.setValue(rounds.defaultClosingDay(today));
            closes.setMin(today);
            Button open = new Button(getTranslation("assessment.round.open"), click -> {
                try {
                    AssessmentRounds.Sent sent = rounds.open(year.getValue() == null ? 0 : year.getValue(), closes.getValue());
                    errors.clear();
                    refresh();
                    outcome.setText(sentText("assessment.round.opened", sent));
                } catch (ValidationException invalid) {
                    errors.show(invalid.getFieldErrors(), Map.of("year", year, "closesOn", closes),
                            field -> getTranslation("assessment.round.closes-on"));
                } catch (RejectedInputException rejected) {
                    errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
                } catch (AccessDeniedException denied) {
                    errors.showMessage(getTranslation("assessment.error.not-allowed"));
                }
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div form = new Div(year, closes, open);
            form.addClassName("assessment-open-form");
            section.add(new Paragraph(getTranslation("assessment.round.lead")), form);
        }
        if (overviews.isEmpty()) {
            section.add(new Paragraph(getTranslation("assessment.round.none")));
        }
        for (AssessmentRounds.Overview overview : overviews) {
            section.add(new H3(getTranslation("assessment.summary.round", String.valueOf(overview.year()))));
            section.add(new Paragraph(getTranslation(overview.open() ? "assessment.round.open-until" : "assessment.round.closed",
                    FinnishDates.date(overview.closesOn()))
                    + " " + getTranslation("assessment.round.rate", overview.answered(), overview.invited(),
                    percent(overview.percent()))));
            if (overview.open()) {
                Button remind = new Button(getTranslation("assessment.round.remind"), click -> {
                    try {
                        AssessmentRounds.Sent sent = rounds.remind(overview.roundId());
                        refresh();
                        outcome.setText(sentText("assessment.round.reminded", sent));
                    } catch (RejectedInputException rejected) {
                        errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
                    } catch (AccessDeniedException denied) {
                        errors.showMessage(getTranslation("assessment.error.not-allowed"));
                    }
                });
                remind.setAriaLabel(getTranslation("assessment.round.remind-of", String.valueOf(overview.year())));
                section.add(remind);
            }
            section.add(responses(overview), invitations(overview));
        }
        return section;
    }

    private Div responses(AssessmentRounds.Overview overview) {
        Div box = new Div();
        box.addClassName("assessment-responses");
        List<AssessmentReview.ResponseRow> rows = review.responses(overview.roundId());
        if (rows.isEmpty()) {
            box.add(new Paragraph(getTranslation("assessment.responses.none")));
            return box;
        }
        HtmlTable table = new HtmlTable(getTranslation("assessment.responses.caption", String.valueOf(overview.year())),
                getTranslation("assessment.responses.actor"), getTranslation("assessment.responses.submitted"),
                getTranslation("assessment.responses.changes"), getTranslation("assessment.responses.status"),
                getTranslation("assessment.responses.action"));
        for (AssessmentReview.ResponseRow row : rows) {
            String actor = row.actorName().get(getLocale());
            Button open = new Button(getTranslation("assessment.responses.open"),
                    click -> new ResponseDialog(review, row.id(), this::refresh).open());
            open.setAriaLabel(getTranslation("assessment.responses.open-of", actor));
            table.row(actor, day(row.submittedAt()), String.valueOf(row.changes()),
                    getTranslation("assessment.status." + row.status().name()), open);
        }
        box.add(table);
        return box;
    }

    private HtmlTable invitations(AssessmentRounds.Overview overview) {
        HtmlTable table = new HtmlTable(getTranslation("assessment.invitations.caption", String.valueOf(overview.year())),
                getTranslation("assessment.responses.actor"), getTranslation("assessment.invitations.recipients"),
                getTranslation("assessment.invitations.answered"));
        for (AssessmentRounds.InvitationRow row : overview.invitations()) {
            table.row(row.actorName().get(getLocale()), row.recipients() == 0
                            ? getTranslation("assessment.invitations.no-recipient") : String.valueOf(row.recipients()),
                    row.answeredAt() == null ? getTranslation("assessment.invitations.not-answered") : day(row.answeredAt()));
        }
        return table;
    }

    private void act(Runnable action) {
        try {
            action.run();
            errors.clear();
            outcome.setText("");
            refresh();
        } catch (ConflictException conflict) {
            errors.showMessage(getTranslation("assessment.error.conflict"));
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException denied) {
            errors.showMessage(getTranslation("assessment.error.not-allowed"));
        }
    }

    private String sentText(String key, AssessmentRounds.Sent sent) {
        String text = getTranslation(key, String.valueOf(sent.year()), sent.invited(), sent.mailed());
        if (sent.failed() > 0) {
            text += " " + getTranslation("assessment.round.failed", sent.failed());
        }
        if (!sent.mailOn()) {
            text += " " + getTranslation("assessment.round.mail-off");
        }
        if (sent.withoutRecipient().size() > MAX_NAMED) {
            text += " " + getTranslation("assessment.round.without-recipient-count", sent.withoutRecipient().size());
        } else if (!sent.withoutRecipient().isEmpty()) {
            text += " " + getTranslation("assessment.round.without-recipient", sent.withoutRecipient().stream()
                    .map((LocalizedText name) -> name.get(getLocale())).collect(Collectors.joining(", ")));
        }
        return text;
    }

    private static String day(Instant instant) {
        return instant == null ? "–" : FinnishDates.date(FinnishDates.dayOf(instant));
    }

    private String percent(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.admin.title") + " – Ekokartta";
    }
}
