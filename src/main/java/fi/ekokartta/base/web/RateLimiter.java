package fi.ekokartta.base.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

import java.time.Duration;

/**
 * A token bucket per client address: {@code capacity} requests at once, refilled by
 * {@code refill} every {@code period}. Buckets are kept at most until they would be full again
 * (a full bucket is the same as a new one) and for at most {@code maxAddresses} addresses, so
 * memory stays bounded whatever the number of addresses.
 */
public final class RateLimiter {

    /** Whether a request may proceed, and if not, how long until it may. */
    public record Decision(boolean allowed, Duration retryAfter) {

        /** Whole seconds for a Retry-After header, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final long capacity;
    private final long refill;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(long capacity, long refill, Duration period, long maxAddresses) {
        if (capacity < 1 || refill < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity, a refill and a period above zero");
        }
        this.capacity = capacity;
        this.refill = refill;
        this.period = period;
        Duration untilFull = period.multipliedBy((capacity + refill - 1) / refill);
        this.buckets = Caffeine.newBuilder().maximumSize(maxAddresses).expireAfterAccess(untilFull).build();
    }

    public Decision tryTake(String address) {
        ConsumptionProbe probe = buckets.get(address, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether {@link #tryTake} would allow a request now, without taking anything. */
    public Decision check(String address) {
        Bucket bucket = buckets.getIfPresent(address);
        if (bucket == null) {
            return new Decision(true, Duration.ZERO);
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return new Decision(probe.canBeConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Forgets every address, as after a restart. */
    public void forgetAll() {
        buckets.invalidateAll();
    }

    long addressesKept() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period)).build();
    }
}
