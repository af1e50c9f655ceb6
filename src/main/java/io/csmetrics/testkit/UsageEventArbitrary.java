package io.csmetrics.testkit;

import io.csmetrics.usage.UsageEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link UsageEvent}s: by default from accounts {@code "ACC-1"} to {@code "ACC-5"},
 * users {@code "u-1"} to {@code "u-10"} in each, at whole seconds within the 28 days from
 * 2024-03-01T00:00Z, each event using one of the features {@code "reports"}, {@code "search"},
 * {@code "export"}.
 *
 * <p>{@link #streams(int, int)} gives whole event streams, ordered by time. A failing property
 * shrinks towards the first account, user and feature at the start of the window, and towards
 * short streams.
 *
 * <p>Example: {@code CsArbitraries.usageEvents().accounts(1).usersPerAccount(3).streams(0, 200)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class UsageEventArbitrary extends ArbitraryDecorator<UsageEvent> {

    private final int accounts;
    private final int users;
    private final Instant from;
    private final Instant until;
    private final List<String> features;

    UsageEventArbitrary() {
        this(5, 10, Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-29T00:00:00Z"),
                List.of("reports", "search", "export"));
    }

    private UsageEventArbitrary(int accounts, int users, Instant from, Instant until, List<String> features) {
        this.accounts = accounts;
        this.users = users;
        this.from = from;
        this.until = until;
        this.features = features;
    }

    /**
     * Returns an arbitrary of events from {@code count} accounts.
     *
     * @param count the number of accounts, at least 1
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public UsageEventArbitrary accounts(int count) {
        Days.atLeastOne(count, "accounts");
        return new UsageEventArbitrary(count, users, from, until, features);
    }

    /**
     * Returns an arbitrary of events from {@code count} users in each account.
     *
     * @param count the number of users per account, at least 1
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public UsageEventArbitrary usersPerAccount(int count) {
        Days.atLeastOne(count, "usersPerAccount");
        return new UsageEventArbitrary(accounts, count, from, until, features);
    }

    /**
     * Returns an arbitrary of events at whole seconds in {@code [start, endExclusive)}.
     *
     * @param start the first instant, not null
     * @param endExclusive the end of the window, at least one second after {@code start}
     * @return the reconfigured arbitrary
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the window is shorter than one second
     */
    public UsageEventArbitrary between(Instant start, Instant endExclusive) {
        Days.window(start, endExclusive);
        return new UsageEventArbitrary(accounts, users, start, endExclusive, features);
    }

    /**
     * Returns an arbitrary of events using one of the given features; with none, events carry no
     * feature.
     *
     * @param names the feature names, none blank; the first is the shrink target
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or a name is null
     * @throws IllegalArgumentException if a name is blank
     */
    public UsageEventArbitrary features(String... names) {
        Objects.requireNonNull(names, "names must not be null");
        for (String n : names) {
            Objects.requireNonNull(n, "feature names must not contain null");
            if (n.isBlank()) {
                throw new IllegalArgumentException("feature names must not be blank: '" + n + "'");
            }
        }
        return new UsageEventArbitrary(accounts, users, from, until, List.of(names));
    }

    /**
     * Returns an arbitrary of event streams of {@code min} to {@code max} events, inclusive,
     * ordered by timestamp (then account, user).
     *
     * @param min the fewest events, not negative
     * @param max the most events, not below {@code min}, at most 1,000,000
     * @return the arbitrary of streams
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 1000000}
     */
    public Arbitrary<List<UsageEvent>> streams(int min, int max) {
        if (min < 0 || min > max || max > 1_000_000) {
            throw new IllegalArgumentException("stream size range (valid: 0 <= min <= max <= 1000000): [" + min + ", "
                    + max + "]");
        }
        Comparator<UsageEvent> order = Comparator.comparing(UsageEvent::timestamp)
                .thenComparing(UsageEvent::accountId).thenComparing(UsageEvent::userId);
        return list().ofMinSize(min).ofMaxSize(max).map(events -> {
            List<UsageEvent> sorted = new ArrayList<>(events);
            sorted.sort(order);
            return List.copyOf(sorted);
        });
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of events
     */
    @Override
    protected Arbitrary<UsageEvent> arbitrary() {
        Instant start = from;
        Arbitrary<String> accountIds = Days.ids("ACC-", accounts);
        Arbitrary<String> userIds = Days.ids("u-", users);
        Arbitrary<Instant> times = Arbitraries.longs().between(0, Duration.between(from, until).getSeconds() - 1)
                .map(start::plusSeconds);
        if (features.isEmpty()) {
            return Combinators.combine(accountIds, userIds, times).as(UsageEvent::of);
        }
        return Combinators.combine(accountIds, userIds, times, Arbitraries.of(features)).as(UsageEvent::of);
    }
}
