package io.csmetrics.revenue;

import io.csmetrics.Money;
import java.io.Serializable;
import java.util.Objects;

/**
 * The total of one kind of MRR movement in one period: the summed amount and the number of
 * accounts that made it.
 *
 * <p>The amount is the sum of the positive per-account amounts of {@link MovementType}, so it is
 * never negative; it is zero exactly when the count is zero. Example: two accounts expanding by
 * USD 20.00 and USD 5.00 give {@code MovementTotal[amount=USD 25.00, count=2]}.
 *
 * @param amount the summed amount of the movement, not negative, whole minor units
 * @param count the number of accounts with that movement, not negative
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record MovementTotal(Money amount, long count) implements Serializable {

    /**
     * Validates the total.
     *
     * @throws NullPointerException if {@code amount} is null
     * @throws IllegalArgumentException if {@code amount} or {@code count} is negative, or exactly
     *     one of them is zero
     */
    public MovementTotal {
        Objects.requireNonNull(amount, "amount must not be null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if ((count == 0) != amount.isZero()) {
            throw new IllegalArgumentException("amount (" + amount + ") must be zero exactly when count (" + count
                    + ") is zero");
        }
    }

    /**
     * Returns a total.
     *
     * @param amount the summed amount, not negative
     * @param count the number of accounts, not negative
     * @return the total
     * @throws NullPointerException if {@code amount} is null
     * @throws IllegalArgumentException as the constructor
     */
    public static MovementTotal of(Money amount, long count) {
        return new MovementTotal(amount, count);
    }

    static MovementTotal ofMinor(long minorUnits, long count, java.util.Currency currency) {
        return new MovementTotal(Money.ofMinor(minorUnits, currency), count);
    }

    /**
     * Returns the sum of two totals (e.g. of consecutive periods).
     *
     * @param other the other total, same currency, not null
     * @return amounts and counts added
     * @throws NullPointerException if {@code other} is null
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public MovementTotal plus(MovementTotal other) {
        Objects.requireNonNull(other, "other must not be null");
        return new MovementTotal(amount.plus(other.amount), Math.addExact(count, other.count));
    }

    /**
     * Returns e.g. {@code "USD 25.00 (2 accounts)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return amount + " (" + count + (count == 1 ? " account)" : " accounts)");
    }
}
