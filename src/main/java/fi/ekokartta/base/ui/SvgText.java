package fi.ekokartta.base.ui;

import java.util.Locale;

/** Text and numbers as they go into server-drawn SVG: escaped, and numbers the same in every language. */
public final class SvgText {

    private SvgText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A coordinate with one decimal at most, always with a full stop. */
    public static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** A label cut to fit a line of the chart; the table beside the chart holds it in full. */
    static String fit(String text, int characters) {
        return text.length() <= characters ? text : text.substring(0, characters - 1) + "…";
    }

    /** The opening of a chart: scalable by its viewBox, an image to assistive technology, summarized by its title. */
    static StringBuilder open(int width, int height, String summary) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(escape(summary)).append("\" class=\"chart\">")
                .append("<title>").append(escape(summary)).append("</title>");
    }
}
