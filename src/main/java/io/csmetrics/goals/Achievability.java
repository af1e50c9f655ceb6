package io.csmetrics.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;

/**
 * The "A" of SMART: is a target achievable, judged against the metric's own history? The rate per
 * period the target requires is placed in the distribution of the rates the metric achieved in past
 * periods.
 *
 * <p><b>Required rate.</b> Over {@code n} periods from baseline {@code B} to target {@code T}:
 * {@link Basis#RELATIVE} (the default for growth) {@code g = (T/B)^(1/n) − 1}, the compound rate per
 * period, which needs {@code B > 0} and {@code T > 0}; {@link Basis#ABSOLUTE} {@code g = (T − B)/n},
 * the change per period.
 *
 * <p><b>Percentile.</b> In the target's direction (higher is better for a target above the baseline,
 * lower for one below it), the mid-rank percentile of {@code g} among the {@code N} historical rates
 * {@code h}: {@code percentile = (#{h worse than g} + ½·#{h = g}) / N}, within [0, 1]. A percentile
 * of 0.9 means the target needs a rate better than 90 % of past periods.
 *
 * <p><b>Verdict.</b> {@link Verdict#ACHIEVABLE} when {@code percentile <= 0.5} (a typical past period
 * reached the rate), {@link Verdict#STRETCH} when {@code <= 0.9}, else {@link Verdict#UNREALISTIC};
 * other thresholds via {@link #verdict(double, double)}.
 *
 * <p>Example: MRR from 100,000 to 121,000 in 2 months needs {@code g = √1.21 − 1 = 10 %} a month;
 * against past monthly growth 2 %, 4 %, 5 %, 8 %, 9 %, 12 %, 15 %, 20 % that is {@code 5 / 8 = 0.625},
 * a stretch. On the absolute basis, 100 → 120 in 2 periods needs 10 per period; against past changes
 * 5, 10, 15, 20 that is {@code (1 + ½) / 4 = 0.375}, achievable.
 *
 * @param target the SMART target, not null
 * @param basis how the rate is measured, not null
 * @param periods the number of periods from start to deadline, positive, finite
 * @param requiredRate the rate per period the target needs
 * @param historySize the number of historical rates, positive
 * @param percentile the required rate's percentile in the history, within [0, 1]
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Achievability(SmartTarget target, Basis basis, double periods, double requiredRate, int historySize,
        double percentile) {

    /** How a rate per period is measured. */
    public enum Basis {
        /** Compound relative growth per period, {@code (T/B)^(1/n) − 1}. */
        RELATIVE,
        /** Absolute change per period, {@code (T − B)/n}. */
        ABSOLUTE
    }

    /** The verdict of an achievability check. */
    public enum Verdict {
        /** A typical past period reached the required rate. */
        ACHIEVABLE,
        /** Reached by some past periods, but not by a typical one. */
        STRETCH,
        /** Beyond almost all past periods. */
        UNREALISTIC
    }

    /**
     * Validates the assessment.
     *
     * @throws NullPointerException if {@code target} or {@code basis} is null
     * @throws IllegalArgumentException if a number is out of its range
     */
    public Achievability {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        if (!(periods > 0) || Double.isInfinite(periods)) {
            throw new IllegalArgumentException("periods must be positive and finite: " + periods);
        }
        if (historySize <= 0) {
            throw new IllegalArgumentException("historySize must be positive: " + historySize);
        }
        if (!(percentile >= 0 && percentile <= 1) || !Double.isFinite(requiredRate)) {
            throw new IllegalArgumentException("percentile must be within [0, 1] and requiredRate finite: "
                    + percentile + ", " + requiredRate);
        }
    }

    /**
     * Assesses a target against the metric's history.
     *
     * @param target the SMART target, not null
     * @param basis how rates are measured, not null
     * @param periods the number of periods from start to deadline (for example 12 for a year of
     *     monthly rates), positive, finite
     * @param historicalRates the rates achieved in past periods, on the same basis, not empty,
     *     finite; not modified
     * @return the assessment
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code periods} is not positive, the history is empty or
     *     not finite, or (relative basis) the baseline or target is not positive
     */
    public static Achievability assess(SmartTarget target, Basis basis, double periods, double[] historicalRates) {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(historicalRates, "historicalRates must not be null");
        if (!(periods > 0) || Double.isInfinite(periods)) {
            throw new IllegalArgumentException("periods must be positive and finite: " + periods);
        }
        if (historicalRates.length == 0) {
            throw new IllegalArgumentException("historicalRates must not be empty");
        }
        for (int i = 0; i < historicalRates.length; i++) {
            if (!Double.isFinite(historicalRates[i])) {
                throw new IllegalArgumentException("historicalRates[" + i + "] must be finite: " + historicalRates[i]);
            }
        }
        BigDecimal b = target.baseline();
        BigDecimal t = target.target();
        double g;
        if (basis == Basis.RELATIVE) {
            if (b.signum() <= 0 || t.signum() <= 0) {
                throw new IllegalArgumentException("a relative rate needs a positive baseline and target: baseline "
                        + b.toPlainString() + ", target " + t.toPlainString());
            }
            g = Math.pow(t.divide(b, MathContext.DECIMAL64).doubleValue(), 1 / periods) - 1;
        } else {
            g = t.subtract(b).doubleValue() / periods;
        }
        int sign = t.compareTo(b);
        double below = 0;
        for (double h : historicalRates) {
            int c = Double.compare(h * sign, g * sign);
            below += c < 0 ? 1 : c == 0 ? 0.5 : 0;
        }
        return new Achievability(target, basis, periods, g, historicalRates.length, below / historicalRates.length);
    }

    /**
     * Returns the verdict with the default thresholds 0.5 and 0.9.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return verdict(0.5, 0.9);
    }

    /**
     * Returns the verdict with the given thresholds.
     *
     * @param achievableUpTo the highest percentile still achievable, within [0, 1]
     * @param stretchUpTo the highest percentile still a stretch, within [{@code achievableUpTo}, 1]
     * @return the verdict
     * @throws IllegalArgumentException if the thresholds are out of order or range
     */
    public Verdict verdict(double achievableUpTo, double stretchUpTo) {
        if (!(achievableUpTo >= 0 && achievableUpTo <= stretchUpTo && stretchUpTo <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= achievableUpTo (" + achievableUpTo
                    + ") <= stretchUpTo (" + stretchUpTo + ") <= 1");
        }
        return percentile <= achievableUpTo ? Verdict.ACHIEVABLE
                : percentile <= stretchUpTo ? Verdict.STRETCH : Verdict.UNREALISTIC;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Achievability{metric=%s, %s rate %.6f per period over %s periods, "
                + "percentile %.4f of %d, %s}", target.metric(), basis, requiredRate, periods, percentile, historySize,
                verdict());
    }
}
