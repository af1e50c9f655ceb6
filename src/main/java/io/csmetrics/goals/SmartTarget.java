package io.csmetrics.goals;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A SMART target on any metric: specific (one metric), measurable (a baseline and a target
 * value), time-bound (a start and a deadline), paced linearly between them.
 *
 * <p>The target may lie above the baseline (grow MRR) or below it (cut churn, shorten time to
 * value); progress is measured in the target's direction either way. {@link #progress(LocalDate,
 * BigDecimal)} gives the share achieved, whether the metric is on the linear pace or behind and by
 * how much, and the run rate per day needed from now to hit the target (see {@link TargetProgress}).
 *
 * <p>Example: MRR from 100,000 to 130,000 between 2024-01-01 and 2024-12-31 (365 days); on
 * 2024-07-01 (182 days) at 112,000 it has achieved 40 % against 182/365 ≈ 49.9 % of the time, so it
 * is behind linear pace (expected 114,958.90…) by ≈ 2,958.90 and needs (130,000 − 112,000) / 183
 * ≈ 98.36 per day.
 *
 * @param metric the metric's name, not blank
 * @param baseline the value at the start
 * @param target the value to reach, different from the baseline
 * @param start the first day
 * @param deadline the day the target is due, after {@code start}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record SmartTarget(String metric, BigDecimal baseline, BigDecimal target, LocalDate start, LocalDate deadline)
        implements Serializable {

    /**
     * Validates the target.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code metric} is blank, the deadline is not after the
     *     start, or the target equals the baseline
     */
    public SmartTarget {
        Objects.requireNonNull(metric, "metric must not be null");
        if (metric.isBlank()) {
            throw new IllegalArgumentException("metric must not be blank: '" + metric + "'");
        }
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(deadline, "deadline must not be null");
        if (!deadline.isAfter(start)) {
            throw new IllegalArgumentException("deadline (" + deadline + ") must be after start (" + start + ")");
        }
        if (target.compareTo(baseline) == 0) {
            throw new IllegalArgumentException("target (" + target.toPlainString() + ") must differ from baseline ("
                    + baseline.toPlainString() + ")");
        }
    }

    /**
     * Returns a SMART target.
     *
     * @param metric the metric's name, not blank
     * @param baseline the value at the start, not null
     * @param target the value to reach, different from the baseline, not null
     * @param start the first day, not null
     * @param deadline the day the target is due, after {@code start}, not null
     * @return the target
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code metric} is blank, the deadline is not after the
     *     start, or the target equals the baseline
     */
    public static SmartTarget of(String metric, BigDecimal baseline, BigDecimal target, LocalDate start,
            LocalDate deadline) {
        return new SmartTarget(metric, baseline, target, start, deadline);
    }

    /**
     * Returns the number of days from start to deadline, {@code D}.
     *
     * @return the days, positive
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, deadline);
    }

    /**
     * Returns the linear-pace value on a day, {@code B + (T − B) × e / D}, {@code e} capped to
     * {@code [0, D]}.
     *
     * @param day the day, not null
     * @return the value, exact
     * @throws NullPointerException if {@code day} is null
     */
    public Ratio paceValue(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        BigDecimal d = BigDecimal.valueOf(days());
        BigDecimal e = BigDecimal.valueOf(elapsedDays(day));
        return Ratio.of(baseline.multiply(d).add(target.subtract(baseline).multiply(e)), d);
    }

    private long elapsedDays(LocalDate day) {
        return Math.max(0, Math.min(days(), ChronoUnit.DAYS.between(start, day)));
    }

    /**
     * Measures progress on a day.
     *
     * @param asOf the day of the measurement, not before {@code start}, not null
     * @param actual the metric's value on that day, not null
     * @return the progress
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code asOf} is before {@code start}
     */
    public TargetProgress progress(LocalDate asOf, BigDecimal actual) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(actual, "actual must not be null");
        if (asOf.isBefore(start)) {
            throw new IllegalArgumentException("asOf (" + asOf + ") must not be before start (" + start + ")");
        }
        BigDecimal delta = target.subtract(baseline);
        long dDays = days();
        long eDays = elapsedDays(asOf);
        BigDecimal d = BigDecimal.valueOf(dDays);
        Ratio achieved = Ratio.of(actual.subtract(baseline), delta);
        Ratio elapsed = Ratio.of(eDays, dDays);
        Ratio expected = paceValue(asOf);
        BigDecimal sign = BigDecimal.valueOf(delta.signum());
        Ratio behind = Ratio.of(expected.numerator().subtract(actual.multiply(d)).multiply(sign), d);
        Ratio required = Ratio.of(target.subtract(actual), BigDecimal.valueOf(Math.max(0, dDays
                - ChronoUnit.DAYS.between(start, asOf))));
        PaceStatus status;
        if (achieved.compareTo(Ratio.ONE) >= 0) {
            status = PaceStatus.ACHIEVED;
        } else if (!asOf.isBefore(deadline)) {
            status = PaceStatus.MISSED;
        } else {
            status = behind.numerator().signum() > 0 ? PaceStatus.BEHIND : PaceStatus.ON_TRACK;
        }
        return new TargetProgress(this, asOf, Ratio.of(actual, BigDecimal.ONE), achieved, elapsed, expected, behind,
                required, status);
    }
}
