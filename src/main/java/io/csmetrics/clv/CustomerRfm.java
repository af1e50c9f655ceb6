package io.csmetrics.clv;

import io.csmetrics.Money;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * One customer's recency-frequency-monetary summary in the form the repeat-purchase models use
 * (Fader, Hardie &amp; Lee 2005): purchases on the same day count as one purchase, the first purchase
 * starts the customer's clock and is not counted.
 *
 * <ul>
 *   <li>{@code frequency} {@code x}: repeat purchases in the calibration period;</li>
 *   <li>{@code recency} {@code t_x}: time from the first purchase to the last repeat purchase, in
 *       periods ({@code 0} when {@code x = 0});</li>
 *   <li>{@code age} {@code T}: time from the first purchase to the end of calibration, in periods;</li>
 *   <li>{@code repeatSpend}: the total amount of the {@code x} repeat purchases (the first purchase
 *       is excluded, as the Gamma-Gamma model requires), zero when {@code x = 0};</li>
 *   <li>{@code holdoutFrequency}: purchases after calibration, up to the end of the holdout period
 *       ({@code 0} when there is none).</li>
 * </ul>
 *
 * <p>Example (CDNOW, customer 1, weeks): first purchase 1997-01-01, repeats on 1997-01-18 ($29.73)
 * and 1997-08-02 ($14.96), calibration ends 1997-09-30: {@code x = 2}, {@code t_x = 213/7 = 30.43},
 * {@code T = 272/7 = 38.86}, repeat spend $44.69, average $22.345.
 *
 * @param customerId the customer's identifier, not blank
 * @param frequency repeat purchases {@code x ≥ 0}
 * @param recency {@code t_x}, in periods, {@code 0 ≤ t_x ≤ T}; {@code 0} exactly when {@code x = 0}
 * @param age {@code T ≥ 0}, in periods
 * @param repeatSpend total spend of the repeat purchases, not negative, zero when {@code x = 0}
 * @param holdoutFrequency purchases in the holdout period, {@code ≥ 0}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record CustomerRfm(String customerId, int frequency, double recency, double age, Money repeatSpend,
        int holdoutFrequency) implements Serializable {

    /**
     * Validates the summary.
     *
     * @throws NullPointerException if {@code customerId} or {@code repeatSpend} is null
     * @throws IllegalArgumentException if a value is outside its range (see the components)
     */
    public CustomerRfm {
        Objects.requireNonNull(customerId, "customerId must not be null");
        Objects.requireNonNull(repeatSpend, "repeatSpend must not be null");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency must be >= 0: " + frequency);
        }
        if (!(age >= 0) || !Double.isFinite(age)) {
            throw new IllegalArgumentException("age must be finite and >= 0: " + age);
        }
        if (!(recency >= 0 && recency <= age)) {
            throw new IllegalArgumentException("recency (" + recency + ") must be in [0, age (" + age + ")]");
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("recency (" + recency + ") must be 0 when frequency is 0");
        }
        if (frequency > 0 && recency == 0) {
            throw new IllegalArgumentException("recency must be > 0 when frequency (" + frequency + ") is > 0");
        }
        if (repeatSpend.isNegative()) {
            throw new IllegalArgumentException("repeatSpend must not be negative: " + repeatSpend);
        }
        if (frequency == 0 && !repeatSpend.isZero()) {
            throw new IllegalArgumentException("repeatSpend (" + repeatSpend + ") must be zero when frequency is 0");
        }
        if (holdoutFrequency < 0) {
            throw new IllegalArgumentException("holdoutFrequency must be >= 0: " + holdoutFrequency);
        }
    }

    /**
     * Creates a summary without a holdout period.
     *
     * @param customerId the customer's identifier
     * @param frequency {@code x}
     * @param recency {@code t_x}, in periods
     * @param age {@code T}, in periods
     * @param repeatSpend total spend of the repeat purchases
     * @return the summary
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static CustomerRfm of(String customerId, int frequency, double recency, double age, Money repeatSpend) {
        return new CustomerRfm(customerId, frequency, recency, age, repeatSpend, 0);
    }

    /**
     * Returns the average repeat-purchase amount {@code z̄ = repeatSpend / x}, rounded to the
     * currency's minor unit.
     *
     * @param roundingMode how to round the quotient
     * @return the average
     * @throws UndefinedMetricException if {@code x = 0}: a customer with no repeat purchase has no
     *     average repeat spend
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and the quotient needs rounding
     */
    public Money averageRepeatSpend(RoundingMode roundingMode) {
        requireRepeater();
        return repeatSpend.dividedBy(frequency, roundingMode);
    }

    /**
     * Returns {@code z̄ = repeatSpend / x} as a {@code double}, the Gamma-Gamma model's input.
     *
     * @return the average repeat spend
     * @throws UndefinedMetricException if {@code x = 0}
     */
    public double averageRepeatSpendValue() {
        requireRepeater();
        return repeatSpend.amount().doubleValue() / frequency;
    }

    private void requireRepeater() {
        if (frequency == 0) {
            throw new UndefinedMetricException("customer " + customerId
                    + " made no repeat purchase, so has no average repeat spend");
        }
    }

    /**
     * Returns e.g. {@code "CustomerRfm{1: x=2, t_x=30.43, T=38.86, spend=USD 44.69, holdout=1}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CustomerRfm{%s: x=%d, t_x=%.2f, T=%.2f, spend=%s, holdout=%d}", customerId,
                frequency, recency, age, repeatSpend, holdoutFrequency);
    }
}
