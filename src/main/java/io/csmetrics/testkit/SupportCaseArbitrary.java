package io.csmetrics.testkit;

import io.csmetrics.activity.CasePriority;
import io.csmetrics.activity.SupportCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link SupportCase}s: by default for accounts {@code "ACC-1"} to {@code "ACC-10"}, of
 * every {@link CasePriority}, opened at a whole second within the 28 days from 2024-03-01T00:00Z;
 * about 9 in 10 answered within 48 hours of opening, and about 4 in 5 resolved within 10 days of
 * the later of opening and first response (a case may be resolved without a recorded response,
 * as when a customer closes it). Every case is valid: no response or resolution before opening, no
 * resolution before the response.
 *
 * <p>A single case is {@code "C-1"} to {@code "C-1000"}; {@link #batches(int, int)} gives lists
 * with distinct ids {@code "C-1"} … in order of opening. A failing property shrinks to the first
 * account and priority, opened at the start of the window, answered and resolved at once.
 *
 * <p>Example: {@code CsArbitraries.supportCases().accounts(2).responseWithin(Duration.ofHours(4)).batches(0, 100)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.2.0
 */
public final class SupportCaseArbitrary extends ArbitraryDecorator<SupportCase> {

    private final int accounts;
    private final List<CasePriority> priorities;
    private final Instant from;
    private final Instant until;
    private final Duration response;
    private final Duration resolution;

    SupportCaseArbitrary() {
        this(10, List.of(CasePriority.values()), Instant.parse("2024-03-01T00:00:00Z"),
                Instant.parse("2024-03-29T00:00:00Z"), Duration.ofHours(48), Duration.ofDays(10));
    }

    private SupportCaseArbitrary(int accounts, List<CasePriority> priorities, Instant from, Instant until,
            Duration response, Duration resolution) {
        this.accounts = accounts;
        this.priorities = priorities;
        this.from = from;
        this.until = until;
        this.response = response;
        this.resolution = resolution;
    }

    /**
     * Returns an arbitrary of cases from {@code count} accounts.
     *
     * @param count the number of accounts, at least 1
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public SupportCaseArbitrary accounts(int count) {
        Days.atLeastOne(count, "accounts");
        return new SupportCaseArbitrary(count, priorities, from, until, response, resolution);
    }

    /**
     * Returns an arbitrary of cases of the given priorities.
     *
     * @param only the priorities, at least one, none null; the first is the shrink target
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or a priority is null
     * @throws IllegalArgumentException if no priority is given
     */
    public SupportCaseArbitrary priorities(CasePriority... only) {
        Objects.requireNonNull(only, "only must not be null");
        if (only.length == 0) {
            throw new IllegalArgumentException("priorities must not be empty");
        }
        for (CasePriority p : only) {
            Objects.requireNonNull(p, "priorities must not contain null");
        }
        return new SupportCaseArbitrary(accounts, List.of(only), from, until, response, resolution);
    }

    /**
     * Returns an arbitrary of cases opened at whole seconds in {@code [start, endExclusive)}. Responses
     * and resolutions may fall after the window.
     *
     * @param start the first instant, not null
     * @param endExclusive the end of the window, at least one second after {@code start}
     * @return the reconfigured arbitrary
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the window is shorter than one second
     */
    public SupportCaseArbitrary openedBetween(Instant start, Instant endExclusive) {
        Days.window(start, endExclusive);
        return new SupportCaseArbitrary(accounts, priorities, start, endExclusive, response, resolution);
    }

    /**
     * Returns an arbitrary of cases first answered 0 to {@code max} (whole seconds) after opening.
     *
     * @param max the longest time to first response, not null, not negative, at most 10 years
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code max} is null
     * @throws IllegalArgumentException if {@code max} is negative or above 10 years
     */
    public SupportCaseArbitrary responseWithin(Duration max) {
        return new SupportCaseArbitrary(accounts, priorities, from, until, bounded(max, "response"), resolution);
    }

    /**
     * Returns an arbitrary of cases resolved 0 to {@code max} (whole seconds) after the later of
     * opening and first response.
     *
     * @param max the longest time to resolution from there, not null, not negative, at most 10 years
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code max} is null
     * @throws IllegalArgumentException if {@code max} is negative or above 10 years
     */
    public SupportCaseArbitrary resolutionWithin(Duration max) {
        return new SupportCaseArbitrary(accounts, priorities, from, until, response, bounded(max, "resolution"));
    }

    private static Duration bounded(Duration max, String name) {
        Objects.requireNonNull(max, name + " bound must not be null");
        if (max.isNegative() || max.compareTo(Duration.ofDays(3653)) > 0) {
            throw new IllegalArgumentException(name + " bound (valid: 0 to 3653 days): " + max);
        }
        return max;
    }

    /**
     * Returns an arbitrary of lists of {@code min} to {@code max} cases, inclusive, ordered by
     * opening (then account), with distinct ids {@code "C-1"} … in that order.
     *
     * @param min the fewest cases, not negative
     * @param max the most cases, not below {@code min}, at most 100,000
     * @return the arbitrary of lists
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 100000}
     */
    public Arbitrary<List<SupportCase>> batches(int min, int max) {
        if (min < 0 || min > max || max > 100_000) {
            throw new IllegalArgumentException("batch size range (valid: 0 <= min <= max <= 100000): [" + min + ", "
                    + max + "]");
        }
        Comparator<SupportCase> order = Comparator.comparing(SupportCase::opened).thenComparing(SupportCase::accountId);
        return list().ofMinSize(min).ofMaxSize(max).map(cases -> {
            List<SupportCase> sorted = new ArrayList<>(cases);
            sorted.sort(order);
            List<SupportCase> out = new ArrayList<>(sorted.size());
            for (int i = 0; i < sorted.size(); i++) {
                SupportCase c = sorted.get(i);
                out.add(new SupportCase("C-" + (i + 1), c.accountId(), c.priority(), c.opened(), c.firstResponse(),
                        c.resolved()));
            }
            return List.copyOf(out);
        });
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of cases
     */
    @Override
    protected Arbitrary<SupportCase> arbitrary() {
        Instant start = from;
        Arbitrary<Instant> opened = Arbitraries.longs().between(0, Duration.between(from, until).getSeconds() - 1)
                .map(start::plusSeconds);
        // The delays shrink to 0; presence shrinks to "answered" and "resolved" (listed first).
        Arbitrary<Optional<Long>> toResponse = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.longs().between(0, response.getSeconds()).map(Optional::of)),
                Tuple.of(1, Arbitraries.just(Optional.<Long>empty())));
        Arbitrary<Optional<Long>> toResolution = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, resolution.getSeconds()).map(Optional::of)),
                Tuple.of(1, Arbitraries.just(Optional.<Long>empty())));
        return Combinators.combine(Days.ids("C-", 1000), Days.ids("ACC-", accounts), Arbitraries.of(priorities),
                opened, toResponse, toResolution).as((id, account, priority, open, r, s) -> {
                    Optional<Instant> first = r.map(open::plusSeconds);
                    Instant base = first.orElse(open);
                    Optional<Instant> resolved = s.map(base::plusSeconds);
                    return new SupportCase(id, account, priority, open, first, resolved);
                });
    }
}
