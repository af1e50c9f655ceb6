package io.csmetrics.roi;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The counterfactual result of a {@link CounterfactualUplift}: the retention of CS-worked accounts
 * against a control group, and the ARR the difference is worth.
 *
 * <p>With {@code W₀, W₁} the CS-worked group's starting and ending ARR and {@code C₀, C₁} the
 * control group's (ending ARR capped per account under {@link UpliftBasis#GROSS_RETENTION}):
 * <pre>
 *   r_W = W₁ / W₀,   r_C = C₁ / C₀
 *   incremental ARR = W₀ × (r_W − r_C) = W₁ − W₀ × C₁ / C₀
 * </pre>
 * i.e. the ending ARR of the worked accounts minus what they would have ended with at the control
 * group's retention. It is negative when the worked accounts retained less.
 *
 * <p>Example: worked USD 100,000 → 110,000 (110 %), control USD 50,000 → 47,500 (95 %): the
 * incremental ARR is {@code 110,000 − 100,000 × 0.95 = USD 15,000}.
 *
 * @param basis the retention compared
 * @param workedAccounts the number of CS-worked accounts
 * @param controlAccounts the number of control accounts
 * @param workedStart {@code W₀}
 * @param workedEnd {@code W₁}
 * @param controlStart {@code C₀}
 * @param controlEnd {@code C₁}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Uplift(UpliftBasis basis, long workedAccounts, long controlAccounts, Money workedStart,
        Money workedEnd, Money controlStart, Money controlEnd) implements Serializable {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public Uplift {
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(workedStart, "workedStart must not be null");
        workedStart.plus(workedEnd).plus(controlStart).plus(controlEnd);
        if (workedAccounts < 0 || controlAccounts < 0) {
            throw new IllegalArgumentException("account counts must not be negative: " + workedAccounts + ", "
                    + controlAccounts);
        }
    }

    /**
     * Returns the CS-worked group's retention, {@code W₁ / W₀}.
     *
     * @return the rate; undefined (zero denominator) if the worked accounts had no starting ARR
     */
    public Ratio workedRetention() {
        return Ratio.of(workedEnd, workedStart);
    }

    /**
     * Returns the control group's retention, {@code C₁ / C₀}.
     *
     * @return the rate; undefined (zero denominator) if the control accounts had no starting ARR
     */
    public Ratio controlRetention() {
        return Ratio.of(controlEnd, controlStart);
    }

    /**
     * Returns the incremental ARR exactly, as {@code (W₁ × C₀ − W₀ × C₁) / C₀} in the currency.
     *
     * @return the incremental ARR as a ratio of amounts; undefined if the control group had no
     *     starting ARR
     */
    public Ratio incrementalExact() {
        BigDecimal num = workedEnd.amount().multiply(controlStart.amount())
                .subtract(workedStart.amount().multiply(controlEnd.amount()));
        return Ratio.of(num, controlStart.amount());
    }

    /**
     * Returns the incremental ARR, {@code W₁ − W₀ × C₁ / C₀}, at the currency's scale.
     *
     * @param roundingMode how to round to the currency's scale, not null
     * @return the incremental ARR, negative if the worked accounts retained less
     * @throws NullPointerException if {@code roundingMode} is null
     * @throws UndefinedMetricException if the control group had no starting ARR
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and rounding is
     *     needed
     */
    public Money incrementalArr(RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode must not be null");
        Ratio r = incrementalExact();
        if (!r.isDefined()) {
            throw new UndefinedMetricException("incremental ARR is undefined: the control group has no starting ARR");
        }
        int scale = workedStart.currency().getDefaultFractionDigits();
        return Money.of(r.numerator().divide(r.denominator(), scale, roundingMode), workedStart.currency());
    }
}
