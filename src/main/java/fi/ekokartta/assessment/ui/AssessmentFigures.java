package fi.ekokartta.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fi.ekokartta.assessment.AssessmentSummary;
import fi.ekokartta.base.ui.HtmlTable;
import fi.ekokartta.base.ui.TitledSection;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Toimijoiden itsearviointi" in figures: the response rate of every round (year over year), and
 * per round the average of each scale question, overall and per sector. Aggregates only, so the
 * public /ekosysteemi page shows it as the coordinators' page does.
 */
public final class AssessmentFigures {

    private AssessmentFigures() {
    }

    /** The section, with its H2 and the id given. */
    public static TitledSection section(String id, List<AssessmentSummary.RoundFigures> rounds, Locale locale) {
        TitledSection section = new TitledSection(id, new Div().getTranslation("assessment.summary.title"));
        if (rounds.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("assessment.summary.none")));
            return section;
        }
        HtmlTable years = new HtmlTable(section.getTranslation("assessment.summary.years"),
                section.getTranslation("assessment.summary.year"), section.getTranslation("assessment.summary.invited"),
                section.getTranslation("assessment.summary.answered"), section.getTranslation("assessment.summary.rate"));
        for (AssessmentSummary.RoundFigures round : rounds) {
            years.row(String.valueOf(round.year()), number(round.invited(), locale), number(round.answered(), locale),
                    round.invited() == 0 ? "–" : decimal(round.percent(), locale) + " %");
        }
        section.add(years);
        for (AssessmentSummary.RoundFigures round : rounds.reversed()) {
            section.add(new H3(section.getTranslation("assessment.summary.round", String.valueOf(round.year()))));
            if (round.questions().isEmpty()) {
                section.add(new Paragraph(section.getTranslation("assessment.summary.no-answers")));
                continue;
            }
            HtmlTable averages = new HtmlTable(section.getTranslation("assessment.summary.averages", String.valueOf(round.year())),
                    section.getTranslation("assessment.summary.question"), section.getTranslation("assessment.summary.average"),
                    section.getTranslation("assessment.summary.answers"));
            round.questions().forEach(question -> averages.row(question.question().get(locale),
                    question.average() == null ? "–" : decimal(question.average(), locale), number(question.answers(), locale)));
            section.add(averages);
            if (!round.sectors().isEmpty()) {
                Map<UUID, String> names = round.questions().stream().collect(Collectors.toMap(
                        AssessmentSummary.QuestionAverage::questionId, question -> question.question().get(locale)));
                HtmlTable bySector = new HtmlTable(section.getTranslation("assessment.summary.sectors", String.valueOf(round.year())),
                        section.getTranslation("assessment.summary.question"), section.getTranslation("assessment.summary.sector"),
                        section.getTranslation("assessment.summary.average"), section.getTranslation("assessment.summary.answers"));
                List<AssessmentSummary.SectorAverage> sorted = new ArrayList<>(round.sectors());
                for (AssessmentSummary.SectorAverage average : sorted) {
                    bySector.row(names.getOrDefault(average.questionId(), "–"),
                            average.sector() == null ? section.getTranslation("assessment.summary.no-sector")
                                    : section.getTranslation("sector." + average.sector().name()),
                            decimal(average.average(), locale), number(average.answers(), locale));
                }
                section.add(bySector);
            }
        }
        return section;
    }

    private static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }
}
