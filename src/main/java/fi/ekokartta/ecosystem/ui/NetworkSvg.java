package fi.ekokartta.ecosystem.ui;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.ecosystem.NetworkGraph;
import fi.ekokartta.ecosystem.NetworkLayout;
import fi.ekokartta.ecosystem.RelationshipType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static fi.ekokartta.base.ui.SvgText.escape;
import static fi.ekokartta.base.ui.SvgText.number;

/**
 * The network picture as SVG markup, drawn on the server from {@link NetworkLayout}: each actor a
 * circle coloured by sector and sized by its number of relationships, a link to its page with its
 * full name as the link's name; each relationship an arrow whose colour and line pattern tell its
 * type. The picture holds links, so it is a group (not an image) to assistive technology; the
 * tables beside it say the same in words. Same network, same bytes.
 */
final class NetworkSvg {

    static final int LABEL_CHARACTERS = 19;
    static final double FONT_SIZE = 13;
    /** An estimate of a character's width in the label font, as a share of the font size. */
    static final double CHARACTER_WIDTH = 0.56;

    /** Where a label sits beside its actor's circle, tried in this order. */
    enum Side { BELOW, ABOVE, RIGHT, LEFT, FAR_BELOW, FAR_ABOVE }

    /** A label placed: its lines, the first line's anchor point, text anchor and the box it covers (estimated from its characters). */
    record Label(List<String> lines, double x, double y, String anchor, Box box) {
    }

    /** The distance from one label line's baseline to the next. */
    static final double LINE_HEIGHT = FONT_SIZE * 1.15;

    record Box(double left, double top, double right, double bottom) {

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        double overlap(Box other) {
            double w = Math.min(right, other.right) - Math.max(left, other.left);
            double h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    /** How a relationship type is drawn: colour, dash pattern (empty: solid) and line width. */
    record Stroke(String colour, String dash, double width) {
    }

    static final Map<RelationshipType, Stroke> STROKES = Map.of(
            RelationshipType.REFERS_CLIENTS_TO, new Stroke("#1a5e8a", "", 2),
            RelationshipType.PARTNERS_WITH, new Stroke("#2e7d32", "8 4", 2),
            RelationshipType.FUNDS, new Stroke("#a34a00", "2 3", 2.5),
            RelationshipType.COORDINATES, new Stroke("#6a1b9a", "10 3 2 3", 2),
            RelationshipType.PART_OF, new Stroke("#4a4a4a", "", 4));

    static final Map<ActorSector, String> SECTOR_COLOURS = Map.of(
            ActorSector.MUNICIPALITY, "#1f5fa8",
            ActorSector.EMPLOYMENT_AREA, "#0d6e64",
            ActorSector.WELLBEING_COUNTY, "#b3261e",
            ActorSector.STATE_AGENCY, "#5b3a99",
            ActorSector.EDUCATION, "#9a5000",
            ActorSector.THIRD_SECTOR, "#2e7d32",
            ActorSector.COMPANY, "#6b5a00",
            ActorSector.PRIVATE_PROVIDER, "#8a2f6b",
            ActorSector.PROJECT, "#505050");
    static final String NO_SECTOR_COLOUR = "#707070";

    private NetworkSvg() {
    }

    static String sectorColour(ActorSector sector) {
        return sector == null ? NO_SECTOR_COLOUR : SECTOR_COLOURS.get(sector);
    }

    /**
     * @param name  an actor's name in the reader's language
     * @param title an actor's full description for its link (name, sector, figures)
     */
    static String svg(NetworkGraph graph, String summary, Function<NetworkGraph.Node, String> name,
                      Function<NetworkGraph.Node, String> title) {
        NetworkLayout.Layout layout = NetworkLayout.of(graph);
        Map<UUID, NetworkLayout.Point> points = layout.points();
        Map<UUID, Double> radius = new HashMap<>();
        graph.actors().forEach(node -> {
            NetworkGraph.Metrics metrics = graph.metrics(node.id());
            radius.put(node.id(), 7 + 2.2 * Math.sqrt(metrics.in() + metrics.out()));
        });
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(number(NetworkLayout.WIDTH)).append(' ').append(number(layout.height()))
                .append("\" width=\"100%\" role=\"group\" aria-label=\"").append(escape(summary))
                .append("\" class=\"network-picture\">");
        svg.append("<defs>");
        for (RelationshipType type : RelationshipType.values()) {
            svg.append("<marker id=\"network-arrow-").append(type.name()).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                    .append(" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(STROKES.get(type).colour()).append("\"/></marker>");
        }
        svg.append("</defs>");
        svg.append("<g class=\"network-links\" aria-hidden=\"true\">");
        Map<String, List<NetworkGraph.Link>> pairs = new java.util.LinkedHashMap<>();
        for (NetworkGraph.Link link : graph.links()) {
            pairs.computeIfAbsent(pairKey(link), key -> new ArrayList<>()).add(link);
        }
        for (List<NetworkGraph.Link> parallel : pairs.values()) {
            for (int i = 0; i < parallel.size(); i++) {
                NetworkGraph.Link link = parallel.get(i);
                double bend = (i - (parallel.size() - 1) / 2.0) * 22;
                // bends are measured on the pair's own direction, so opposite links bend apart
                if (link.source().compareTo(link.target()) > 0) {
                    bend = -bend;
                }
                edge(svg, link, points.get(link.source()), points.get(link.target()), radius.get(link.target()), bend);
            }
        }
        svg.append("</g><g class=\"network-actors\">");
        Map<UUID, Label> labels = labels(graph, points, radius, name, layout.height());
        for (NetworkGraph.Node node : graph.actors()) {
            NetworkLayout.Point at = points.get(node.id());
            double r = radius.get(node.id());
            String fullTitle = escape(title.apply(node));
            Label label = labels.get(node.id());
            svg.append("<a href=\"toimija/").append(node.id()).append("\" router-ignore=\"\" class=\"network-node\" aria-label=\"")
                    .append(fullTitle).append("\"><title>").append(fullTitle).append("</title>")
                    .append("<circle cx=\"").append(number(at.x())).append("\" cy=\"").append(number(at.y()))
                    .append("\" r=\"").append(number(r)).append("\" fill=\"").append(sectorColour(node.sector()))
                    .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
                    .append("<text x=\"").append(number(label.x())).append("\" y=\"").append(number(label.y()))
                    .append("\" text-anchor=\"").append(label.anchor()).append("\" font-size=\"").append(number(FONT_SIZE))
                    .append("\" fill=\"#1f1f1f\" stroke=\"#ffffff\" stroke-width=\"3\"")
                    .append(" paint-order=\"stroke\">");
            for (int i = 0; i < label.lines().size(); i++) {
                if (i > 0) {
                    // a space between the lines keeps the link's text its name ("Ylivieskan kaupunki"), WCAG 2.5.3
                    svg.append(' ');
                }
                svg.append("<tspan x=\"").append(number(label.x())).append("\" dy=\"").append(i == 0 ? "0" : number(LINE_HEIGHT))
                        .append("\">").append(escape(label.lines().get(i))).append("</tspan>");
            }
            svg.append("</text></a>");
        }
        return svg.append("</g></svg>").toString();
    }

    /**
     * Places the labels so they do not cover each other or other actors' circles: the biggest actors
     * (then by name) choose first, each the first side ({@link Side}) whose box is free and inside
     * the picture, or else the side covering least. Text widths are estimated from the number of
     * characters, so the result depends on the names only and is the same every time.
     */
    static Map<UUID, Label> labels(NetworkGraph graph, Map<UUID, NetworkLayout.Point> points, Map<UUID, Double> radius,
                                   Function<NetworkGraph.Node, String> name, double height) {
        List<Box> taken = new ArrayList<>();
        Map<UUID, Box> circles = new HashMap<>();
        for (NetworkGraph.Node node : graph.actors()) {
            NetworkLayout.Point at = points.get(node.id());
            double r = radius.get(node.id());
            circles.put(node.id(), new Box(at.x() - r, at.y() - r, at.x() + r, at.y() + r));
        }
        List<NetworkGraph.Node> order = new ArrayList<>(graph.actors());
        order.sort(java.util.Comparator.comparing((NetworkGraph.Node node) -> -radius.get(node.id()))
                .thenComparing(NetworkGraph.BY_NAME));
        Map<UUID, Label> placed = new java.util.LinkedHashMap<>();
        for (NetworkGraph.Node node : order) {
            List<String> text = fit(name.apply(node));
            NetworkLayout.Point at = points.get(node.id());
            double r = radius.get(node.id());
            Label best = null;
            double bestCost = Double.MAX_VALUE;
            for (Side side : Side.values()) {
                Label label = label(text, at, r, side);
                double cost = 0;
                for (Box box : taken) {
                    cost += box.overlap(label.box());
                }
                for (Map.Entry<UUID, Box> circle : circles.entrySet()) {
                    if (!circle.getKey().equals(node.id())) {
                        cost += circle.getValue().overlap(label.box());
                    }
                }
                Box box = label.box();
                if (box.left() < 0 || box.right() > NetworkLayout.WIDTH || box.top() < 0 || box.bottom() > height) {
                    cost += 100_000;
                }
                if (cost < bestCost) {
                    best = label;
                    bestCost = cost;
                }
                if (cost == 0) {
                    break;
                }
            }
            taken.add(best.box());
            placed.put(node.id(), best);
        }
        return placed;
    }

    private static Label label(List<String> lines, NetworkLayout.Point at, double r, Side side) {
        double width = lines.stream().mapToInt(String::length).max().orElse(0) * FONT_SIZE * CHARACTER_WIDTH;
        double ascent = FONT_SIZE * 0.8;
        double descent = FONT_SIZE * 0.25 + (lines.size() - 1) * LINE_HEIGHT;
        double extra = (lines.size() - 1) * LINE_HEIGHT;
        double gap = 4;
        return switch (side) {
            case BELOW -> centred(lines, at.x(), at.y() + r + gap + ascent, width, ascent, descent);
            case ABOVE -> centred(lines, at.x(), at.y() - r - gap - descent, width, ascent, descent);
            case FAR_BELOW -> centred(lines, at.x(), at.y() + r + gap + ascent + FONT_SIZE * 1.2, width, ascent, descent);
            case FAR_ABOVE -> centred(lines, at.x(), at.y() - r - gap - descent - FONT_SIZE * 1.2, width, ascent, descent);
            case RIGHT -> {
                double x = at.x() + r + gap;
                double y = at.y() + (ascent - FONT_SIZE * 0.25 - extra) / 2;
                yield new Label(lines, x, y, "start", new Box(x, y - ascent, x + width, y + descent));
            }
            case LEFT -> {
                double x = at.x() - r - gap;
                double y = at.y() + (ascent - FONT_SIZE * 0.25 - extra) / 2;
                yield new Label(lines, x, y, "end", new Box(x - width, y - ascent, x, y + descent));
            }
        };
    }

    private static Label centred(List<String> lines, double x, double y, double width, double ascent, double descent) {
        return new Label(lines, x, y, "middle", new Box(x - width / 2, y - ascent, x + width / 2, y + descent));
    }

    private static String pairKey(NetworkGraph.Link link) {
        return link.source().compareTo(link.target()) < 0 ? link.source() + "-" + link.target()
                : link.target() + "-" + link.source();
    }

    private static void edge(StringBuilder svg, NetworkGraph.Link link, NetworkLayout.Point from, NetworkLayout.Point to,
                             double targetRadius, double bend) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01);
        // the control point sits off the middle, square to the line
        double mx = (from.x() + to.x()) / 2 - dy / length * bend;
        double my = (from.y() + to.y()) / 2 + dx / length * bend;
        double ex = to.x() - mx;
        double ey = to.y() - my;
        double endLength = Math.max(Math.sqrt(ex * ex + ey * ey), 0.01);
        double endX = to.x() - ex / endLength * (targetRadius + 3);
        double endY = to.y() - ey / endLength * (targetRadius + 3);
        Stroke stroke = STROKES.get(link.type());
        svg.append("<path d=\"M").append(number(from.x())).append(',').append(number(from.y()))
                .append(" Q").append(number(mx)).append(',').append(number(my))
                .append(' ').append(number(endX)).append(',').append(number(endY))
                .append("\" fill=\"none\" stroke=\"").append(stroke.colour()).append("\" stroke-width=\"")
                .append(number(stroke.width())).append('"');
        if (!stroke.dash().isEmpty()) {
            svg.append(" stroke-dasharray=\"").append(stroke.dash()).append('"');
        }
        svg.append(" marker-end=\"url(#network-arrow-").append(link.type().name()).append(")\"/>");
    }

    /** A small sample of a relationship type's line, for the legend. */
    static String lineSample(RelationshipType type) {
        Stroke stroke = STROKES.get(type);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 12\" width=\"40\" height=\"12\" aria-hidden=\"true\">"
                + "<line x1=\"1\" y1=\"6\" x2=\"39\" y2=\"6\" stroke=\"" + stroke.colour() + "\" stroke-width=\""
                + number(stroke.width()) + "\"" + (stroke.dash().isEmpty() ? "" : " stroke-dasharray=\"" + stroke.dash() + "\"")
                + "/></svg>";
    }

    /** A small sample of a sector's colour, for the legend. */
    static String sectorSample(ActorSector sector) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\">"
                + "<circle cx=\"7\" cy=\"7\" r=\"6\" fill=\"" + sectorColour(sector) + "\"/></svg>";
    }

    /**
     * A name as a label of at most two lines of about {@value #LABEL_CHARACTERS} characters, broken
     * at spaces (a word longer than a line stays whole). What does not fit is cut at a word
     * boundary, and before a parenthesis it would leave open (so the link's visible text is part
     * of its name, WCAG 2.5.3), and marked with an ellipsis. Two lines keep names that start alike
     * ("Ylivieskan kaupunki", "Ylivieskan työllisyyspalvelut") apart.
     */
    static List<String> fit(String text) {
        if (text == null || text.isBlank()) {
            return List.of("");
        }
        String[] words = text.strip().split("\\s+");
        List<String> lines = new ArrayList<>();
        int next = 0;
        while (lines.size() < 2 && next < words.length) {
            StringBuilder line = new StringBuilder(words[next++]);
            while (next < words.length && line.length() + 1 + words[next].length() <= LABEL_CHARACTERS) {
                line.append(' ').append(words[next++]);
            }
            lines.add(line.toString());
        }
        if (next == words.length) {
            return lines;
        }
        String shown = String.join(" ", lines);
        int open = shown.lastIndexOf('(');
        if (open > 0 && shown.indexOf(')', open) < 0) {
            // a parenthesis left open is no whole part of the name: cut before it
            lines = new ArrayList<>(fit(shown.substring(0, open)));
        }
        lines.set(lines.size() - 1, lines.getLast() + "…");
        return lines;
    }
}
