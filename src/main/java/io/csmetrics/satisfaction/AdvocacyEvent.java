package io.csmetrics.satisfaction;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One act of advocacy by a customer: what kind, by which account, on which day.
 *
 * <p>Example: {@code AdvocacyEvent.of(AdvocacyKind.REVIEW, "ACC-00042", LocalDate.of(2024, 5, 2))}.
 *
 * @param kind the kind, not null
 * @param accountId the advocating account, not blank
 * @param date the day it happened, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AdvocacyEvent(AdvocacyKind kind, String accountId, LocalDate date) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the event.
     *
     * @param kind the kind, not null
     * @param accountId the account, not blank
     * @param date the day, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code accountId} is blank
     */
    public AdvocacyEvent {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(date, "date must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
    }

    /**
     * Returns an event.
     *
     * @param kind the kind, not null
     * @param accountId the account, not blank
     * @param date the day, not null
     * @return the event
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code accountId} is blank
     */
    public static AdvocacyEvent of(AdvocacyKind kind, String accountId, LocalDate date) {
        return new AdvocacyEvent(kind, accountId, date);
    }
}
