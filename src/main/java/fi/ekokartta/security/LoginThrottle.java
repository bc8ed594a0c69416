package fi.ekokartta.security;

import fi.ekokartta.base.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: after {@code ekokartta.login-throttle.account-failures} failed
 * sign-ins to one username (by default 5) or {@code address-failures} from one client address
 * (by default 20) within {@code period} (by default 15 minutes), further attempts are refused,
 * even with the right password, until the failures have aged. Usernames are counted whether or
 * not such an account exists, so the answer tells nothing about which accounts there are.
 */
@Component
public class LoginThrottle {

    private static final String UNKNOWN = "unknown";

    private final RateLimiter accounts;
    private final RateLimiter addresses;

    LoginThrottle(@Value("${ekokartta.login-throttle.account-failures:5}") long accountFailures,
                  @Value("${ekokartta.login-throttle.address-failures:20}") long addressFailures,
                  @Value("${ekokartta.login-throttle.period:15m}") Duration period,
                  @Value("${ekokartta.rate-limit.addresses:100000}") long maxKept) {
        this.accounts = new RateLimiter(accountFailures, accountFailures, period, maxKept);
        this.addresses = new RateLimiter(addressFailures, addressFailures, period, maxKept);
    }

    /** How long sign-ins to this username from this address are still refused; empty if they are not. */
    public Optional<Duration> blockedFor(String username, String address) {
        RateLimiter.Decision account = accounts.check(accountKey(username));
        RateLimiter.Decision client = addresses.check(addressKey(address));
        if (account.allowed() && client.allowed()) {
            return Optional.empty();
        }
        Duration accountWait = account.allowed() ? Duration.ZERO : account.retryAfter();
        Duration clientWait = client.allowed() ? Duration.ZERO : client.retryAfter();
        return Optional.of(accountWait.compareTo(clientWait) > 0 ? accountWait : clientWait);
    }

    public void recordFailure(String username, String address) {
        accounts.tryTake(accountKey(username));
        addresses.tryTake(addressKey(address));
    }

    /** Forgets every failure, as after a restart. */
    public void forgetAll() {
        accounts.forgetAll();
        addresses.forgetAll();
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? UNKNOWN : address;
    }
}
