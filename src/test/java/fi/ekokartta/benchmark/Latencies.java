package fi.ekokartta.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured durations and their percentiles, in milliseconds. */
final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    double percentile(double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    void addAll(Latencies other) {
        nanos.addAll(other.nanos);
    }

    int count() {
        return nanos.size();
    }

    String summary() {
        return String.format("p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (%d requests)", percentile(50), percentile(95),
                percentile(99), count());
    }
}
