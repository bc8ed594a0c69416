package fi.ekokartta.ecosystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where each actor of a {@link NetworkGraph} is drawn: a Fruchterman–Reingold force layout with a
 * fixed start (the actors on a circle in the order of {@link NetworkGraph#bySector()}), a fixed
 * number of rounds and a pull to the centre that keeps unconnected actors in the picture. There
 * is no randomness, so the same network always gets the same picture.
 */
public final class NetworkLayout {

    public static final double WIDTH = 1000;
    public static final double HEIGHT = 720;
    private static final double MARGIN = 60;
    private static final int ROUNDS = 300;
    private static final double GRAVITY = 0.04;

    public record Point(double x, double y) {
    }

    private NetworkLayout() {
    }

    public static Map<UUID, Point> of(NetworkGraph graph) {
        List<NetworkGraph.Node> nodes = graph.bySector();
        int n = nodes.size();
        Map<UUID, Integer> index = new LinkedHashMap<>();
        nodes.forEach(node -> index.put(node.id(), index.size()));
        double[] x = new double[n];
        double[] y = new double[n];
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / Math.max(n, 1) - Math.PI / 2;
            x[i] = cx + Math.cos(angle) * (WIDTH / 2 - MARGIN);
            y[i] = cy + Math.sin(angle) * (HEIGHT / 2 - MARGIN);
        }
        List<int[]> edges = new ArrayList<>();
        for (NetworkGraph.Link link : graph.links()) {
            edges.add(new int[] {index.get(link.source()), index.get(link.target())});
        }
        double k = 0.9 * Math.sqrt((WIDTH - 2 * MARGIN) * (HEIGHT - 2 * MARGIN) / Math.max(n, 1));
        double temperature = WIDTH / 10;
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
                x[i] = Math.clamp(x[i], MARGIN, WIDTH - MARGIN);
                y[i] = Math.clamp(y[i], MARGIN / 2, HEIGHT - MARGIN);
            }
            temperature = Math.max(WIDTH / 10 * (1 - (round + 1.0) / ROUNDS), 1);
        }
        Map<UUID, Point> points = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            points.put(nodes.get(i).id(), n == 1 ? new Point(cx, cy) : new Point(x[i], y[i]));
        }
        return points;
    }
}
