package fi.ekokartta.calendar.ui;

import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.calendar.EventOccurrence;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static fi.ekokartta.calendar.ui.CategoryStyle.n;

import static fi.ekokartta.base.ui.SvgText.escape;

/**
 * The Finnish year wheel (vuosikello) drawn as SVG on the server: the twelve months around the
 * rim, clockwise from January at the top, one ring per category shown (the first outermost), each
 * occurrence a mark of its category's colour and shape on its date, and today as a line from the
 * centre. Every mark is a link to the event with its name and date as the link's title, in date
 * order so that Tab walks through the year. The picture is a group, not an image, so its links
 * stay reachable.
 */
final class YearWheel {

    static final int SIZE = 640;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RIM_OUTER = 306;
    private static final double RIM_INNER = 258;
    private static final double RINGS_OUTER = 252;
    private static final double RINGS_INNER = 96;
    private static final double MAX_RING = 44;

    private YearWheel() {
    }

    /**
     * @param categories the rings, outermost first
     * @param href       an occurrence's link
     * @param label      an occurrence's name and date
     */
    static String svg(int year, List<EventOccurrence> occurrences, List<EventCategory> categories, LocalDate today,
                      Locale locale, String summary, Function<EventOccurrence, String> href,
                      Function<EventOccurrence, String> label, String todayText, String countText) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE)
                .append(' ').append(SIZE).append("\" role=\"group\" aria-label=\"").append(escape(summary))
                .append("\" class=\"year-wheel-svg\">");
        int days = LocalDate.of(year, 1, 1).lengthOfYear();
        rim(svg, year, days, locale);
        Map<EventCategory, double[]> rings = rings(svg, categories);
        dividers(svg, year, days, rings.isEmpty() ? RINGS_OUTER : RINGS_INNER);
        centre(svg, year, countText, today.getYear() == year ? todayText : null);
        if (today.getYear() == year) {
            double angle = angle(today, days);
            svg.append("<g class=\"wheel-today\" aria-hidden=\"true\">")
                    .append(line(angle, RINGS_INNER - 8, RIM_INNER - 2, "#b3002d", 2.5, "6 3")).append("</g>");
        }
        marks(svg, occurrences, rings, days, href, label);
        return svg.append("</svg>").toString();
    }

    private static void rim(StringBuilder svg, int year, int days, Locale locale) {
        svg.append("<g class=\"wheel-months\" aria-hidden=\"true\">");
        for (Month month : Month.values()) {
            LocalDate first = LocalDate.of(year, month, 1);
            double from = angle(first, days) - 180.0 / days;
            double to = angle(first.plusMonths(1).minusDays(1), days) + 180.0 / days;
            svg.append("<path d=\"").append(sector(from, to, RIM_INNER, RIM_OUTER)).append("\" fill=\"")
                    .append(month.getValue() % 2 == 0 ? "#dce8ef" : "#eaf2f5").append("\"/>");
            double middle = (from + to) / 2;
            double[] at = point(middle, (RIM_INNER + RIM_OUTER) / 2);
            double rotation = middle > 90 && middle < 270 ? middle + 180 : middle;
            String transform = "rotate(" + n(rotation) + " " + n(at[0]) + " " + n(at[1]) + ")";
            svg.append("<text x=\"").append(n(at[0])).append("\" y=\"").append(n(at[1]))
                    .append("\" text-anchor=\"middle\" dominant-baseline=\"central\" transform=\"").append(transform)
                    .append("\" class=\"month-long\">").append(escape(capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)))
                    .append("</text>");
            svg.append("<text x=\"").append(n(at[0])).append("\" y=\"").append(n(at[1]))
                    .append("\" text-anchor=\"middle\" dominant-baseline=\"central\" transform=\"").append(transform)
                    .append("\" class=\"month-short\">").append(escape(shortName(month, locale))).append("</text>");
        }
        svg.append("</g>");
    }

    /** The rings' radii (inner, outer), outermost first, each drawn as a faint band of its colour. */
    private static Map<EventCategory, double[]> rings(StringBuilder svg, List<EventCategory> categories) {
        Map<EventCategory, double[]> rings = new EnumMap<>(EventCategory.class);
        if (categories.isEmpty()) {
            return rings;
        }
        double width = Math.min(MAX_RING, (RINGS_OUTER - RINGS_INNER) / categories.size());
        svg.append("<g class=\"wheel-rings\" aria-hidden=\"true\">");
        double outer = RINGS_OUTER;
        for (EventCategory category : categories) {
            double inner = outer - width;
            rings.put(category, new double[]{inner, outer});
            double middle = (inner + outer) / 2;
            svg.append("<circle cx=\"").append(n(CENTRE)).append("\" cy=\"").append(n(CENTRE)).append("\" r=\"").append(n(middle))
                    .append("\" fill=\"none\" stroke=\"").append(CategoryStyle.colour(category))
                    .append("\" stroke-opacity=\"0.14\" stroke-width=\"").append(n(width - 1)).append("\"/>");
            svg.append("<circle cx=\"").append(n(CENTRE)).append("\" cy=\"").append(n(CENTRE)).append("\" r=\"").append(n(inner))
                    .append("\" fill=\"none\" stroke=\"#c9d4db\" stroke-width=\"1\"/>");
            outer = inner;
        }
        svg.append("</g>");
        return rings;
    }

    private static void dividers(StringBuilder svg, int year, int days, double inner) {
        svg.append("<g class=\"wheel-dividers\" aria-hidden=\"true\">");
        for (Month month : Month.values()) {
            double angle = angle(LocalDate.of(year, month, 1), days) - 180.0 / days;
            svg.append(line(angle, inner, RIM_OUTER, "#ffffff", 2, null));
            svg.append(line(angle, inner, RINGS_OUTER, "#9fb3c1", 1, null));
        }
        svg.append("</g>");
    }

    private static void centre(StringBuilder svg, int year, String countText, String todayText) {
        svg.append("<g class=\"wheel-centre\" aria-hidden=\"true\"><circle cx=\"").append(n(CENTRE)).append("\" cy=\"")
                .append(n(CENTRE)).append("\" r=\"").append(n(RINGS_INNER - 12)).append("\" fill=\"#ffffff\" stroke=\"#c9d4db\"/>");
        svg.append("<text x=\"").append(n(CENTRE)).append("\" y=\"").append(n(CENTRE - 8))
                .append("\" text-anchor=\"middle\" class=\"wheel-year\">").append(year).append("</text>");
        svg.append("<text x=\"").append(n(CENTRE)).append("\" y=\"").append(n(CENTRE + 20))
                .append("\" text-anchor=\"middle\" class=\"wheel-count\">").append(escape(countText)).append("</text>");
        if (todayText != null) {
            svg.append("<text x=\"").append(n(CENTRE)).append("\" y=\"").append(n(CENTRE + 42))
                    .append("\" text-anchor=\"middle\" class=\"wheel-today-text\">").append(escape(todayText)).append("</text>");
        }
        svg.append("</g>");
    }

    /** The marks, in date order; marks too close on a ring move aside into a lane of their own. */
    private static void marks(StringBuilder svg, List<EventOccurrence> occurrences, Map<EventCategory, double[]> rings,
                              int days, Function<EventOccurrence, String> href, Function<EventOccurrence, String> label) {
        Map<EventCategory, List<Double>> laneEnds = new EnumMap<>(EventCategory.class);
        svg.append("<g class=\"wheel-events\">");
        for (EventOccurrence occurrence : occurrences) {
            double[] ring = rings.get(occurrence.category());
            if (ring == null) {
                continue;
            }
            double width = ring[1] - ring[0];
            double size = Math.max(4.5, Math.min(8.5, width * 0.3));
            double middle = (ring[0] + ring[1]) / 2;
            double angle = angle(occurrence.date(), days);
            double[] offsets = {0, -0.27 * width, 0.27 * width};
            List<Double> ends = laneEnds.computeIfAbsent(occurrence.category(), category -> new ArrayList<>(
                    List.of(-1000.0, -1000.0, -1000.0)));
            int lane = 0;
            double best = -1;
            for (int i = 0; i < offsets.length; i++) {
                double gap = Math.toRadians(angle - ends.get(i)) * (middle + offsets[i]);
                if (gap >= size * 2.2) {
                    lane = i;
                    break;
                }
                if (gap > best) {
                    best = gap;
                    lane = i;
                }
            }
            ends.set(lane, angle);
            double[] at = point(angle, middle + offsets[lane]);
            String name = label.apply(occurrence);
            svg.append("<a href=\"").append(escape(href.apply(occurrence))).append("\" class=\"wheel-event ")
                    .append(CategoryStyle.cssClass(occurrence.category())).append("\" aria-label=\"").append(escape(name))
                    .append("\"><title>").append(escape(name)).append("</title>")
                    .append("<circle cx=\"").append(n(at[0])).append("\" cy=\"").append(n(at[1])).append("\" r=\"")
                    .append(n(size + 4)).append("\" class=\"hit\" fill=\"transparent\"/>")
                    .append(CategoryStyle.shape(occurrence.category(), at[0], at[1], size)).append("</a>");
        }
        svg.append("</g>");
    }

    /** Degrees clockwise from the top: the middle of the day. */
    static double angle(LocalDate date, int days) {
        return 360.0 * (date.getDayOfYear() - 0.5) / days;
    }

    private static double[] point(double angle, double radius) {
        double radians = Math.toRadians(angle);
        return new double[]{CENTRE + radius * Math.sin(radians), CENTRE - radius * Math.cos(radians)};
    }

    private static String line(double angle, double from, double to, String colour, double width, String dash) {
        double[] a = point(angle, from);
        double[] b = point(angle, to);
        return "<line x1=\"" + n(a[0]) + "\" y1=\"" + n(a[1]) + "\" x2=\"" + n(b[0]) + "\" y2=\"" + n(b[1]) + "\" stroke=\""
                + colour + "\" stroke-width=\"" + n(width) + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/>";
    }

    private static String sector(double from, double to, double inner, double outer) {
        double[] a = point(from, outer);
        double[] b = point(to, outer);
        double[] c = point(to, inner);
        double[] d = point(from, inner);
        int large = to - from > 180 ? 1 : 0;
        return "M" + n(a[0]) + " " + n(a[1]) + " A" + n(outer) + " " + n(outer) + " 0 " + large + " 1 " + n(b[0]) + " " + n(b[1])
                + " L" + n(c[0]) + " " + n(c[1]) + " A" + n(inner) + " " + n(inner) + " 0 " + large + " 0 " + n(d[0]) + " "
                + n(d[1]) + " Z";
    }

    static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** A month's name short enough for a phone: tammi, jan, Jan. */
    static String shortName(Month month, Locale locale) {
        String name = month.getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", "");
        return capitalized(name, locale);
    }
}
