package io.csmetrics.churn;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a per-period churn rate becomes a rate over several periods (twelve months: an annual
 * rate).
 *
 * <p>With {@code m} the per-period rate and {@code n} the number of periods:
 * {@link #COMPOUND} is {@code 1 − (1 − m)^n}, {@link #SIMPLE} is {@code m × n}. Both are exact:
 * for {@code m = a/b}, compounding gives {@code (b^n − (b − a)^n) / b^n}, kept as a
 * {@link Ratio} with numerator and denominator computed in {@link BigDecimal} without rounding.
 *
 * <p>Worked example (the CS documents the library is specified from): 10 churned of 600 in a month, {@code m = 1/60}.
 * {@code COMPOUND} over 12 months gives {@code 1 − (59/60)^12 = 18.26… %}, about 109.6 of the 600
 * accounts; {@code SIMPLE} gives exactly {@code 12/60 = 20 %}. The documents first truncate the
 * monthly rate to one decimal, 1.6 %, and then multiply: 1.6 % × 12 = 19.2 %, i.e. 115 of 600
 * accounts; pass that truncated rate ({@code Ratio.of(new BigDecimal("1.6"), BigDecimal.valueOf(100))})
 * to reproduce their figure exactly.
 *
 * <p>For a rate within 0..1, {@code COMPOUND ≤ SIMPLE} for every {@code n ≥ 1} (Bernoulli's
 * inequality), with equality for {@code n = 1} or {@code m = 0}; {@code COMPOUND} stays within
 * 0..1 while {@code SIMPLE} exceeds 1 once {@code m × n > 1}, which is why compounding is the
 * default. Negative rates (net negative revenue churn) are accepted: compounding them compounds
 * the growth.
 *
 * @since 0.1.0
 */
public enum Annualization {

    /**
     * {@code 1 − (1 − m)^n}: the share of a cohort lost after {@code n} periods when a share
     * {@code m} of the survivors leaves each period: the standard conversion of a constant
     * per-period hazard (the survival of a geometric lifetime, {@code (1 − m)^n}). The default.
     */
    COMPOUND {
        @Override
        Ratio apply(Ratio rate, int periods) {
            BigDecimal d = rate.denominator();
            BigDecimal dn = d.pow(periods);
            return Ratio.of(dn.subtract(d.subtract(rate.numerator()).pow(periods)), dn);
        }
    },

    /**
     * {@code m × n}: the documents' conversion ("monthly churn × 12"). It ignores that customers
     * who have already left cannot leave again, so it overstates the cumulative rate and can
     * exceed 100 %.
     */
    SIMPLE {
        @Override
        Ratio apply(Ratio rate, int periods) {
            return rate.multipliedBy(periods);
        }
    };

    /** The largest number of periods accepted, bounding the size of the exact powers. */
    public static final int MAX_PERIODS = 10_000;

    abstract Ratio apply(Ratio rate, int periods);

    /**
     * Returns the cumulative rate over {@code periods} periods of a per-period rate.
     *
     * @param periodRate the rate per period {@code m}, defined and at most 1, not null
     * @param periods the number of periods {@code n}, 0 to {@link #MAX_PERIODS} (0 gives 0)
     * @return the exact cumulative rate, e.g. {@code (60^12 − 59^12) / 60^12} for {@code COMPOUND}
     *     of 1/60 over 12 periods, {@code 120/600} for {@code SIMPLE} of 10/600
     * @throws NullPointerException if {@code periodRate} is null
     * @throws UndefinedMetricException if {@code periodRate} is undefined (zero denominator)
     * @throws IllegalArgumentException if {@code periodRate} exceeds 1 or {@code periods} is out of
     *     range
     */
    public Ratio cumulative(Ratio periodRate, int periods) {
        checkRate(periodRate, "periodRate");
        checkPeriods(periods);
        return apply(periodRate, periods);
    }

    /**
     * Returns the annual rate of a monthly rate: {@link #cumulative(Ratio, int)} over 12 periods.
     *
     * @param monthlyRate the monthly rate, defined and at most 1, not null
     * @return the exact annual rate, e.g. 12/60 = 20 % for {@code SIMPLE} of 1/60
     * @throws NullPointerException if {@code monthlyRate} is null
     * @throws UndefinedMetricException if {@code monthlyRate} is undefined
     * @throws IllegalArgumentException if {@code monthlyRate} exceeds 1
     */
    public Ratio annualize(Ratio monthlyRate) {
        checkRate(monthlyRate, "monthlyRate");
        return apply(monthlyRate, 12);
    }

    static void checkRate(Ratio rate, String name) {
        Objects.requireNonNull(rate, name + " must not be null");
        if (!rate.isDefined()) {
            throw new UndefinedMetricException(name + " " + rate + " is undefined (zero denominator)");
        }
        if (rate.numerator().compareTo(rate.denominator()) > 0) {
            throw new IllegalArgumentException(name + " must be at most 1: " + rate);
        }
    }

    static void checkPeriods(int periods) {
        if (periods < 0 || periods > MAX_PERIODS) {
            throw new IllegalArgumentException("periods must be in 0.." + MAX_PERIODS + ": " + periods);
        }
    }
}
