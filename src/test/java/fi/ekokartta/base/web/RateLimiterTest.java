package fi.ekokartta.base.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    @Test
    void an_address_gets_its_burst_and_then_is_told_how_long_to_wait() {
        RateLimiter limiter = new RateLimiter(5, 5, Duration.ofMinutes(10), 1000);

        IntStream.range(0, 5).forEach(i -> assertThat(limiter.tryTake("10.0.0.1").allowed()).isTrue());
        RateLimiter.Decision sixth = limiter.tryTake("10.0.0.1");

        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfter()).isGreaterThan(Duration.ofSeconds(100)).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(sixth.retryAfterSeconds()).isBetween(100L, 120L);
    }

    @Test
    void addresses_are_limited_each_on_their_own() {
        RateLimiter limiter = new RateLimiter(1, 1, Duration.ofMinutes(1), 1000);

        assertThat(limiter.tryTake("10.0.0.1").allowed()).isTrue();
        assertThat(limiter.tryTake("10.0.0.1").allowed()).isFalse();
        assertThat(limiter.tryTake("10.0.0.2").allowed()).isTrue();
    }

    @Test
    void the_bucket_refills_with_time() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(2, 2, Duration.ofSeconds(4), 1000);
        limiter.tryTake("10.0.0.1");
        limiter.tryTake("10.0.0.1");
        assertThat(limiter.tryTake("10.0.0.1").allowed()).isFalse();

        Thread.sleep(2100);

        assertThat(limiter.tryTake("10.0.0.1").allowed()).isTrue();
    }

    @Test
    void memory_stays_bounded_however_many_addresses_come() {
        RateLimiter limiter = new RateLimiter(60, 20, Duration.ofSeconds(1), 100);

        IntStream.range(0, 10_000).forEach(i -> limiter.tryTake("10.0." + (i / 256) + "." + (i % 256)));

        assertThat(limiter.addressesKept()).isLessThanOrEqualTo(100);
    }

    @Test
    void forgetting_every_address_starts_them_afresh() {
        RateLimiter limiter = new RateLimiter(1, 1, Duration.ofHours(1), 1000);
        limiter.tryTake("10.0.0.1");

        limiter.forgetAll();

        assertThat(limiter.tryTake("10.0.0.1").allowed()).isTrue();
    }
}
