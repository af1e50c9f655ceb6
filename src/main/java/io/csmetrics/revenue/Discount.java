package io.csmetrics.revenue;

import io.csmetrics.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A discount or coupon on a subscription line item: a percentage off or a fixed amount off each
 * billing period, for a number of months from the item's start or forever.
 *
 * <p>Example: {@code Discount.percent(new BigDecimal("20"), OptionalInt.of(3))} is 20 % off for
 * the first three months; {@code Discount.fixed(USD 10, OptionalInt.empty())} is USD 10 off every
 * billing period, forever. {@link #NONE} is no discount (a discount of 0 changes nothing).
 *
 * @param percent the percentage off, in 0..100; null for a fixed discount
 * @param fixed the amount off each billing period, not negative; null for a percentage
 * @param months the number of months from the item's start the discount lasts, at least 1;
 *     empty for forever
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record Discount(BigDecimal percent, Money fixed, OptionalInt months) implements Serializable {

    /** No discount. */
    public static final Discount NONE = new Discount(BigDecimal.ZERO, null, OptionalInt.empty());

    /**
     * Validates the discount.
     *
     * @throws NullPointerException if {@code months} is null, or both or neither of
     *     {@code percent} and {@code fixed} are given
     * @throws IllegalArgumentException if {@code percent} is outside 0..100, {@code fixed} is
     *     negative, or {@code months} is below 1
     */
    public Discount {
        Objects.requireNonNull(months, "months must not be null");
        if ((percent == null) == (fixed == null)) {
            throw new NullPointerException("exactly one of percent and fixed must be given: percent " + percent
                    + ", fixed " + fixed);
        }
        if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("percent must be in 0..100: " + percent);
        }
        if (fixed != null && fixed.isNegative()) {
            throw new IllegalArgumentException("fixed must not be negative: " + fixed);
        }
        if (months.isPresent() && months.getAsInt() < 1) {
            throw new IllegalArgumentException("months must be at least 1: " + months.getAsInt());
        }
    }

    /**
     * Returns a percentage discount.
     *
     * @param percent the percentage off, 0..100, not null
     * @param months how many months it lasts, empty for forever, not null
     * @return the discount
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static Discount percent(BigDecimal percent, OptionalInt months) {
        return new Discount(Objects.requireNonNull(percent, "percent must not be null"), null, months);
    }

    /**
     * Returns a fixed discount off each billing period.
     *
     * @param amount the amount off, not negative, not null
     * @param months how many months it lasts, empty for forever, not null
     * @return the discount
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static Discount fixed(Money amount, OptionalInt months) {
        return new Discount(null, Objects.requireNonNull(amount, "amount must not be null"), months);
    }

    /**
     * Tells whether the discount takes nothing off.
     *
     * @return true for 0 % or a zero amount
     */
    public boolean isZero() {
        return percent != null ? percent.signum() == 0 : fixed.isZero();
    }
}
