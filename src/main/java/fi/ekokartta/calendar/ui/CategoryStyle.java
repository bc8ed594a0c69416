package fi.ekokartta.calendar.ui;

import fi.ekokartta.calendar.EventCategory;

import java.util.Locale;

/**
 * How a category is drawn: a colour of the Okabe–Ito palette (told apart also with colour
 * blindness) and a shape of its own, so that colour is never the only cue. Every mark has a dark
 * outline for contrast on the light background.
 */
final class CategoryStyle {

    static final String OUTLINE = "#17242e";

    private CategoryStyle() {
    }

    static String colour(EventCategory category) {
        return switch (category) {
            case ECOSYSTEM_FORUM -> "#0072B2";
            case FORESIGHT_FORUM -> "#D55E00";
            case STEERING_GROUP -> "#009E73";
            case NETWORK_MEETING -> "#CC79A7";
            case TRAINING -> "#E69F00";
            case RECRUITMENT_EVENT -> "#56B4E9";
            case DEADLINE -> "#3b3b3b";
        };
    }

    /** The class naming the category in HTML and SVG: category-training. */
    static String cssClass(EventCategory category) {
        return "category-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category's shape centred on (x, y), about 2 × size across. */
    static String shape(EventCategory category, double x, double y, double size) {
        String fill = " fill=\"" + colour(category) + "\" stroke=\"" + OUTLINE + "\" stroke-width=\"1.5\" class=\"mark\"";
        return switch (category) {
            case ECOSYSTEM_FORUM -> "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"" + n(size) + "\"" + fill + "/>";
            case FORESIGHT_FORUM -> polygon(x, y, size * 1.15, 4, 0, fill);
            case STEERING_GROUP -> "<rect x=\"" + n(x - size * 0.88) + "\" y=\"" + n(y - size * 0.88) + "\" width=\""
                    + n(size * 1.76) + "\" height=\"" + n(size * 1.76) + "\"" + fill + "/>";
            case NETWORK_MEETING -> polygon(x, y, size * 1.1, 6, 0, fill);
            case TRAINING -> polygon(x, y, size * 1.2, 3, 0, fill);
            case RECRUITMENT_EVENT -> star(x, y, size * 1.25, fill);
            case DEADLINE -> polygon(x, y, size * 1.2, 3, Math.PI, fill);
        };
    }

    /** A small picture of the shape for legends and lists, hidden from assistive technology (the name is beside it). */
    static String symbol(EventCategory category) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 20\" width=\"18\" height=\"18\" aria-hidden=\"true\""
                + " focusable=\"false\" class=\"category-symbol\">" + shape(category, 10, 10, 6.5) + "</svg>";
    }

    private static String polygon(double x, double y, double radius, int corners, double turn, String fill) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < corners; i++) {
            double angle = turn + 2 * Math.PI * i / corners;
            points.append(i == 0 ? "" : " ").append(n(x + radius * Math.sin(angle))).append(',')
                    .append(n(y - radius * Math.cos(angle)));
        }
        return "<polygon points=\"" + points + "\"" + fill + "/>";
    }

    private static String star(double x, double y, double radius, String fill) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.48;
            double angle = Math.PI * i / 5;
            points.append(i == 0 ? "" : " ").append(n(x + r * Math.sin(angle))).append(',').append(n(y - r * Math.cos(angle)));
        }
        return "<polygon points=\"" + points + "\"" + fill + "/>";
    }

    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
