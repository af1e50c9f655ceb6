package io.csmetrics.cohort;

import io.csmetrics.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An account's subscription dates and its MRR: the input of {@link Cohort#fromDates} when a team
 * has start and end dates rather than monthly MRR rows.
 *
 * <p>Month rule: the account pays its MRR in its start month and in every later month on whose
 * first day it was still a customer, i.e. every month {@code M} with {@code M.atDay(1)} before
 * {@code end}. Example: started 2024-01-15, ended 2024-03-10 → pays January, February and March;
 * ended 2024-03-01 → January and February.
 *
 * @param accountId the account's identifier, not blank
 * @param start the first day of service, not null
 * @param end the first day without service, or null while active; not before {@code start}
 * @param mrr the account's MRR while active, positive, a whole number of minor units
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Tenure(String accountId, LocalDate start, LocalDate end, Money mrr) implements Serializable {

    /**
     * Validates the tenure.
     *
     * @throws NullPointerException if {@code accountId}, {@code start} or {@code mrr} is null
     * @throws IllegalArgumentException if {@code accountId} is blank, {@code end} is before
     *     {@code start}, or {@code mrr} is not positive or not whole minor units
     */
    public Tenure {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(mrr, "mrr must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end (" + end + ") must not be before start (" + start + ") (account "
                    + accountId + ")");
        }
        if (!mrr.isPositive()) {
            throw new IllegalArgumentException("mrr must be positive: " + mrr + " (account " + accountId + ")");
        }
        if (mrr.amount().stripTrailingZeros().scale() > mrr.currency().getDefaultFractionDigits()) {
            throw new IllegalArgumentException("mrr " + mrr + " is not a whole number of minor units (account "
                    + accountId + ")");
        }
    }

    /**
     * Returns the tenure of an account still active.
     *
     * @param accountId the account's identifier, not blank
     * @param start the first day of service, not null
     * @param mrr its MRR, positive
     * @return the tenure
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static Tenure active(String accountId, LocalDate start, Money mrr) {
        return new Tenure(accountId, start, null, mrr);
    }

    /**
     * Returns the tenure of an account that ended.
     *
     * @param accountId the account's identifier, not blank
     * @param start the first day of service, not null
     * @param end the first day without service, not before {@code start}, not null
     * @param mrr its MRR while active, positive
     * @return the tenure
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static Tenure ended(String accountId, LocalDate start, LocalDate end, Money mrr) {
        return new Tenure(accountId, start, Objects.requireNonNull(end, "end must not be null"), mrr);
    }
}
