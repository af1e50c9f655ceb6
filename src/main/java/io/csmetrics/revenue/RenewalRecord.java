package io.csmetrics.revenue;

import io.csmetrics.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One contract term coming up for renewal, and what became of it: an annual or multi-year
 * contract of an account, its renewal (due) date, the ARR up for renewal, and — once decided —
 * the ARR it renewed at and the date the renewal was signed, or that it was lost.
 *
 * <p>Status: {@link Status#RENEWED} when {@code renewedArr} is present (a renewal at zero is not
 * a renewal: mark it lost), {@link Status#LOST} when {@code lost} is true, otherwise
 * {@link Status#OPEN}.
 *
 * <p>Example: {@code RenewalRecord.renewed("acme", LocalDate.of(2025, 3, 31), USD 12,000, USD 15,000,
 * LocalDate.of(2025, 3, 20))} is an account renewing eleven days early with an uplift.
 *
 * @param accountId the account, not blank
 * @param dueDate the date the current term ends and the renewal is due, not null
 * @param arrDue the ARR of the term up for renewal, positive
 * @param renewedArr the ARR of the renewed term, positive; empty unless renewed
 * @param signedOn the date the renewal was signed; present exactly when renewed
 * @param lost true if the account decided not to renew; false when renewed
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record RenewalRecord(String accountId, LocalDate dueDate, Money arrDue, Optional<Money> renewedArr,
        Optional<LocalDate> signedOn, boolean lost) implements Serializable {

    /**
     * The state of a renewal.
     *
     * @since 0.2.0
     */
    public enum Status {
        /** Not decided yet. */
        OPEN,
        /** Renewed, at {@link RenewalRecord#renewedArr()}. */
        RENEWED,
        /** The account decided not to renew. */
        LOST
    }

    /**
     * Validates the record.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code accountId} is blank, an ARR is not positive,
     *     {@code signedOn} is present without {@code renewedArr} or the reverse, or a renewed
     *     record is also lost
     * @throws io.csmetrics.CurrencyMismatchException if the two ARRs' currencies differ
     */
    public RenewalRecord {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(dueDate, "dueDate must not be null");
        Objects.requireNonNull(arrDue, "arrDue must not be null");
        Objects.requireNonNull(renewedArr, "renewedArr must not be null");
        Objects.requireNonNull(signedOn, "signedOn must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        if (!arrDue.isPositive()) {
            throw new IllegalArgumentException("arrDue of " + accountId + " must be positive: " + arrDue);
        }
        if (renewedArr.isPresent()) {
            if (!renewedArr.get().isPositive()) {
                throw new IllegalArgumentException("renewedArr of " + accountId + " must be positive (mark a renewal "
                        + "at zero as lost): " + renewedArr.get());
            }
            if (!renewedArr.get().isSameCurrency(arrDue)) {
                throw new io.csmetrics.CurrencyMismatchException(arrDue.currency(), renewedArr.get().currency());
            }
        }
        if (renewedArr.isPresent() != signedOn.isPresent()) {
            throw new IllegalArgumentException("renewedArr and signedOn of " + accountId
                    + " must be both present or both empty: " + renewedArr + ", " + signedOn);
        }
        if (lost && renewedArr.isPresent()) {
            throw new IllegalArgumentException("renewal of " + accountId + " cannot be both renewed and lost");
        }
    }

    /**
     * Returns an undecided renewal.
     *
     * @param accountId the account, not blank
     * @param dueDate the due date, not null
     * @param arrDue the ARR up for renewal, positive
     * @return the record
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static RenewalRecord open(String accountId, LocalDate dueDate, Money arrDue) {
        return new RenewalRecord(accountId, dueDate, arrDue, Optional.empty(), Optional.empty(), false);
    }

    /**
     * Returns a renewal signed at an ARR on a date.
     *
     * @param accountId the account, not blank
     * @param dueDate the due date, not null
     * @param arrDue the ARR up for renewal, positive
     * @param renewedArr the ARR of the new term, positive, same currency
     * @param signedOn the signing date, not null
     * @return the record
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static RenewalRecord renewed(String accountId, LocalDate dueDate, Money arrDue, Money renewedArr,
            LocalDate signedOn) {
        return new RenewalRecord(accountId, dueDate, arrDue, Optional.of(Objects.requireNonNull(renewedArr,
                "renewedArr must not be null")), Optional.of(Objects.requireNonNull(signedOn, "signedOn must not be null")),
                false);
    }

    /**
     * Returns a renewal the account declined.
     *
     * @param accountId the account, not blank
     * @param dueDate the due date, not null
     * @param arrDue the ARR up for renewal, positive
     * @return the record
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static RenewalRecord lost(String accountId, LocalDate dueDate, Money arrDue) {
        return new RenewalRecord(accountId, dueDate, arrDue, Optional.empty(), Optional.empty(), true);
    }

    /**
     * Returns the status.
     *
     * @return renewed, lost or open
     */
    public Status status() {
        return renewedArr.isPresent() ? Status.RENEWED : lost ? Status.LOST : Status.OPEN;
    }
}
