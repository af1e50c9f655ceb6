package io.csmetrics.roi;

import io.csmetrics.Money;
import io.csmetrics.ltv.RetentionModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Turns attributed ARR into attributed lifetime value: a renewal creates future renewals, so one
 * year of revenue undervalues what CS kept.
 *
 * <p>Two assumptions, both from the LTV definitions the library names:
 * <ul>
 *   <li>{@link #averageLifetime(BigDecimal)}: the documents' LTV = average monthly price ×
 *       average months retained, {@code LTV = A / 12 × L} for an attributed ARR {@code A} and a
 *       lifetime of {@code L} months. Example: USD 120,000 ARR over 24 months is USD 240,000.</li>
 *   <li>{@link #retention(RetentionModel, int, double, int)}: the discounted survival sum
 *       {@code LTV = Σ_{t=0}^{H−1} p · S(t) / (1 + d)^t}, with {@code p = A × q / 12} the revenue of
 *       one model period of {@code q} months, {@code S(t)} the model's survival to period
 *       {@code t}, {@code d} the discount rate per period and {@code H} the horizon in periods
 *       (the standard contractual LTV, e.g. Fader and Hardie, "Customer-Base Valuation in a
 *       Contractual Setting", 2010, without the infinite tail).</li>
 * </ul>
 * The lifetime value is rounded once, half-even to the currency's scale; the retention sum is a
 * statistical factor computed in {@code double}, the money it multiplies stays exact until then.
 *
 * <p>This basis is implemented here rather than through {@code io.csmetrics.ltv.LtvCalculator}
 * because that calculator was not yet in the library when the ROI family was written; the formulas
 * are the same.
 *
 * @implSpec This class is immutable and thread-safe (the retention model given must be too).
 * @since 0.1.0
 */
public final class LtvBasis {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final BigDecimal lifetimeMonths;
    private final RetentionModel model;
    private final int monthsPerPeriod;
    private final double discountRate;
    private final int horizon;
    private final String description;

    private LtvBasis(BigDecimal lifetimeMonths, RetentionModel model, int monthsPerPeriod, double discountRate,
            int horizon, String description) {
        this.lifetimeMonths = lifetimeMonths;
        this.model = model;
        this.monthsPerPeriod = monthsPerPeriod;
        this.discountRate = discountRate;
        this.horizon = horizon;
        this.description = description;
    }

    /**
     * Returns the average-lifetime basis, {@code LTV = A / 12 × L}.
     *
     * @param months the average customer lifetime {@code L} in months, positive, not null
     * @return the basis
     * @throws NullPointerException if {@code months} is null
     * @throws IllegalArgumentException if {@code months} is not positive
     */
    public static LtvBasis averageLifetime(BigDecimal months) {
        Objects.requireNonNull(months, "months must not be null");
        if (months.signum() <= 0) {
            throw new IllegalArgumentException("months must be positive: " + months.toPlainString());
        }
        return new LtvBasis(months, null, 0, 0, 0,
                "LTV (average lifetime " + months.toPlainString() + " months)");
    }

    /**
     * Returns the retention-model basis,
     * {@code LTV = Σ_{t=0}^{H−1} (A × q / 12) · S(t) / (1 + d)^t}.
     *
     * @param model the retention model {@code S}, not null
     * @param monthsPerPeriod the length {@code q} of one model period in months (1 for a monthly
     *     model, 12 for annual renewals), positive
     * @param discountRate the discount rate {@code d} per period, finite, not negative
     * @param horizon the number of periods {@code H} summed, positive
     * @return the basis
     * @throws NullPointerException if {@code model} is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public static LtvBasis retention(RetentionModel model, int monthsPerPeriod, double discountRate, int horizon) {
        Objects.requireNonNull(model, "model must not be null");
        if (monthsPerPeriod <= 0) {
            throw new IllegalArgumentException("monthsPerPeriod must be positive: " + monthsPerPeriod);
        }
        if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
            throw new IllegalArgumentException("discountRate must be finite and not negative: " + discountRate);
        }
        if (horizon <= 0) {
            throw new IllegalArgumentException("horizon must be positive: " + horizon);
        }
        return new LtvBasis(null, model, monthsPerPeriod, discountRate, horizon,
                "LTV (retention model, " + horizon + " periods of " + monthsPerPeriod + " month"
                        + (monthsPerPeriod == 1 ? "" : "s") + ", discount " + discountRate + " per period)");
    }

    /**
     * Returns the discounted survival factor {@code F = Σ_{t=0}^{H−1} S(t) / (1 + d)^t} of the
     * retention basis, or the lifetime in periods of one month ({@code L}) of the average-lifetime
     * basis.
     *
     * @return the factor, in periods
     * @throws IllegalArgumentException if the retention model gives a survival outside
     *     {@code [0, 1]}
     */
    public double factor() {
        if (model == null) {
            return lifetimeMonths.doubleValue();
        }
        double sum = 0;
        double discount = 1;
        for (int t = 0; t < horizon; t++) {
            double s = model.survival(t);
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("survival(" + t + ") must be in [0, 1]: " + s);
            }
            sum += s / discount;
            discount *= 1 + discountRate;
        }
        return sum;
    }

    /**
     * Returns the lifetime value of an attributed ARR, rounded half-even to the currency's scale.
     *
     * @param attributedArr the attributed ARR {@code A}, not null
     * @return the attributed lifetime value
     * @throws NullPointerException if {@code attributedArr} is null
     * @throws IllegalArgumentException if the retention model gives a survival outside
     *     {@code [0, 1]}
     */
    public Money lifetimeValue(Money attributedArr) {
        Objects.requireNonNull(attributedArr, "attributedArr must not be null");
        int scale = attributedArr.currency().getDefaultFractionDigits();
        BigDecimal a = attributedArr.amount();
        BigDecimal value;
        if (lifetimeMonths != null) {
            value = a.multiply(lifetimeMonths).divide(TWELVE, scale, RoundingMode.HALF_EVEN);
        } else {
            value = a.multiply(BigDecimal.valueOf(monthsPerPeriod)).multiply(BigDecimal.valueOf(factor()))
                    .divide(TWELVE, scale, RoundingMode.HALF_EVEN);
        }
        return Money.of(value, attributedArr.currency());
    }

    /**
     * Returns the basis, e.g. {@code "LTV (average lifetime 24 months)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return description;
    }
}
