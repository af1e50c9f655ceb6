package io.csmetrics.onboarding;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The distribution of a time-to-event in whole days (time to onboard, time to value) over many
 * accounts, with right-censoring made explicit.
 *
 * <p>An account that has reached the event contributes its <em>event time</em> {@code t} (days
 * from its contract start to the event). An account that has not reached it by the as-of date is
 * <em>censored</em>: it contributes its <em>observed time</em> {@code c} (days from its contract
 * start to the as-of date), and we only know its event time exceeds {@code c}. The summary
 * statistics describe the event times of the accounts that reached the event; the censored
 * count says how many accounts they leave out, so a short mean over few events cannot pass for a
 * fast onboarding.
 *
 * <ul>
 *   <li>{@link #count()} {@code n}: accounts with an event; {@link #censored()}: accounts without.
 *   <li>{@link #mean()} = {@code Σ t / n}, an exact {@link Ratio} of days; undefined (zero
 *       denominator) when {@code n = 0}.
 *   <li>{@link #percentile(int)}: the <b>nearest-rank</b> percentile (Hyndman and Fan's type 1,
 *       the inverse of the empirical distribution function): for {@code 0 < p ≤ 100}, the
 *       smallest event time {@code x} such that at least {@code p %} of the event times are
 *       {@code ≤ x}, i.e. the value of rank {@code ⌈p·n/100⌉} in ascending order. It is always
 *       an observed number of days. {@link #median()} is {@code percentile(50)} (for an even
 *       {@code n} the lower of the two middle values), {@link #p90()} is {@code percentile(90)},
 *       {@link #max()} is {@code percentile(100)}. All are empty when {@code n = 0}.
 *   <li>{@link #shareWithin(long)}: the share reaching the event within a target, counting
 *       censored accounts only when their observed time shows they missed it.
 * </ul>
 *
 * <p>Example: event times {@code 2, 3, 5, 9, 30} and one censored account observed for 10 days:
 * {@code n = 5}, censored 1, mean {@code 49/5} = 9.8 days, median 5, p90 30 (rank
 * {@code ⌈4.5⌉ = 5}), max 30; within 7 days: {@code 3/6} (the censored account, observed 10 ≥ 7
 * days without the event, missed the target).
 *
 * <p>Hyndman, R. J. and Fan, Y. (1996), "Sample quantiles in statistical packages", The American
 * Statistician 50(4), definition 1; R's {@code quantile(x, type = 1)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class DaysDistribution implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SortedMap<Long, Long> events;
    private final SortedMap<Long, Long> censoredTimes;
    private final long count;
    private final long censored;
    private final long sum;

    private DaysDistribution(SortedMap<Long, Long> events, SortedMap<Long, Long> censoredTimes) {
        this.events = Collections.unmodifiableSortedMap(events);
        this.censoredTimes = Collections.unmodifiableSortedMap(censoredTimes);
        long n = 0;
        long s = 0;
        for (Map.Entry<Long, Long> e : events.entrySet()) {
            n += e.getValue();
            try {
                s = Math.addExact(s, Math.multiplyExact(e.getKey(), e.getValue()));
            } catch (ArithmeticException overflow) {
                throw new ArithmeticException("the sum of the event days overflows a long at day " + e.getKey() + " ("
                        + e.getValue() + " events)");
            }
        }
        long c = 0;
        for (long k : censoredTimes.values()) {
            c += k;
        }
        this.count = n;
        this.censored = c;
        this.sum = s;
    }

    /**
     * Returns the distribution of given event times and censored observation times.
     *
     * @param eventDays the days to the event of each account that reached it, none negative
     * @param censoredDays the observed days of each account that has not reached it, none negative
     * @return the distribution
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if a value is negative
     * @throws ArithmeticException if the sum of the event days overflows a {@code long}
     */
    public static DaysDistribution of(long[] eventDays, long[] censoredDays) {
        Objects.requireNonNull(eventDays, "eventDays must not be null");
        Objects.requireNonNull(censoredDays, "censoredDays must not be null");
        DayHistogram e = new DayHistogram();
        for (int i = 0; i < eventDays.length; i++) {
            e.add(checkDays(eventDays[i], "eventDays[" + i + "]"));
        }
        DayHistogram c = new DayHistogram();
        for (int i = 0; i < censoredDays.length; i++) {
            c.add(checkDays(censoredDays[i], "censoredDays[" + i + "]"));
        }
        return from(e, c);
    }

    static long checkDays(long days, String name) {
        if (days < 0) {
            throw new IllegalArgumentException(name + " (valid values 0 or more) must not be negative: " + days);
        }
        return days;
    }

    static DaysDistribution from(DayHistogram events, DayHistogram censored) {
        return new DaysDistribution(new TreeMap<>(events.counts), new TreeMap<>(censored.counts));
    }

    /**
     * Returns the number of accounts that reached the event.
     *
     * @return {@code n}, 0 or more
     */
    public long count() {
        return count;
    }

    /**
     * Returns the number of censored accounts: those that had not reached the event by the as-of
     * date.
     *
     * @return the censored count, 0 or more
     */
    public long censored() {
        return censored;
    }

    /**
     * Returns the number of accounts, with and without the event.
     *
     * @return {@code count() + censored()}
     */
    public long total() {
        return count + censored;
    }

    /**
     * Returns the event times and how many accounts had each.
     *
     * @return days to count, ascending, unmodifiable
     */
    public SortedMap<Long, Long> eventHistogram() {
        return events;
    }

    /**
     * Returns the censored accounts' observed times and how many accounts had each.
     *
     * @return days to count, ascending, unmodifiable
     */
    public SortedMap<Long, Long> censoredHistogram() {
        return censoredTimes;
    }

    /**
     * Returns the mean event time in days, {@code Σ t / n}, exactly.
     *
     * @return the ratio of total days to accounts with the event, e.g. {@code 49/5}; undefined
     *     ({@link Ratio#isDefined()} false) when no account reached the event
     */
    public Ratio mean() {
        return Ratio.of(sum, count);
    }

    /**
     * Returns the nearest-rank percentile of the event times (see the class documentation).
     *
     * @param percent {@code p}, 1 to 100
     * @return the event time of rank {@code ⌈p·n/100⌉}, or empty when {@code n = 0}
     * @throws IllegalArgumentException if {@code percent} is outside 1..100
     */
    public OptionalLong percentile(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent (valid values 1 - 100) is out of range: " + percent);
        }
        if (count == 0) {
            return OptionalLong.empty();
        }
        long rank = Math.max(1, (percent * count + 99) / 100);
        long seen = 0;
        for (Map.Entry<Long, Long> e : events.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return OptionalLong.of(e.getKey());
            }
        }
        throw new AssertionError("rank " + rank + " exceeds count " + count);
    }

    /**
     * Returns the nearest-rank median, {@code percentile(50)}: the lower middle value for an even
     * count.
     *
     * @return the median days, or empty when no account reached the event
     */
    public OptionalLong median() {
        return percentile(50);
    }

    /**
     * Returns the nearest-rank 90th percentile, {@code percentile(90)}.
     *
     * @return the days, or empty when no account reached the event
     */
    public OptionalLong p90() {
        return percentile(90);
    }

    /**
     * Returns the shortest event time.
     *
     * @return the days, or empty when no account reached the event
     */
    public OptionalLong min() {
        return events.isEmpty() ? OptionalLong.empty() : OptionalLong.of(events.firstKey());
    }

    /**
     * Returns the longest event time, {@code percentile(100)}.
     *
     * @return the days, or empty when no account reached the event
     */
    public OptionalLong max() {
        return events.isEmpty() ? OptionalLong.empty() : OptionalLong.of(events.lastKey());
    }

    /**
     * Returns the share of accounts that reached the event within a target:
     * {@code #{t ≤ target} / (n + #{c ≥ target})}.
     *
     * <p>A censored account observed for {@code c ≥ target} days without the event has missed
     * the target and counts in the denominator; one observed for fewer days may still make it,
     * so it is left out of both parts rather than counted as a miss.
     *
     * @param targetDays the target in days, 0 or more
     * @return the share; undefined (zero denominator) when no account's outcome is known yet
     * @throws IllegalArgumentException if {@code targetDays} is negative
     */
    public Ratio shareWithin(long targetDays) {
        checkDays(targetDays, "targetDays");
        long within = 0;
        for (long k : events.headMap(targetDays + 1).values()) {
            within += k;
        }
        long missedCensored = 0;
        for (long k : censoredTimes.tailMap(targetDays).values()) {
            missedCensored += k;
        }
        return Ratio.of(within, count + missedCensored);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DaysDistribution && ((DaysDistribution) obj).events.equals(events)
                && ((DaysDistribution) obj).censoredTimes.equals(censoredTimes);
    }

    @Override
    public int hashCode() {
        return events.hashCode() * 31 + censoredTimes.hashCode();
    }

    /**
     * Returns a readable summary, e.g.
     * {@code DaysDistribution{n=5, censored=1, mean=49/5, median=5, p90=30, max=30}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (count == 0) {
            return "DaysDistribution{n=0, censored=" + censored + ", statistics undefined}";
        }
        return "DaysDistribution{n=" + count + ", censored=" + censored + ", mean=" + mean() + ", median="
                + median().getAsLong() + ", p90=" + p90().getAsLong() + ", max=" + max().getAsLong() + "}";
    }

    /**
     * Re-checks a deserialised DaysDistribution through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            SortedMap<Long, Long> e = checked(events, "events");
            SortedMap<Long, Long> c = checked(censoredTimes, "censoredTimes");
            DaysDistribution d = new DaysDistribution(e, c);
            if (d.count != count || d.censored != censored || d.sum != sum) {
                throw new IllegalArgumentException("count (" + count + "), censored (" + censored + ") and sum (" + sum
                        + ") do not match the days");
            }
            return d;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid DaysDistribution: "
                    + e.getMessage()).initCause(e);
        }
    }

    private static SortedMap<Long, Long> checked(Map<Long, Long> days, String name) {
        Objects.requireNonNull(days, name + " must not be null");
        SortedMap<Long, Long> copy = new java.util.TreeMap<>();
        for (Map.Entry<Long, Long> e : days.entrySet()) {
            checkDays(Objects.requireNonNull(e.getKey(), name + " must not contain null"), name);
            if (e.getValue() == null || e.getValue() <= 0) {
                throw new IllegalArgumentException(name + " count of day " + e.getKey() + " must be positive: " + e.getValue());
            }
            copy.put(e.getKey(), e.getValue());
        }
        return copy;
    }
}
