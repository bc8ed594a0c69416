package fi.ekokartta.ecosystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where each actor of a {@link NetworkGraph} is drawn. Actors with relationships get a
 * Fruchterman–Reingold force layout with a fixed start (on a circle in the order of
 * {@link NetworkGraph#bySector()}), a fixed number of rounds and a pull to the centre that keeps
 * separate parts near each other; actors without relationships are set in rows below, in the same
 * order. There is no randomness, so the same network always gets the same picture.
 */
public final class NetworkLayout {

    public static final double WIDTH = 1000;
    static final double NETWORK_HEIGHT = 640;
    static final double MARGIN = 70;
    static final double ROW_HEIGHT = 56;
    static final double COLUMN_WIDTH = 140;
    private static final int ROUNDS = 400;
    private static final double GRAVITY = 0.2;

    public record Point(double x, double y) {
    }

    /** The actors' places, and the height of the picture they fit in ({@link #WIDTH} wide). */
    public record Layout(Map<UUID, Point> points, double height) {
    }

    private NetworkLayout() {
    }

    public static Layout of(NetworkGraph graph) {
        List<NetworkGraph.Node> connected = new ArrayList<>();
        List<NetworkGraph.Node> isolated = new ArrayList<>();
        for (NetworkGraph.Node node : graph.bySector()) {
            (graph.metrics(node.id()).isolated() ? isolated : connected).add(node);
        }
        Map<UUID, Point> points = new LinkedHashMap<>(force(connected, graph.links()));
        double top = connected.isEmpty() ? 30 : NETWORK_HEIGHT;
        int perRow = (int) ((WIDTH - 20) / COLUMN_WIDTH);
        for (int i = 0; i < isolated.size(); i++) {
            int row = i / perRow;
            int column = i % perRow;
            points.put(isolated.get(i).id(), new Point(10 + COLUMN_WIDTH / 2 + column * COLUMN_WIDTH, top + row * ROW_HEIGHT));
        }
        int rows = (isolated.size() + perRow - 1) / perRow;
        return new Layout(points, Math.max(top + rows * ROW_HEIGHT, 100));
    }

    private static Map<UUID, Point> force(List<NetworkGraph.Node> nodes, List<NetworkGraph.Link> links) {
        int n = nodes.size();
        Map<UUID, Integer> index = new LinkedHashMap<>();
        nodes.forEach(node -> index.put(node.id(), index.size()));
        double left = MARGIN;
        double right = WIDTH - MARGIN;
        double upper = 30;
        double lower = NETWORK_HEIGHT - MARGIN;
        double cx = (left + right) / 2;
        double cy = (upper + lower) / 2;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / Math.max(n, 1) - Math.PI / 2;
            x[i] = cx + Math.cos(angle) * (right - left) / 2;
            y[i] = cy + Math.sin(angle) * (lower - upper) / 2;
        }
        List<int[]> edges = new ArrayList<>();
        for (NetworkGraph.Link link : links) {
            Integer a = index.get(link.source());
            Integer b = index.get(link.target());
            if (a != null && b != null) {
                edges.add(new int[] {a, b});
            }
        }
        double k = 0.75 * Math.sqrt((right - left) * (lower - upper) / Math.max(n, 1));
        double start = WIDTH / 8;
        double temperature = start;
        for (int round = 0; round < ROUNDS && n > 1; round++) {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ddx = x[i] - x[j];
                    double ddy = y[i] - y[j];
                    double distance = Math.sqrt(ddx * ddx + ddy * ddy);
                    if (distance < 0.01) {
                        ddx = 0.01 * (i - j);
                        ddy = 0.01;
                        distance = Math.sqrt(ddx * ddx + ddy * ddy);
                    }
                    double force = k * k / distance;
                    dx[i] += ddx / distance * force;
                    dy[i] += ddy / distance * force;
                    dx[j] -= ddx / distance * force;
                    dy[j] -= ddy / distance * force;
                }
            }
            for (int[] edge : edges) {
                int a = edge[0];
                int b = edge[1];
                double ddx = x[a] - x[b];
                double ddy = y[a] - y[b];
                double distance = Math.max(Math.sqrt(ddx * ddx + ddy * ddy), 0.01);
                double force = distance * distance / k;
                dx[a] -= ddx / distance * force;
                dy[a] -= ddy / distance * force;
                dx[b] += ddx / distance * force;
                dy[b] += ddy / distance * force;
            }
            for (int i = 0; i < n; i++) {
                dx[i] += (cx - x[i]) * GRAVITY * k / 10;
                dy[i] += (cy - y[i]) * GRAVITY * k / 10;
                double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0) {
                    double step = Math.min(length, temperature);
                    x[i] += dx[i] / length * step;
                    y[i] += dy[i] / length * step;
                }
                x[i] = Math.clamp(x[i], left, right);
                y[i] = Math.clamp(y[i], upper, lower);
            }
            temperature = Math.max(start * (1 - (round + 1.0) / ROUNDS), 0.5);
        }
        Map<UUID, Point> points = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            points.put(nodes.get(i).id(), n == 1 ? new Point(cx, cy) : new Point(x[i], y[i]));
        }
        return points;
    }
}
