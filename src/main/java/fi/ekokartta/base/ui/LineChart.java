package fi.ekokartta.base.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of per cents over time, drawn on the server as SVG: a 0–100 % scale with grid
 * lines at every quarter, one point per period labelled below. Deterministic, scalable by its
 * viewBox; always shown beside a table of the same numbers.
 */
public class LineChart {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 180;
    private static final String LINE_COLOUR = "#1a5e8a";
    private static final String TEXT_COLOUR = "#1f1f1f";
    private static final String GRID_COLOUR = "#767676";

    private record Point(String label, double percent, String valueText) {
    }

    private final List<Point> points = new ArrayList<>();

    public LineChart add(String label, double percent, String valueText) {
        points.add(new Point(label, Math.clamp(percent, 0, 100), valueText));
        return this;
    }

    public String svg(String summary) {
        StringBuilder svg = SvgText.open(WIDTH, HEIGHT, summary);
        for (int percent = 0; percent <= 100; percent += 25) {
            String y = SvgText.number(y(percent));
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(GRID_COLOUR).append("\" stroke-width=\"0.5\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(SvgText.number(y(percent) + 5))
                    .append("\" font-size=\"13\" text-anchor=\"end\" fill=\"").append(TEXT_COLOUR).append("\">")
                    .append(percent).append(" %</text>");
        }
        StringBuilder line = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            String x = SvgText.number(x(i));
            String y = SvgText.number(y(point.percent()));
            line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            marks.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"")
                    .append(LINE_COLOUR).append("\"><title>").append(SvgText.escape(point.label() + ": " + point.valueText()))
                    .append("</title></circle>");
            if (i % 2 == (points.size() - 1) % 2) {
                marks.append("<text x=\"").append(x).append("\" y=\"").append(BOTTOM + 20)
                        .append("\" font-size=\"13\" text-anchor=\"middle\" fill=\"").append(TEXT_COLOUR).append("\">")
                        .append(SvgText.escape(point.label())).append("</text>");
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(LINE_COLOUR).append("\" stroke-width=\"2.5\" points=\"")
                .append(line).append("\"/>").append(marks);
        return svg.append("</svg>").toString();
    }

    private double x(int index) {
        double span = WIDTH - LEFT - RIGHT - 16;
        return LEFT + 8 + (points.size() <= 1 ? span / 2 : span * index / (points.size() - 1));
    }

    private static double y(double percent) {
        return BOTTOM - (BOTTOM - TOP) * percent / 100;
    }
}
