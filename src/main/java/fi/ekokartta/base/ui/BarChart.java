package fi.ekokartta.base.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG: one bar per row with its label above it and
 * its value after it, each bar a link to what it counts. The drawing scales with its viewBox and
 * keeps a phone-readable text size at 360 px; the same output for the same rows, so it can be
 * tested and cached. Always shown beside a table of the same numbers.
 */
public class BarChart {

    static final int WIDTH = 400;
    private static final int ROW_HEIGHT = 44;
    private static final int LABEL_CHARACTERS = 48;
    private static final String BAR_COLOUR = "#1a5e8a";
    private static final String TEXT_COLOUR = "#1f1f1f";

    private record Bar(String label, double value, String valueText) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private double maximum;

    /**
     * A bar of the value, labelled, its value written out as the text (e.g. "12" or "80 %"). The
     * chart is one image to assistive technology, so it holds no links: the table shown with it
     * links each figure to its filtered list.
     */
    public BarChart add(String label, double value, String valueText) {
        bars.add(new Bar(label, value, valueText));
        maximum = Math.max(maximum, value);
        return this;
    }

    /** Bars scaled to a fixed maximum (100 for per cents) rather than to the largest. */
    public BarChart scaledTo(double maximum) {
        this.maximum = Math.max(this.maximum, maximum);
        return this;
    }

    /** The chart as SVG markup, summarized for screen readers. */
    public String svg(String summary) {
        int height = Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT);
        StringBuilder svg = SvgText.open(WIDTH, height, summary);
        double barSpace = WIDTH - 60;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = i * ROW_HEIGHT;
            double length = maximum <= 0 ? 0 : bar.value() / maximum * barSpace;
            StringBuilder row = new StringBuilder();
            row.append("<text x=\"0\" y=\"").append(top + 15).append("\" font-size=\"14\" fill=\"").append(TEXT_COLOUR)
                    .append("\">").append(SvgText.escape(SvgText.fit(bar.label(), LABEL_CHARACTERS))).append("</text>");
            row.append("<rect x=\"0\" y=\"").append(top + 21).append("\" width=\"").append(SvgText.number(Math.max(length, 1)))
                    .append("\" height=\"16\" fill=\"").append(BAR_COLOUR).append("\"/>");
            row.append("<text x=\"").append(SvgText.number(Math.max(length, 1) + 6)).append("\" y=\"").append(top + 34)
                    .append("\" font-size=\"14\" fill=\"").append(TEXT_COLOUR).append("\">")
                    .append(SvgText.escape(bar.valueText())).append("</text>");
            svg.append(row);
        }
        return svg.append("</svg>").toString();
    }
}
