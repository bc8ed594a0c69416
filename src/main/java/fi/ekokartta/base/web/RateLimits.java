package fi.ekokartta.base.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The rate limits of anonymous use, per client address ({@code ekokartta.rate-limit.*}): the
 * search API and the widget (by default 20 requests a second, 60 at once, generous for a person
 * or a harvester and too few for stalling the searches of others), and the report and feedback
 * forms (by default 5 per 10 minutes; 100 messages had been stored in 9 s from one session).
 */
@Component
public class RateLimits {

    private static final String UNKNOWN_ADDRESS = "unknown";

    private final RateLimiter search;
    private final RateLimiter forms;

    RateLimits(@Value("${ekokartta.rate-limit.search.per-second:20}") long searchesPerSecond,
               @Value("${ekokartta.rate-limit.search.burst:60}") long searchBurst,
               @Value("${ekokartta.rate-limit.forms.count:5}") long forms,
               @Value("${ekokartta.rate-limit.forms.period:10m}") Duration formPeriod,
               @Value("${ekokartta.rate-limit.addresses:100000}") long maxAddresses) {
        this.search = new RateLimiter(searchBurst, searchesPerSecond, Duration.ofSeconds(1), maxAddresses);
        this.forms = new RateLimiter(forms, forms, formPeriod, maxAddresses);
    }

    /** One request to the search API or the widget from the current client. */
    public RateLimiter.Decision takeSearch(String address) {
        return search.tryTake(address);
    }

    /** Admits one form submission from the current client, or throws {@link RateLimitedException}. */
    public void admitForm() {
        RateLimiter.Decision decision = forms.tryTake(ClientAddress.current().orElse(UNKNOWN_ADDRESS));
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfter());
        }
    }

    /** Forgets every client, as after a restart (tests begin each from a fresh client). */
    public void forgetAll() {
        search.forgetAll();
        forms.forgetAll();
    }
}
