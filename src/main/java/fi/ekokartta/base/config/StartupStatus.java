package fi.ekokartta.base.config;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What start-up has finished: features report here when their data is in place (the seed loaded or
 * skipped, the search index complete), and readiness waits for all of them.
 */
@Component
public class StartupStatus {

    public enum Step { SEED, SEARCH_INDEX }

    private final Map<Step, String> done = new LinkedHashMap<>();

    public synchronized void completed(Step step, String detail) {
        done.put(step, detail);
    }

    public synchronized boolean isComplete() {
        return done.size() == Step.values().length;
    }

    public synchronized Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        for (Step step : Step.values()) {
            details.put(step.name().toLowerCase(), done.getOrDefault(step, "pending"));
        }
        return details;
    }
}
