package io.csmetrics.revenue;

import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import java.io.IOException;
import io.csmetrics.Accumulator;
import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Trial-to-paid conversion of the trials that ended by an as-of date, and the time to convert.
 *
 * <p>Definitions (the usual ones of ProfitWell/Paddle and ChartMogul's trial reports): a trial is
 * <em>decided</em> when it converted, or when its end date is before {@code asOf} without
 * conversion; trials still running and unconverted are left out, so they neither help nor hurt.
 * <pre>
 *   conversion rate = converted / decided
 *   days to convert = convertedOn − started, per converted trial
 * </pre>
 * A conversion after the trial's end (a late conversion) counts as converted. Days to convert are
 * summarised exactly: the mean as a {@link Ratio} of total days to conversions, the median by
 * nearest rank (R {@code quantile(type = 1)}), and the maximum.
 *
 * <p>Worked example (as of 2024-04-01): A started 03-01, converted 03-12 (11 days); B started
 * 03-01, ended 03-15, not converted; C started 03-10, converted 03-31 (21 days); D started 03-25,
 * ends 04-08, running. Decided 3, converted 2: rate 2/3; mean (11 + 21) / 2 = 16 days; median 11.
 *
 * <p>This class is a mutable accumulator: not thread-safe. Memory grows with the number of
 * distinct day counts, not with trials.
 *
 * @since 0.2.0
 */
public final class TrialConversion implements Accumulator<TrialRecord, TrialConversion> {

    private static final long serialVersionUID = 1L;

    private final LocalDate asOf;
    private long decided;
    private long converted;
    private long running;
    private long totalDays;
    private final TreeMap<Long, Long> daysHistogram = new TreeMap<>();

    private TrialConversion(LocalDate asOf) {
        this.asOf = asOf;
    }

    /**
     * Returns an empty accumulator.
     *
     * @param asOf the date the conversions are measured at, not null
     * @return the accumulator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static TrialConversion create(LocalDate asOf) {
        return new TrialConversion(Objects.requireNonNull(asOf, "asOf must not be null"));
    }

    /**
     * Returns a collector of trials into their conversion.
     *
     * @param asOf the as-of date, not null
     * @return the collector
     * @throws NullPointerException if {@code asOf} is null
     */
    public static Collector<TrialRecord, TrialConversion, TrialConversion> collector(LocalDate asOf) {
        create(asOf);
        return Accumulator.collector(() -> create(asOf), t -> t);
    }

    /**
     * Adds one trial. A trial converted after {@code asOf} is treated as not converted yet.
     *
     * @param trial the trial, not null
     * @throws NullPointerException if {@code trial} is null
     * @throws IllegalArgumentException if the trial starts after {@code asOf}; this is unchanged
     */
    @Override
    public void accept(TrialRecord trial) {
        Objects.requireNonNull(trial, "trial must not be null");
        if (trial.started().isAfter(asOf)) {
            throw new IllegalArgumentException("trial of " + trial.accountId() + " starts (" + trial.started()
                    + ") after asOf (" + asOf + ")");
        }
        if (trial.convertedOn().isPresent() && !trial.convertedOn().get().isAfter(asOf)) {
            long days = ChronoUnit.DAYS.between(trial.started(), trial.convertedOn().get());
            long total = Math.addExact(totalDays, days);
            totalDays = total;
            decided++;
            converted++;
            daysHistogram.merge(days, 1L, Long::sum);
        } else if (trial.ends().isBefore(asOf)) {
            decided++;
        } else {
            running++;
        }
    }

    /**
     * Merges another accumulator with the same as-of date.
     *
     * @param other the other, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the as-of dates differ; this is unchanged
     * @throws ArithmeticException if a count or the total of conversion days would overflow a {@code long};
     *     this is unchanged
     */
    @Override
    public TrialConversion combine(TrialConversion other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!asOf.equals(other.asOf)) {
            throw new IllegalArgumentException("other's asOf (" + other.asOf + ") differs from " + asOf);
        }
        long days;
        long dec;
        long conv;
        long run;
        try {
            days = Math.addExact(totalDays, other.totalDays);
            dec = Math.addExact(decided, other.decided);
            conv = Math.addExact(converted, other.converted);
            run = Math.addExact(running, other.running);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("combining trial conversions overflows a long: decided " + decided + " + "
                    + other.decided + ", converted " + converted + " + " + other.converted + ", running " + running
                    + " + " + other.running + ", conversion days " + totalDays + " + " + other.totalDays);
        }
        totalDays = days;
        decided = dec;
        converted = conv;
        running = run;
        // Each day's count is at most its side's conversions, whose sum fits (checked above).
        other.daysHistogram.forEach((d, n) -> daysHistogram.merge(d, n, Long::sum));
        return this;
    }

    /**
     * Returns the number of decided trials (converted, or ended unconverted before {@code asOf}).
     *
     * @return the denominator of the conversion rate
     */
    public long decided() {
        return decided;
    }

    /**
     * Returns the number of converted trials.
     *
     * @return the numerator of the conversion rate
     */
    public long converted() {
        return converted;
    }

    /**
     * Returns the number of trials still running without conversion at {@code asOf}.
     *
     * @return the running trials, left out of the rate
     */
    public long running() {
        return running;
    }

    /**
     * Returns the trial-to-paid conversion rate.
     *
     * @return {@code converted / decided}; undefined when no trial is decided
     */
    public Ratio conversionRate() {
        return Ratio.of(converted, decided);
    }

    /**
     * Returns the mean days to convert, exactly.
     *
     * @return total days / conversions; undefined with no conversion
     */
    public Ratio meanDaysToConvert() {
        return Ratio.of(totalDays, converted);
    }

    /**
     * Returns the median days to convert, nearest rank.
     *
     * @return the ⌈n/2⌉-th smallest; empty with no conversion
     */
    public OptionalLong medianDaysToConvert() {
        if (converted == 0) {
            return OptionalLong.empty();
        }
        long rank = (converted + 1) / 2;
        long seen = 0;
        for (Map.Entry<Long, Long> e : daysHistogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return OptionalLong.of(e.getKey());
            }
        }
        throw new IllegalStateException("histogram holds fewer than " + converted + " conversions");
    }

    /**
     * Returns the longest time to convert.
     *
     * @return the maximum days; empty with no conversion
     */
    public OptionalLong maxDaysToConvert() {
        return converted == 0 ? OptionalLong.empty() : OptionalLong.of(daysHistogram.lastKey());
    }

    /** Re-checks the counts of a deserialised accumulator. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        long histogramTotal = 0;
        if (asOf == null || daysHistogram == null || decided < converted || converted < 0 || running < 0 || totalDays < 0) {
            throw new InvalidObjectException("invalid TrialConversion state");
        }
        for (Map.Entry<Long, Long> e : daysHistogram.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getKey() < 0 || e.getValue() < 1) {
                throw new InvalidObjectException("invalid TrialConversion histogram entry " + e);
            }
            histogramTotal += e.getValue();
        }
        if (histogramTotal != converted) {
            throw new InvalidObjectException("TrialConversion histogram holds " + histogramTotal + " conversions, not "
                    + converted);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TrialConversion o && o.asOf.equals(asOf) && o.decided == decided
                && o.converted == converted && o.running == running && o.totalDays == totalDays
                && o.daysHistogram.equals(daysHistogram);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, decided, converted, running, totalDays, daysHistogram);
    }

    /**
     * Returns e.g. {@code "TrialConversion{asOf 2024-04-01: 2 of 3 converted, 1 running, mean 16 days}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "TrialConversion{asOf " + asOf + ": " + converted + " of " + decided + " converted, " + running
                + " running" + (converted == 0 ? "" : ", mean " + meanDaysToConvert() + " days") + "}";
    }
}
