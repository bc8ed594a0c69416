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
        for (NetworkGraph.Node node : graph.actors()) {
            NetworkLayout.Point at = points.get(node.id());
            double r = radius.get(node.id());
            String fullTitle = escape(title.apply(node));
            svg.append("<a href=\"toimija/").append(node.id()).append("\" router-ignore=\"\" class=\"network-node\" aria-label=\"")
                    .append(fullTitle).append("\"><title>").append(fullTitle).append("</title>")
                    .append("<circle cx=\"").append(number(at.x())).append("\" cy=\"").append(number(at.y()))
                    .append("\" r=\"").append(number(r)).append("\" fill=\"").append(sectorColour(node.sector()))
                    .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
                    .append("<text x=\"").append(number(at.x())).append("\" y=\"").append(number(at.y() + r + 14))
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1f1f1f\" stroke=\"#ffffff\" stroke-width=\"3\"")
                    .append(" paint-order=\"stroke\">").append(escape(fit(name.apply(node)))).append("</text></a>");
        }
        return svg.append("</g></svg>").toString();
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
     * A name shortened for its label at a word boundary and before a parenthesis it would leave open
     * (so the link's visible text is part of its name, WCAG 2.5.3), marked with an ellipsis; a first
     * word longer than the limit stays whole.
     */
    static String fit(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= LABEL_CHARACTERS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LABEL_CHARACTERS - 1);
        if (cut <= 0) {
            int space = text.indexOf(' ');
            return space < 0 ? text : text.substring(0, space) + "…";
        }
        String shown = text.substring(0, cut).stripTrailing();
        int open = shown.lastIndexOf('(');
        if (open > 0 && shown.indexOf(')', open) < 0) {
            // a parenthesis left open is no whole part of the name: cut before it
            shown = shown.substring(0, open).stripTrailing();
        }
        return shown + "…";
    }
}
