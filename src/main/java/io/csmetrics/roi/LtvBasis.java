package io.csmetrics.roi;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.ltv.Ltv;
import io.csmetrics.ltv.LtvCalculator;
import io.csmetrics.ltv.RetentionModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
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
 * <p>Both are computed by {@link LtvCalculator} ({@code fromLifetime} and
 * {@code fromRetentionModel} over exactly {@code H} periods), so ROI and the renewal stage share one
 * LTV definition.
 *
 * @implSpec This class is immutable and thread-safe (the retention model given must be too).
 * @since 0.1.0
 */
public final class LtvBasis {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final Currency UNIT_CURRENCY = Currency.getInstance("USD");

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
     * @throws IllegalArgumentException if {@code months} is not positive or outside the range of
     *     {@link io.csmetrics.Bounds} (40 integer digits, 100 decimal places)
     */
    public static LtvBasis averageLifetime(BigDecimal months) {
        Objects.requireNonNull(months, "months must not be null");
        io.csmetrics.Bounds.checkDecimal(months, "months");
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
        // The expected payments do not depend on the price or its currency: any unit price will do.
        return retentionLtv(Money.of(BigDecimal.ONE, UNIT_CURRENCY)).expectedPayments().toDouble();
    }

    /**
     * The retention basis through {@link LtvCalculator#fromRetentionModel(Money, RetentionModel)}:
     * the discount rate is per period of the model, and the sum runs over exactly {@code horizon}
     * periods (no early stop on a relative tolerance), as this basis defines it.
     */
    private Ltv retentionLtv(Money pricePerPeriod) {
        return LtvCalculator.standard().withMathContext(MathContext.DECIMAL128)
                .withMonthlyDiscountRate(Ratio.of(BigDecimal.valueOf(discountRate), BigDecimal.ONE))
                .withTruncation(horizon, 0).fromRetentionModel(pricePerPeriod, model);
    }

    /**
     * Returns the lifetime value of an attributed ARR, rounded half-even to the currency's scale,
     * computed by {@link LtvCalculator}: {@code fromLifetime(A / 12, L)} for the average-lifetime
     * basis, {@code fromRetentionModel(A × m / 12, S)} for the retention basis.
     *
     * @param attributedArr the attributed ARR {@code A}, not null
     * @return the attributed lifetime value
     * @throws NullPointerException if {@code attributedArr} is null
     * @throws IllegalArgumentException if {@code attributedArr} is negative, or the retention model
     *     breaks its contract ({@code S(0) ≠ 1}, {@code S(t)} outside {@code [0, 1]} or increasing)
     */
    public Money lifetimeValue(Money attributedArr) {
        Objects.requireNonNull(attributedArr, "attributedArr must not be null");
        Money monthly = Money.of(attributedArr.amount().divide(TWELVE, MathContext.DECIMAL128), attributedArr.currency());
        Ltv ltv = model == null
                ? LtvCalculator.standard().withMathContext(MathContext.DECIMAL128).fromLifetime(monthly, lifetimeMonths)
                : retentionLtv(monthly.multipliedBy(monthsPerPeriod));
        return ltv.value().rounded(RoundingMode.HALF_EVEN);
    }

    @Override
    public String toString() {
        return description;
    }
}
