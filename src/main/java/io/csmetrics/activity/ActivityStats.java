package io.csmetrics.activity;

import io.csmetrics.Accumulator;
import io.csmetrics.Ratio;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * The CS team's activity over one period: touches per account, per CSM and per team (in the period
 * and per calendar month), activities per kind, time spent per CSM, time since the last touch, and
 * coverage — the share of a set of accounts with a QBR, or with any touch, in the last N days.
 *
 * <p>A <em>touch</em> is an activity of a kind for which {@link ActivityKind#isTouch()} holds (all
 * but support-case work). The window of "the last N days" as of a day {@code d} is the N days
 * {@code d − N < date <= d}. Coverage is
 * {@code |{a ∈ accounts : a has a touch (or QBR) in the window}| / |accounts|}, a {@link Ratio} within
 * [0, 1]; over no accounts it is 0/0, undefined.
 *
 * <p>Example: period March 2024; alice meets A on 03-05 and holds a QBR with B on 03-20; bob e-mails A
 * on 03-28. Touches: A 2, B 1; alice 2, bob 1. As of 03-31, days since A's last touch: 3; QBR coverage
 * of {A, B, C} over 30 days: 1/3; touch coverage over 30 days: 2/3.
 *
 * <p>Activities dated outside the period are rejected: a period's figures never silently include a
 * neighbour's. Questions whose window reaches outside the period are rejected too, since the
 * activities there were not seen.
 *
 * @implSpec This class is mutable and not thread-safe; see {@link Accumulator}.
 * @since 0.1.0
 */
public final class ActivityStats implements Accumulator<Activity, ActivityStats> {

    private static final long serialVersionUID = 1L;

    private final LocalDate from;
    private final LocalDate to;
    private final TreeMap<String, TreeMap<YearMonth, Long>> touchesByAccount = new TreeMap<>();
    private final TreeMap<String, TreeMap<YearMonth, Long>> touchesByCsm = new TreeMap<>();
    private final TreeMap<String, TreeMap<YearMonth, Long>> touchesByTeam = new TreeMap<>();
    private final EnumMap<ActivityKind, Long> byKind = new EnumMap<>(ActivityKind.class);
    private final TreeMap<String, Long> secondsByCsm = new TreeMap<>();
    private final TreeMap<String, TreeSet<LocalDate>> touchDates = new TreeMap<>();
    private final TreeMap<String, TreeSet<LocalDate>> qbrDates = new TreeMap<>();

    private ActivityStats(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Returns an empty accumulator for the days {@code from} to {@code to}, both included.
     *
     * @param from the first day, not null
     * @param to the last day, not before {@code from}, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static ActivityStats create(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        return new ActivityStats(from, to);
    }

    /**
     * Returns an empty accumulator for one calendar month.
     *
     * @param month the month, not null
     * @return the accumulator
     * @throws NullPointerException if {@code month} is null
     */
    public static ActivityStats create(YearMonth month) {
        Objects.requireNonNull(month, "month must not be null");
        return new ActivityStats(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Returns a collector into an accumulator for the given days.
     *
     * @param from the first day, not null
     * @param to the last day, not before {@code from}, not null
     * @return the collector
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Collector<Activity, ActivityStats, ActivityStats> collector(LocalDate from, LocalDate to) {
        create(from, to);
        return Accumulator.collector(() -> create(from, to), s -> s);
    }

    /**
     * Adds an activity.
     *
     * @param activity the activity, not null
     * @throws NullPointerException if {@code activity} is null
     * @throws IllegalArgumentException if it is dated outside the period; nothing is then changed
     */
    @Override
    public void accept(Activity activity) {
        Objects.requireNonNull(activity, "activity must not be null");
        LocalDate d = activity.date();
        if (d.isBefore(from) || d.isAfter(to)) {
            throw new IllegalArgumentException("activity of " + activity.accountId() + " dated " + d
                    + " is outside the period " + from + ".." + to);
        }
        // The one step that can fail (an overflowing sum) goes first, so a failure changes nothing.
        secondsByCsm.merge(activity.csm(), activity.duration().getSeconds(), Math::addExact);
        byKind.merge(activity.kind(), 1L, Long::sum);
        if (!activity.kind().isTouch()) {
            return;
        }
        YearMonth m = YearMonth.from(d);
        touchesByAccount.computeIfAbsent(activity.accountId(), k -> new TreeMap<>()).merge(m, 1L, Long::sum);
        touchesByCsm.computeIfAbsent(activity.csm(), k -> new TreeMap<>()).merge(m, 1L, Long::sum);
        touchesByTeam.computeIfAbsent(activity.team(), k -> new TreeMap<>()).merge(m, 1L, Long::sum);
        touchDates.computeIfAbsent(activity.accountId(), k -> new TreeSet<>()).add(d);
        if (activity.kind() == ActivityKind.QBR) {
            qbrDates.computeIfAbsent(activity.accountId(), k -> new TreeSet<>()).add(d);
        }
    }

    /**
     * Merges another accumulator over the same period.
     *
     * @param other the other accumulator, not null, not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if its period differs; nothing is then changed
     */
    @Override
    public ActivityStats combine(ActivityStats other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!from.equals(other.from) || !to.equals(other.to)) {
            throw new IllegalArgumentException("cannot combine period " + from + ".." + to + " with " + other.from
                    + ".." + other.to);
        }
        for (Map.Entry<ActivityKind, Long> e : other.byKind.entrySet()) {
            byKind.merge(e.getKey(), e.getValue(), Long::sum);
        }
        other.secondsByCsm.forEach((k, v) -> secondsByCsm.merge(k, v, Math::addExact));
        mergeCounts(touchesByAccount, other.touchesByAccount);
        mergeCounts(touchesByCsm, other.touchesByCsm);
        mergeCounts(touchesByTeam, other.touchesByTeam);
        other.touchDates.forEach((k, v) -> touchDates.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        other.qbrDates.forEach((k, v) -> qbrDates.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        return this;
    }

    private static void mergeCounts(TreeMap<String, TreeMap<YearMonth, Long>> into,
            TreeMap<String, TreeMap<YearMonth, Long>> from) {
        from.forEach((k, months) -> {
            TreeMap<YearMonth, Long> target = into.computeIfAbsent(k, x -> new TreeMap<>());
            months.forEach((m, n) -> target.merge(m, n, Long::sum));
        });
    }

    /**
     * Returns the first day of the period.
     *
     * @return the first day
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the last day of the period.
     *
     * @return the last day, included
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Returns the touches per account over the period; accounts without a touch are absent.
     *
     * @return an unmodifiable map sorted by account
     */
    public SortedMap<String, Long> touchesByAccount() {
        return totals(touchesByAccount, null);
    }

    /**
     * Returns the touches per CSM over the period.
     *
     * @return an unmodifiable map sorted by CSM
     */
    public SortedMap<String, Long> touchesByCsm() {
        return totals(touchesByCsm, null);
    }

    /**
     * Returns the touches per team over the period.
     *
     * @return an unmodifiable map sorted by team
     */
    public SortedMap<String, Long> touchesByTeam() {
        return totals(touchesByTeam, null);
    }

    /**
     * Returns the touches per account in one calendar month.
     *
     * @param month the month, not null
     * @return an unmodifiable map sorted by account; accounts without a touch that month are absent
     * @throws NullPointerException if {@code month} is null
     */
    public SortedMap<String, Long> touchesByAccount(YearMonth month) {
        return totals(touchesByAccount, Objects.requireNonNull(month, "month must not be null"));
    }

    /**
     * Returns the touches per CSM in one calendar month.
     *
     * @param month the month, not null
     * @return an unmodifiable map sorted by CSM
     * @throws NullPointerException if {@code month} is null
     */
    public SortedMap<String, Long> touchesByCsm(YearMonth month) {
        return totals(touchesByCsm, Objects.requireNonNull(month, "month must not be null"));
    }

    private static SortedMap<String, Long> totals(TreeMap<String, TreeMap<YearMonth, Long>> counts, YearMonth month) {
        TreeMap<String, Long> out = new TreeMap<>();
        counts.forEach((k, months) -> {
            long n = month == null ? months.values().stream().mapToLong(Long::longValue).sum()
                    : months.getOrDefault(month, 0L);
            if (n > 0) {
                out.put(k, n);
            }
        });
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * Returns the number of touches of one account over the period.
     *
     * @param accountId the account, not null
     * @return the touches, 0 if none
     * @throws NullPointerException if {@code accountId} is null
     */
    public long touches(String accountId) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        return touchesByAccount().getOrDefault(accountId, 0L);
    }

    /**
     * Returns the activities per kind, support-case work included.
     *
     * @return an unmodifiable map in kind order; kinds never seen are absent
     */
    public Map<ActivityKind, Long> activitiesByKind() {
        return Collections.unmodifiableMap(new EnumMap<>(byKind));
    }

    /**
     * Returns the time spent per CSM on all activities, in seconds.
     *
     * @return an unmodifiable map sorted by CSM
     */
    public SortedMap<String, Long> secondsByCsm() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(secondsByCsm));
    }

    /**
     * Returns the days since an account's last touch on or before {@code asOf}.
     *
     * @param accountId the account, not null
     * @param asOf the day asked about, within the period, not null
     * @return {@code asOf − last touch} in days (0 if touched that day); empty if the account had no
     *     touch in the period up to {@code asOf} — not 0, and not "infinite"
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code asOf} is outside the period
     */
    public OptionalLong daysSinceLastTouch(String accountId, LocalDate asOf) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        checkInPeriod(asOf, "asOf");
        TreeSet<LocalDate> dates = touchDates.get(accountId);
        LocalDate last = dates == null ? null : dates.floor(asOf);
        return last == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(last, asOf));
    }

    /**
     * Returns the share of the given accounts with at least one QBR in the last {@code days} days.
     *
     * @param accounts the accounts asked about (for example every account, or the high-touch
     *     tier), not null; duplicates count once
     * @param asOf the last day of the window, not null
     * @param days the window's length, positive
     * @return covered / accounts, in [0, 1]; 0/0 (undefined) for no accounts
     * @throws NullPointerException if an argument or account is null
     * @throws IllegalArgumentException if {@code days} is not positive or the window
     *     {@code asOf − days < date <= asOf} is not inside the period
     */
    public Ratio qbrCoverage(Collection<String> accounts, LocalDate asOf, int days) {
        return coverage(qbrDates, accounts, asOf, days);
    }

    /**
     * Returns the share of the given accounts touched at least once in the last {@code days} days
     * (the documents' check: every high-touch account contacted in the last 30 days).
     *
     * @param accounts the accounts asked about, not null; duplicates count once
     * @param asOf the last day of the window, not null
     * @param days the window's length, positive
     * @return covered / accounts, in [0, 1]; 0/0 (undefined) for no accounts
     * @throws NullPointerException if an argument or account is null
     * @throws IllegalArgumentException if {@code days} is not positive or the window is not inside
     *     the period
     */
    public Ratio touchCoverage(Collection<String> accounts, LocalDate asOf, int days) {
        return coverage(touchDates, accounts, asOf, days);
    }

    private Ratio coverage(TreeMap<String, TreeSet<LocalDate>> dates, Collection<String> accounts, LocalDate asOf,
            int days) {
        Objects.requireNonNull(accounts, "accounts must not be null");
        checkInPeriod(asOf, "asOf");
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        LocalDate windowStart = asOf.minusDays(days - 1L);
        if (windowStart.isBefore(from)) {
            throw new IllegalArgumentException("window of " + days + " days to " + asOf + " starts " + windowStart
                    + ", before the period's first day " + from);
        }
        Set<String> distinct = new HashSet<>();
        long covered = 0;
        for (String a : accounts) {
            Objects.requireNonNull(a, "accounts must not contain null");
            if (!distinct.add(a)) {
                continue;
            }
            TreeSet<LocalDate> s = dates.get(a);
            LocalDate last = s == null ? null : s.floor(asOf);
            if (last != null && !last.isBefore(windowStart)) {
                covered++;
            }
        }
        return Ratio.of(covered, distinct.size());
    }

    private void checkInPeriod(LocalDate day, String name) {
        Objects.requireNonNull(day, name + " must not be null");
        if (day.isBefore(from) || day.isAfter(to)) {
            throw new IllegalArgumentException(name + " (" + day + ") is outside the period " + from + ".." + to);
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        // A shipped partial state is checked as the factory and accept would have checked it.
        if (from == null || to == null || to.isBefore(from) || touchesByAccount == null || touchesByCsm == null
                || touchesByTeam == null || byKind == null || secondsByCsm == null || touchDates == null
                || qbrDates == null) {
            throw new InvalidObjectException("ActivityStats: missing state or period " + from + ".." + to);
        }
        for (TreeSet<LocalDate> dates : touchDates.values()) {
            if (dates.isEmpty() || dates.first().isBefore(from) || dates.last().isAfter(to)) {
                throw new InvalidObjectException("ActivityStats: touch dates outside the period " + from + ".." + to);
            }
        }
        for (Long n : byKind.values()) {
            if (n == null || n <= 0) {
                throw new InvalidObjectException("ActivityStats: activity count must be positive: " + n);
            }
        }
    }

    @Override
    public String toString() {
        return "ActivityStats{period=" + from + ".." + to + ", byKind=" + byKind + ", touchesByCsm="
                + touchesByCsm() + "}";
    }
}
