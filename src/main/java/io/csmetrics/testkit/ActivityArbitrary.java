package io.csmetrics.testkit;

import io.csmetrics.activity.Activity;
import io.csmetrics.activity.ActivityKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates CS {@link Activity} records: by default for accounts {@code "ACC-1"} to {@code "ACC-10"},
 * of every {@link ActivityKind}, on a day of the first half of 2024, by one of the CSMs
 * {@code "csm-1"} to {@code "csm-3"} (CSM {@code k} always in the same team: {@code "team-a"} for odd
 * {@code k}, {@code "team-b"} for even), lasting 0 to 120 whole minutes, with an outcome that is empty
 * or one of a few phrases.
 *
 * <p>{@link #logs(int, int)} gives activity logs ordered by day (then account). A failing property
 * shrinks to the first account, kind, CSM and day, zero minutes and an empty outcome.
 *
 * <p>Example: {@code CsArbitraries.activities().accounts(3).kinds(ActivityKind.QBR).logs(0, 50)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.2.0
 */
public final class ActivityArbitrary extends ArbitraryDecorator<Activity> {

    private static final List<String> OUTCOMES = List.of("", "renewal discussed", "expansion interest", "risk flagged");

    private final int accounts;
    private final List<ActivityKind> kinds;
    private final LocalDate first;
    private final LocalDate last;
    private final int csms;
    private final List<String> teams;
    private final int maxMinutes;

    ActivityArbitrary() {
        this(10, List.of(ActivityKind.values()), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 3,
                List.of("team-a", "team-b"), 120);
    }

    private ActivityArbitrary(int accounts, List<ActivityKind> kinds, LocalDate first, LocalDate last, int csms,
            List<String> teams, int maxMinutes) {
        this.accounts = accounts;
        this.kinds = kinds;
        this.first = first;
        this.last = last;
        this.csms = csms;
        this.teams = teams;
        this.maxMinutes = maxMinutes;
    }

    /**
     * Returns an arbitrary of activities for {@code count} accounts.
     *
     * @param count the number of accounts, at least 1
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public ActivityArbitrary accounts(int count) {
        Days.atLeastOne(count, "accounts");
        return new ActivityArbitrary(count, kinds, first, last, csms, teams, maxMinutes);
    }

    /**
     * Returns an arbitrary of activities of the given kinds.
     *
     * @param only the kinds, at least one, none null; the first is the shrink target
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or a kind is null
     * @throws IllegalArgumentException if no kind is given
     */
    public ActivityArbitrary kinds(ActivityKind... only) {
        Objects.requireNonNull(only, "only must not be null");
        if (only.length == 0) {
            throw new IllegalArgumentException("kinds must not be empty");
        }
        for (ActivityKind k : only) {
            Objects.requireNonNull(k, "kinds must not contain null");
        }
        return new ActivityArbitrary(accounts, List.of(only), first, last, csms, teams, maxMinutes);
    }

    /**
     * Returns an arbitrary of activities on a day from {@code from} to {@code to}, inclusive.
     *
     * @param from the first day, not null
     * @param to the last day, not before {@code from}
     * @return the reconfigured arbitrary
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public ActivityArbitrary between(LocalDate from, LocalDate to) {
        Days.check(from, to);
        return new ActivityArbitrary(accounts, kinds, from, to, csms, teams, maxMinutes);
    }

    /**
     * Returns an arbitrary of activities by {@code count} CSMs {@code "csm-1"} … spread over the given
     * teams: CSM {@code k} is in team {@code teamNames[(k - 1) mod teamNames.length]}, always.
     *
     * @param count the number of CSMs, at least 1
     * @param teamNames the team names, at least one, none blank
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or a name is null
     * @throws IllegalArgumentException if {@code count < 1}, no team is given or a name is blank
     */
    public ActivityArbitrary ownedBy(int count, String... teamNames) {
        Days.atLeastOne(count, "CSM count");
        Objects.requireNonNull(teamNames, "teamNames must not be null");
        if (teamNames.length == 0) {
            throw new IllegalArgumentException("teamNames must not be empty");
        }
        for (String t : teamNames) {
            Objects.requireNonNull(t, "team names must not contain null");
            if (t.isBlank()) {
                throw new IllegalArgumentException("team names must not be blank: '" + t + "'");
            }
        }
        return new ActivityArbitrary(accounts, kinds, first, last, count, List.of(teamNames), maxMinutes);
    }

    /**
     * Returns an arbitrary of activities lasting 0 to {@code minutes} whole minutes.
     *
     * @param minutes the longest duration in minutes, not negative, at most one year of minutes (525,600)
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code minutes} is negative or above 525,600
     */
    public ActivityArbitrary lastingUpTo(int minutes) {
        if (minutes < 0 || minutes > 525_600) {
            throw new IllegalArgumentException("minutes (valid: 0 - 525600): " + minutes);
        }
        return new ActivityArbitrary(accounts, kinds, first, last, csms, teams, minutes);
    }

    /**
     * Returns an arbitrary of activity logs of {@code min} to {@code max} activities, inclusive,
     * ordered by day, then account, CSM and kind.
     *
     * @param min the fewest activities, not negative
     * @param max the most activities, not below {@code min}, at most 1,000,000
     * @return the arbitrary of logs
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 1000000}
     */
    public Arbitrary<List<Activity>> logs(int min, int max) {
        if (min < 0 || min > max || max > 1_000_000) {
            throw new IllegalArgumentException("log size range (valid: 0 <= min <= max <= 1000000): [" + min + ", "
                    + max + "]");
        }
        Comparator<Activity> order = Comparator.comparing(Activity::date).thenComparing(Activity::accountId)
                .thenComparing(Activity::csm).thenComparing(Activity::kind);
        return list().ofMinSize(min).ofMaxSize(max).map(activities -> {
            List<Activity> sorted = new ArrayList<>(activities);
            sorted.sort(order);
            return List.copyOf(sorted);
        });
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of activities
     */
    @Override
    protected Arbitrary<Activity> arbitrary() {
        List<String> teamNames = teams;
        Arbitrary<Integer> csm = Arbitraries.integers().between(1, csms).edgeCases(c -> c.includeOnly(1));
        Arbitrary<Duration> duration = Arbitraries.integers().between(0, maxMinutes).map(Duration::ofMinutes);
        return Combinators.combine(Days.ids("ACC-", accounts), Arbitraries.of(kinds), Days.between(first, last), csm,
                duration, Arbitraries.of(OUTCOMES)).as((account, kind, day, k, minutes, outcome) -> Activity.of(account,
                        kind, day, "csm-" + k, teamNames.get((k - 1) % teamNames.size()), minutes, outcome));
    }
}
