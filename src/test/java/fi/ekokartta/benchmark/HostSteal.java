package fi.ekokartta.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the machine's CPU time its host took (Linux "steal" in /proc/stat) while something
 * was measured. On a shared virtual machine this explains much of the difference between runs.
 */
final class HostSteal {

    private static final Path STAT = Path.of("/proc/stat");
    private static final int STEAL = 8;

    private final long[] start;

    private HostSteal(long[] start) {
        this.start = start;
    }

    static HostSteal start() {
        return new HostSteal(cpuTimes());
    }

    /** "host took N % of the CPU time", or that it is not known on this system. */
    String report() {
        long[] end = cpuTimes();
        if (start.length <= STEAL || end.length <= STEAL) {
            return "host steal not known";
        }
        long total = 0;
        for (int i = 1; i <= STEAL; i++) {
            total += end[i] - start[i];
        }
        return total <= 0 ? "host steal not known"
                : String.format("host took %.0f %% of the CPU time (steal)", 100.0 * (end[STEAL] - start[STEAL]) / total);
    }

    /** The machine-wide "cpu" line: user, nice, system, idle, iowait, irq, softirq, steal at indexes 1 to 8. */
    private static long[] cpuTimes() {
        try {
            String[] fields = Files.readAllLines(STAT).getFirst().split("\\s+");
            if (!fields[0].equals("cpu")) {
                return new long[0];
            }
            long[] times = new long[fields.length];
            for (int i = 1; i < fields.length; i++) {
                times[i] = Long.parseLong(fields[i]);
            }
            return times;
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }
}
