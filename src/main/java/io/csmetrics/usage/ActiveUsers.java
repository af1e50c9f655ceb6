package io.csmetrics.usage;

import io.csmetrics.Accumulator;
import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * Unique active users from usage events: DAU, WAU, MAU (exact distinct counts), per account and
 * overall, stickiness, seat utilisation and user retention.
 *
 * <p>A user (the pair account, user) is <em>active</em> in a period if at least one of its events
 * falls on a day of the period, the day being the event's local date in the accumulator's time
 * zone. Active users of a period = the number of distinct such users: DAU for a day, WAU for an
 * ISO week (Monday to Sunday), MAU for a calendar month. Counts are exact, not sketches.
 *
 * <p>The accumulator is created for a range of days and a {@link ZoneId}. An event whose local
 * date falls outside the range, and a question about a period not wholly within it, is rejected
 * with an {@link IllegalArgumentException}: a count over part of a period would pass for a count
 * over all of it.
 *
 * <p>Memory: one bit per user per day of the range (a set of active days per distinct user), so
 * it grows with distinct users and the range's length, not with the number of events. Events may
 * come in any order; partial accumulators combine exactly.
 *
 * <p>Example: over March 2024 in UTC, user {@code acme/u1} active on the 4th and 5th and
 * {@code acme/u2} on the 5th: DAU on the 5th is 2, on the 4th 1; WAU of 2024-W10 is 2; MAU of
 * 2024-03 is 2; stickiness of March is {@code 3/(31 × 2)} (3 user-days over 31 days and 2 users).
 *
 * @implSpec This is a mutable accumulator, not thread-safe; a parallel stream gives each thread its
 *     own.
 * @since 0.1.0
 */
public final class ActiveUsers implements Accumulator<UsageEvent, ActiveUsers> {

    private static final long serialVersionUID = 1L;

    private final UsagePeriod range;
    private final ZoneId zone;
    private final HashMap<String, HashMap<String, BitSet>> activeDays = new HashMap<>();

    private ActiveUsers(UsagePeriod range, ZoneId zone) {
        this.range = range;
        this.zone = zone;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param range the days events may fall on, not null
     * @param zone the time zone that maps an event's instant to its local day, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     */
    public static ActiveUsers create(UsagePeriod range, ZoneId zone) {
        Objects.requireNonNull(range, "range must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        return new ActiveUsers(range, zone);
    }

    /**
     * Returns a collector to the filled accumulator, to query afterwards.
     *
     * @param range the days events may fall on, not null
     * @param zone the time zone of the days, not null
     * @return the collector; it throws as {@link #accept(UsageEvent)} does
     * @throws NullPointerException if an argument is null
     */
    public static Collector<UsageEvent, ActiveUsers, ActiveUsers> collector(UsagePeriod range, ZoneId zone) {
        create(range, zone);
        return Accumulator.collector(() -> create(range, zone), a -> a);
    }

    /**
     * Returns the range of days the accumulator covers.
     *
     * @return the range
     */
    public UsagePeriod range() {
        return range;
    }

    /**
     * Returns the time zone of the days.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Records one event's user as active on the event's local day.
     *
     * @param event the event, not null
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalArgumentException if the event's local date is outside the range; the
     *     accumulator is then unchanged
     */
    @Override
    public void accept(UsageEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        int day = dayIndex(event, range, zone);
        activeDays.computeIfAbsent(event.accountId(), k -> new HashMap<>())
                .computeIfAbsent(event.userId(), k -> new BitSet()).set(day);
    }

    static int dayIndex(UsageEvent event, UsagePeriod range, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(event.timestamp(), zone);
        if (!range.contains(day)) {
            throw new IllegalArgumentException("event at " + event.timestamp() + " (" + day + " in " + zone
                    + ") is outside the period " + range + " (" + range.start() + " to " + range.endExclusive()
                    + " exclusive): " + event);
        }
        return (int) ChronoUnit.DAYS.between(range.start(), day);
    }

    /**
     * Merges another accumulator's users and days.
     *
     * @param other an accumulator with the same range and zone, not null
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the ranges or zones differ; this accumulator is then
     *     unchanged
     */
    @Override
    public ActiveUsers combine(ActiveUsers other) {
        Objects.requireNonNull(other, "other must not be null");
        checkCompatible(range, zone, other.range, other.zone);
        for (Map.Entry<String, HashMap<String, BitSet>> account : other.activeDays.entrySet()) {
            HashMap<String, BitSet> mine = activeDays.computeIfAbsent(account.getKey(), k -> new HashMap<>());
            for (Map.Entry<String, BitSet> user : account.getValue().entrySet()) {
                BitSet days = mine.get(user.getKey());
                if (days == null) {
                    mine.put(user.getKey(), (BitSet) user.getValue().clone());
                } else {
                    days.or(user.getValue());
                }
            }
        }
        return this;
    }

    static void checkCompatible(UsagePeriod range, ZoneId zone, UsagePeriod otherRange, ZoneId otherZone) {
        if (!range.equals(otherRange) || !zone.equals(otherZone)) {
            throw new IllegalArgumentException("cannot combine an accumulator over " + otherRange + " in " + otherZone
                    + " into one over " + range + " in " + zone);
        }
    }

    static void checkWithin(UsagePeriod range, UsagePeriod period) {
        Objects.requireNonNull(period, "period must not be null");
        if (!range.encloses(period)) {
            throw new IllegalArgumentException("period " + period + " (" + period.start() + " to "
                    + period.endExclusive() + " exclusive) is not within the accumulator's range " + range + " ("
                    + range.start() + " to " + range.endExclusive() + " exclusive)");
        }
    }

    private int[] bounds(UsagePeriod period) {
        checkWithin(range, period);
        return new int[] {(int) ChronoUnit.DAYS.between(range.start(), period.start()),
            (int) ChronoUnit.DAYS.between(range.start(), period.endExclusive())};
    }

    private static boolean activeIn(BitSet days, int[] b) {
        int next = days.nextSetBit(b[0]);
        return next >= 0 && next < b[1];
    }

    private static long countActive(Map<String, BitSet> users, int[] b) {
        long n = 0;
        for (BitSet days : users.values()) {
            if (activeIn(days, b)) {
                n++;
            }
        }
        return n;
    }

    private static long userDays(Map<String, BitSet> users, int[] b) {
        long n = 0;
        for (BitSet days : users.values()) {
            n += days.get(b[0], b[1]).cardinality();
        }
        return n;
    }

    private Map<String, BitSet> usersOf(String accountId) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        return activeDays.getOrDefault(accountId, new HashMap<>());
    }

    /**
     * Returns the accounts with at least one event.
     *
     * @return the account identifiers, sorted
     */
    public SortedSet<String> accounts() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(activeDays.keySet()));
    }

    /**
     * Returns the number of distinct users active in a period, over all accounts.
     *
     * @param period a period within the range, not null
     * @return the distinct active users, 0 or more
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is not wholly within the range
     */
    public long activeUsers(UsagePeriod period) {
        int[] b = bounds(period);
        long n = 0;
        for (HashMap<String, BitSet> users : activeDays.values()) {
            n += countActive(users, b);
        }
        return n;
    }

    /**
     * Returns the number of distinct users of one account active in a period.
     *
     * @param accountId the account, not null; an account without events has 0
     * @param period a period within the range, not null
     * @return the distinct active users, 0 or more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the period is not wholly within the range
     */
    public long activeUsers(String accountId, UsagePeriod period) {
        Map<String, BitSet> users = usersOf(accountId);
        return countActive(users, bounds(period));
    }

    /**
     * Returns the distinct active users of each account with events, for a period.
     *
     * @param period a period within the range, not null
     * @return account to active users (0 for an account active only outside the period), sorted
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is not wholly within the range
     */
    public SortedMap<String, Long> activeUsersByAccount(UsagePeriod period) {
        int[] b = bounds(period);
        SortedMap<String, Long> result = new TreeMap<>();
        for (Map.Entry<String, HashMap<String, BitSet>> e : activeDays.entrySet()) {
            result.put(e.getKey(), countActive(e.getValue(), b));
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * Returns the daily active users of a day.
     *
     * @param day a day within the range, not null
     * @return DAU
     * @throws NullPointerException if {@code day} is null
     * @throws IllegalArgumentException if the day is outside the range
     */
    public long dau(LocalDate day) {
        return activeUsers(UsagePeriod.ofDay(day));
    }

    /**
     * Returns the weekly active users of the ISO week containing a day.
     *
     * @param anyDayOfWeek a day of the week, not null; the whole week must be within the range
     * @return WAU
     * @throws NullPointerException if {@code anyDayOfWeek} is null
     * @throws IllegalArgumentException if the week is not wholly within the range
     */
    public long wau(LocalDate anyDayOfWeek) {
        return activeUsers(UsagePeriod.ofIsoWeek(anyDayOfWeek));
    }

    /**
     * Returns the monthly active users of a month.
     *
     * @param month a month wholly within the range, not null
     * @return MAU
     * @throws NullPointerException if {@code month} is null
     * @throws IllegalArgumentException if the month is not wholly within the range
     */
    public long mau(YearMonth month) {
        return activeUsers(UsagePeriod.ofMonth(month));
    }

    /**
     * Returns the active users of every whole period of a granularity within the range: the DAU,
     * WAU or MAU series.
     *
     * @param granularity day, ISO week or month, not null
     * @return period to distinct active users, in order; partial periods at the edges left out
     * @throws NullPointerException if {@code granularity} is null
     */
    public SortedMap<UsagePeriod, Long> series(Granularity granularity) {
        Objects.requireNonNull(granularity, "granularity must not be null");
        SortedMap<UsagePeriod, Long> result = new TreeMap<>();
        for (UsagePeriod p : granularity.periodsWithin(range)) {
            result.put(p, activeUsers(p));
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * Returns the stickiness of a period: its average DAU over its active users (DAU/MAU for a
     * month).
     *
     * <p>{@code stickiness = (Σ_d DAU_d / D) / U = Σ_d DAU_d / (D × U)}, where {@code d} runs over
     * the {@code D} days of the period, {@code DAU_d} is the active users of day {@code d} and
     * {@code U} the distinct active users of the whole period. It is the share of days an average
     * active user is active: 1 when every active user is active every day. The average DAU includes
     * days with no activity (weekends count).
     *
     * @param period a period within the range, not null
     * @return the ratio {@code Σ DAU_d / (D × U)} in [0, 1]; undefined when no user was active
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is not wholly within the range
     */
    public Ratio stickiness(UsagePeriod period) {
        int[] b = bounds(period);
        long dauSum = 0;
        long users = 0;
        for (HashMap<String, BitSet> u : activeDays.values()) {
            dauSum += userDays(u, b);
            users += countActive(u, b);
        }
        return Ratio.of(dauSum, period.days() * users);
    }

    /**
     * Returns one account's stickiness over a period, defined as {@link #stickiness(UsagePeriod)}
     * over the account's users.
     *
     * @param accountId the account, not null
     * @param period a period within the range, not null
     * @return the ratio in [0, 1]; undefined when none of the account's users was active
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the period is not wholly within the range
     */
    public Ratio stickiness(String accountId, UsagePeriod period) {
        Map<String, BitSet> users = usersOf(accountId);
        int[] b = bounds(period);
        return Ratio.of(userDays(users, b), period.days() * countActive(users, b));
    }

    /**
     * Returns the seat utilisation of each licensed account over a period: its distinct active
     * users over its licensed seats.
     *
     * @param licensedSeats each account's licensed seats, none negative, not null; accounts not
     *     in the map are not reported, accounts in it without events have 0 active users
     * @param period a period within the range, not null
     * @return account to utilisation, sorted by account; a zero-seat account's ratio is undefined
     * @throws NullPointerException if an argument, a key or a value is null
     * @throws IllegalArgumentException if a seat count is negative or the period is not wholly
     *     within the range
     */
    public SortedMap<String, SeatUtilisation> seatUtilisation(Map<String, ? extends Number> licensedSeats,
            UsagePeriod period) {
        Objects.requireNonNull(licensedSeats, "licensedSeats must not be null");
        int[] b = bounds(period);
        SortedMap<String, SeatUtilisation> result = new TreeMap<>();
        for (Map.Entry<String, ? extends Number> e : licensedSeats.entrySet()) {
            String account = Objects.requireNonNull(e.getKey(), "licensedSeats must not contain a null account");
            Number seats = Objects.requireNonNull(e.getValue(), "licensedSeats of " + account + " must not be null");
            result.put(account, new SeatUtilisation(account, countActive(usersOf(account), b), seats.longValue()));
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * Returns user retention: of the users whose first active day in the range falls in
     * {@code cohort}, how many are active in {@code window}.
     *
     * <p>"First seen" means first seen in this accumulator's range: a user active before the range
     * started looks new. Start the range early enough before the cohort (or at launch) for new to
     * mean new.
     *
     * <p>Example: cohort 2024-W10 and window 2024-W11 give week-1 retention.
     *
     * @param cohort the period users were first seen in, within the range, not null
     * @param window the later period, starting on or after the cohort's end, within the range,
     *     not null
     * @return the retention with its counts
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a period is not wholly within the range or the window
     *     starts before the cohort ends
     */
    public UserRetention retention(UsagePeriod cohort, UsagePeriod window) {
        int[] c = bounds(cohort);
        int[] w = bounds(window);
        UserRetention.checkOrder(cohort, window);
        long newUsers = 0;
        long returned = 0;
        for (HashMap<String, BitSet> users : activeDays.values()) {
            for (BitSet days : users.values()) {
                int first = days.nextSetBit(0);
                if (first >= c[0] && first < c[1]) {
                    newUsers++;
                    if (activeIn(days, w)) {
                        returned++;
                    }
                }
            }
        }
        return new UserRetention(cohort, window, newUsers, returned);
    }

    /**
     * Re-checks a deserialised partial state, so a tampered stream (for example one shipped between
     * the nodes of a distributed engine) cannot produce an accumulator that {@code accept} and
     * {@code combine} could never reach.
     *
     * @param in the stream
     * @throws java.io.IOException if reading fails
     * @throws ClassNotFoundException if a class of the state is missing
     * @throws java.io.InvalidObjectException if the state breaks an invariant
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            java.util.Objects.requireNonNull(range, "range must not be null");
            java.util.Objects.requireNonNull(zone, "zone must not be null");
            long days = range.days();
            java.util.Objects.requireNonNull(activeDays, "activeDays must not be null").forEach((a, users) -> java.util.Objects.requireNonNull(users, "users of " + a + " must not be null")
                    .forEach((u, bits) -> {
                        if (u == null || bits == null || bits.length() > days) {
                            throw new IllegalArgumentException("the active days of user " + u + " exceed the range " + range);
                        }
                    }));
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid ActiveUsers: " + e.getMessage())
                    .initCause(e);
        }
    }
}
