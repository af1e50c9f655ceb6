package io.csmetrics.clv;

import io.csmetrics.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One purchase: who bought, on which day, for how much.
 *
 * <p>Example: {@code Transaction.of("00004", LocalDate.of(1997, 1, 18), Money.of("29.73", "USD"))}.
 *
 * @param customerId the customer's identifier, not blank
 * @param date the day of the purchase, not null
 * @param amount the amount, not negative (a free purchase is zero)
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record Transaction(String customerId, LocalDate date, Money amount) implements Serializable {

    /**
     * Validates the transaction.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code customerId} is blank or {@code amount} is negative
     */
    public Transaction {
        Objects.requireNonNull(customerId, "customerId must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /**
     * Creates a transaction.
     *
     * @param customerId the customer's identifier
     * @param date the day
     * @param amount the amount
     * @return the transaction
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code customerId} is blank or {@code amount} is negative
     */
    public static Transaction of(String customerId, LocalDate date, Money amount) {
        return new Transaction(customerId, date, amount);
    }
}
