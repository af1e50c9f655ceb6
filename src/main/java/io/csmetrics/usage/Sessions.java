package io.csmetrics.usage;

import io.csmetrics.Accumulator;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Sessions and logins from usage events: a user's events separated by more than an inactivity
 * timeout (30 minutes by default) fall in different sessions.
 *
 * <p><b>Definition.</b> Sort one user's events by time; a new session starts at the first event
 * and at every event more than {@code timeout} after the previous one. Events exactly
 * {@code timeout} apart are in the same session. The 30-minute default is the web-analytics
 * convention (Google Analytics' session timeout, Amplitude's default). A <em>login</em> is a
 * session start: {@link #logins(UsagePeriod)} counts sessions that start in a period, per account.
 * (If your events include explicit login events, filter the events to those and count them
 * instead.) A session belongs to the period, day, week or month, of its first event's local date.
 *
 * <p><b>Order of events.</b> Events may arrive in any order, as on a parallel stream. The
 * accumulator keeps, per user, the sessions found so far as time intervals; an event joins (and may
 * bridge) the sessions within {@code timeout} of it, so the result is the sessionisation of the
 * sorted events whatever the arrival order. Memory grows with the number of sessions (per user and
 * day of activity), not with events.
 *
 * <p>The accumulator is created for a range of days and a time zone; an event whose local date is
 * outside the range is rejected, and so is a question about a period not wholly within it.
 *
 * <p>Example: a user's events at 09:00, 09:20, 09:45 and 11:00: two sessions, 09:00–09:45 (three
 * events, 45 minutes) and 11:00 (one event), so two logins that day.
 *
 * @implSpec This is a mutable accumulator, not thread-safe; a parallel stream gives each thread its
 *     own.
 * @since 0.1.0
 */
public final class Sessions implements Accumulator<UsageEvent, Sessions> {

    private static final long serialVersionUID = 1L;

    /** The default inactivity timeout: 30 minutes. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    /** One session: first and last event and how many events. */
    private record Session(Instant start, Instant end, long events) implements Serializable {

        Session merge(Session other) {
            return new Session(start.isBefore(other.start) ? start : other.start,
                    end.isAfter(other.end) ? end : other.end, events + other.events);
        }
    }

    private final UsagePeriod range;
    private final ZoneId zone;
    private final Duration timeout;
    private final HashMap<String, HashMap<String, TreeMap<Instant, Session>>> sessions = new HashMap<>();

    private Sessions(UsagePeriod range, ZoneId zone, Duration timeout) {
        this.range = range;
        this.zone = zone;
        this.timeout = timeout;
    }

    /**
     * Creates an empty accumulator with the default 30-minute timeout.
     *
     * @param range the days events may fall on, not null
     * @param zone the time zone that maps an instant to its local day, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     */
    public static Sessions create(UsagePeriod range, ZoneId zone) {
        return create(range, zone, DEFAULT_TIMEOUT);
    }

    /**
     * Creates an empty accumulator.
     *
     * @param range the days events may fall on, not null
     * @param zone the time zone that maps an instant to its local day, not null
     * @param timeout the inactivity gap that ends a session, positive, at most
     *     {@link #MAX_TIMEOUT} (366 days)
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code timeout} is zero, negative or longer than
     *     {@link #MAX_TIMEOUT}
     */
    public static Sessions create(UsagePeriod range, ZoneId zone, Duration timeout) {
        Objects.requireNonNull(range, "range must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(timeout, "timeout must not be null");
        checkTimeout(timeout);
        return new Sessions(range, zone, timeout);
    }

    /**
     * The longest inactivity timeout, 366 days: a longer one would overflow the instants it is added
     * to near the ends of the time line, and no session definition needs it.
     */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(366);

    private static void checkTimeout(Duration timeout) {
        if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout (valid values PT0S exclusive - " + MAX_TIMEOUT
                    + ") out of range: " + timeout);
        }
    }

    /**
     * Returns a collector to the filled accumulator, to query afterwards.
     *
     * @param range the days events may fall on, not null
     * @param zone the time zone of the days, not null
     * @param timeout the inactivity gap that ends a session, positive
     * @return the collector; it throws as {@link #accept(UsageEvent)} does
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code timeout} is not positive or longer than
     *     {@link #MAX_TIMEOUT}
     */
    public static Collector<UsageEvent, Sessions, Sessions> collector(UsagePeriod range, ZoneId zone, Duration timeout) {
        create(range, zone, timeout);
        return Accumulator.collector(() -> create(range, zone, timeout), s -> s);
    }

    /**
     * Returns the inactivity timeout.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Adds an event to its user's sessions, in any order.
     *
     * @param event the event, not null
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalArgumentException if the event's local date is outside the range; the
     *     accumulator is then unchanged
     */
    @Override
    public void accept(UsageEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        ActiveUsers.dayIndex(event, range, zone);
        insert(userSessions(event.accountId(), event.userId()),
                new Session(event.timestamp(), event.timestamp(), 1));
    }

    private TreeMap<Instant, Session> userSessions(String account, String user) {
        return sessions.computeIfAbsent(account, k -> new HashMap<>()).computeIfAbsent(user, k -> new TreeMap<>());
    }

    /** Inserts a session, merging it with every stored session within the timeout of it. */
    private void insert(TreeMap<Instant, Session> userSessions, Session session) {
        Session merged = session;
        Map.Entry<Instant, Session> before = userSessions.floorEntry(merged.start());
        if (before != null && !before.getValue().end().plus(timeout).isBefore(merged.start())) {
            userSessions.remove(before.getKey());
            merged = before.getValue().merge(merged);
        }
        for (Map.Entry<Instant, Session> after = userSessions.ceilingEntry(merged.start());
                after != null && !merged.end().plus(timeout).isBefore(after.getValue().start());
                after = userSessions.ceilingEntry(merged.start())) {
            userSessions.remove(after.getKey());
            merged = merged.merge(after.getValue());
        }
        userSessions.put(merged.start(), merged);
    }

    /**
     * Merges another accumulator's sessions; sessions of one user that come within the timeout of
     * each other become one.
     *
     * @param other an accumulator with the same range, zone and timeout, not null
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the range, zone or timeout differ; this accumulator is
     *     then unchanged
     */
    @Override
    public Sessions combine(Sessions other) {
        Objects.requireNonNull(other, "other must not be null");
        ActiveUsers.checkCompatible(range, zone, other.range, other.zone);
        if (!timeout.equals(other.timeout)) {
            throw new IllegalArgumentException("cannot combine sessions with timeout " + other.timeout
                    + " into sessions with timeout " + timeout);
        }
        for (Map.Entry<String, HashMap<String, TreeMap<Instant, Session>>> account : other.sessions.entrySet()) {
            for (Map.Entry<String, TreeMap<Instant, Session>> user : account.getValue().entrySet()) {
                TreeMap<Instant, Session> mine = userSessions(account.getKey(), user.getKey());
                for (Session s : user.getValue().values()) {
                    insert(mine, s);
                }
            }
        }
        return this;
    }

    private static SessionSummary summarise(Iterable<TreeMap<Instant, Session>> users) {
        long count = 0;
        long events = 0;
        Duration total = Duration.ZERO;
        for (TreeMap<Instant, Session> user : users) {
            for (Session s : user.values()) {
                count++;
                events += s.events();
                total = total.plus(Duration.between(s.start(), s.end()));
            }
        }
        return new SessionSummary(count, events, total);
    }

    /**
     * Returns the totals over all accounts.
     *
     * @return sessions, events and total length; all zero when empty
     */
    public SessionSummary summary() {
        long count = 0;
        long events = 0;
        Duration total = Duration.ZERO;
        for (SessionSummary s : summaryByAccount().values()) {
            count += s.sessions();
            events += s.events();
            total = total.plus(s.totalDuration());
        }
        return new SessionSummary(count, events, total);
    }

    /**
     * Returns the totals of each account.
     *
     * @return account to its sessions' summary, sorted by account
     */
    public SortedMap<String, SessionSummary> summaryByAccount() {
        SortedMap<String, SessionSummary> result = new TreeMap<>();
        for (Map.Entry<String, HashMap<String, TreeMap<Instant, Session>>> e : sessions.entrySet()) {
            result.put(e.getKey(), summarise(e.getValue().values()));
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * Returns the logins (sessions started) of each account in a period.
     *
     * @param period a period within the range, not null
     * @return account to sessions whose first event's local date is in the period, sorted by
     *     account; accounts with events only outside the period have 0
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is not wholly within the range
     */
    public SortedMap<String, Long> logins(UsagePeriod period) {
        Objects.requireNonNull(period, "period must not be null");
        ActiveUsers.checkWithin(range, period);
        SortedMap<String, Long> result = new TreeMap<>();
        for (Map.Entry<String, HashMap<String, TreeMap<Instant, Session>>> e : sessions.entrySet()) {
            long n = 0;
            for (TreeMap<Instant, Session> user : e.getValue().values()) {
                for (Session s : user.values()) {
                    if (period.contains(LocalDate.ofInstant(s.start(), zone))) {
                        n++;
                    }
                }
            }
            result.put(e.getKey(), n);
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * Returns the logins of each account in every whole period of a granularity within the range.
     *
     * @param granularity day, ISO week or month, not null
     * @return account to (period to sessions started), sorted; periods without logins are left
     *     out, and so are partial periods at the range's edges
     * @throws NullPointerException if {@code granularity} is null
     */
    public SortedMap<String, SortedMap<UsagePeriod, Long>> loginsByAccount(Granularity granularity) {
        Objects.requireNonNull(granularity, "granularity must not be null");
        SortedMap<String, SortedMap<UsagePeriod, Long>> result = new TreeMap<>();
        for (Map.Entry<String, HashMap<String, TreeMap<Instant, Session>>> e : sessions.entrySet()) {
            SortedMap<UsagePeriod, Long> perPeriod = new TreeMap<>();
            for (TreeMap<Instant, Session> user : e.getValue().values()) {
                for (Session s : user.values()) {
                    UsagePeriod p = granularity.periodOf(LocalDate.ofInstant(s.start(), zone));
                    if (range.encloses(p)) {
                        perPeriod.merge(p, 1L, Long::sum);
                    }
                }
            }
            result.put(e.getKey(), Collections.unmodifiableSortedMap(perPeriod));
        }
        return Collections.unmodifiableSortedMap(result);
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
            checkTimeout(java.util.Objects.requireNonNull(timeout, "timeout must not be null"));
            java.util.Objects.requireNonNull(sessions, "sessions must not be null").forEach((a, users) -> java.util.Objects.requireNonNull(users, "users of " + a + " must not be null")
                    .forEach((u, byStart) -> java.util.Objects.requireNonNull(byStart, "sessions of " + u + " must not be null").forEach((t, s) -> {
                        if (t == null || s == null || !t.equals(s.start())) {
                            throw new IllegalArgumentException("session " + s + " of user " + u + " is not keyed by its start " + t);
                        }
                    })));
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Sessions: " + e.getMessage())
                    .initCause(e);
        }
    }
}
