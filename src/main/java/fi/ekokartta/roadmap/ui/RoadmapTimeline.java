package fi.ekokartta.roadmap.ui;

import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.Roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static fi.ekokartta.base.ui.SvgText.escape;
import static fi.ekokartta.base.ui.SvgText.number;

/**
 * The roadmap drawn as an SVG timeline by quarters: a heading row per goal and a bar per action
 * from its start to its due date, coloured and patterned by status (the legend and the table
 * beside it say the same in words). One image to assistive technology, so it holds no links.
 */
final class RoadmapTimeline {

    static final int WIDTH = 800;
    private static final int LABEL_WIDTH = 260;
    private static final int ROW = 26;
    private static final int TOP = 40;

    private RoadmapTimeline() {
    }

    static String svg(List<Roadmap.GoalRow> goals, Locale locale, String summary, Function<String, String> translate) {
        LocalDate first = null;
        LocalDate last = null;
        int rows = 0;
        for (Roadmap.GoalRow goal : goals) {
            rows++;
            for (Roadmap.ActionRow action : goal.actions()) {
                rows++;
                for (LocalDate date : new LocalDate[] {action.start(), action.due(), goal.start(), goal.end()}) {
                    if (date != null) {
                        first = first == null || date.isBefore(first) ? date : first;
                        last = last == null || date.isAfter(last) ? date : last;
                    }
                }
            }
        }
        if (first == null) {
            first = LocalDate.now();
            last = first.plusMonths(12);
        }
        LocalDate from = quarterStart(first);
        LocalDate to = quarterStart(last).plusMonths(3);
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        int height = TOP + rows * ROW + 50;
        double scale = (WIDTH - LABEL_WIDTH - 10) / (double) days;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(escape(summary))
                .append("\" class=\"chart roadmap-timeline\"><title>").append(escape(summary)).append("</title>")
                .append("<defs><pattern id=\"roadmap-stripes\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#b35c00\"/>"
                        + "<rect width=\"3\" height=\"6\" fill=\"#ffffff\"/></pattern></defs>");
        for (LocalDate quarter = from; quarter.isBefore(to); quarter = quarter.plusMonths(3)) {
            double x = LABEL_WIDTH + (quarter.toEpochDay() - from.toEpochDay()) * scale;
            svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(TOP - 14).append("\" x2=\"").append(number(x))
                    .append("\" y2=\"").append(TOP + rows * ROW).append("\" stroke=\"#8a8a8a\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(number(x + 3)).append("\" y=\"").append(TOP - 18)
                    .append("\" font-size=\"12\" fill=\"#1f1f1f\">Q").append((quarter.getMonthValue() - 1) / 3 + 1)
                    .append('/').append(quarter.getYear() % 100).append("</text>");
        }
        int y = TOP;
        for (Roadmap.GoalRow goal : goals) {
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"14\" font-weight=\"bold\" fill=\"#1f1f1f\">")
                    .append(escape(fit(goal.title().get(locale), 34) + " (" + goal.progressPercent() + " %)")).append("</text>");
            y += ROW;
            for (Roadmap.ActionRow action : goal.actions()) {
                svg.append("<text x=\"12\" y=\"").append(y + 17).append("\" font-size=\"13\" fill=\"#1f1f1f\">")
                        .append(escape(fit(action.title().get(locale), 34))).append("</text>");
                LocalDate start = action.start() != null ? action.start() : action.due() != null ? action.due() : from;
                LocalDate end = action.due() != null ? action.due() : start.plusMonths(1);
                double x = LABEL_WIDTH + (start.toEpochDay() - from.toEpochDay()) * scale;
                double w = Math.max(4, (end.toEpochDay() - start.toEpochDay()) * scale);
                svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(y + 5).append("\" width=\"")
                        .append(number(w)).append("\" height=\"16\" ").append(fill(action.status()))
                        .append(" stroke=\"#1f1f1f\" stroke-width=\"1\"/>");
                y += ROW;
            }
        }
        int legendY = TOP + rows * ROW + 20;
        int legendX = 0;
        for (ProgressStatus status : ProgressStatus.values()) {
            svg.append("<rect x=\"").append(legendX).append("\" y=\"").append(legendY).append("\" width=\"16\" height=\"16\" ")
                    .append(fill(status)).append(" stroke=\"#1f1f1f\" stroke-width=\"1\"/><text x=\"").append(legendX + 22)
                    .append("\" y=\"").append(legendY + 13).append("\" font-size=\"13\" fill=\"#1f1f1f\">")
                    .append(escape(translate.apply("roadmap.status." + status))).append("</text>");
            legendX += 200;
        }
        return svg.append("</svg>").toString();
    }

    /** Planned: white with an outline; in progress: orange stripes; done: solid green. */
    private static String fill(ProgressStatus status) {
        return switch (status) {
            case PLANNED -> "fill=\"#ffffff\"";
            case IN_PROGRESS -> "fill=\"url(#roadmap-stripes)\"";
            case DONE -> "fill=\"#2e7d32\"";
        };
    }

    static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    private static String fit(String text, int characters) {
        return text == null ? "" : text.length() <= characters ? text : text.substring(0, characters - 1) + "…";
    }
}
