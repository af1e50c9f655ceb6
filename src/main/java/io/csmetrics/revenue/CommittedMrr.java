package io.csmetrics.revenue;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.io.Serializable;
import java.util.Objects;

/**
 * Committed MRR (CMRR), the {@link MrrBasis#COMMITTED} basis:
 * <pre>
 *   CMRR = currentMrr + signedNotStarted − scheduledCancellations
 * </pre>
 * where {@code currentMrr} is the MRR billed now, {@code signedNotStarted} the MRR of contracts
 * signed whose service has not started yet (new accounts and signed upgrades), and
 * {@code scheduledCancellations} the MRR that notices of cancellation or downgrade will remove
 * (it comes out of current MRR, so it is at most {@code currentMrr}).
 *
 * <p>Example: current USD 100,000; USD 8,000 signed starting next month; two customers gave
 * notice for USD 3,000: CMRR = 100,000 + 8,000 − 3,000 = USD 105,000.
 *
 * @param currentMrr the MRR billed now, not negative
 * @param signedNotStarted MRR signed and not yet started, not negative
 * @param scheduledCancellations MRR with a notice of cancellation or downgrade, from 0 to {@code currentMrr}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record CommittedMrr(Money currentMrr, Money signedNotStarted, Money scheduledCancellations)
        implements Serializable {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if an argument is null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if an amount is negative or {@code scheduledCancellations}
     *     exceeds {@code currentMrr}
     */
    public CommittedMrr {
        Objects.requireNonNull(currentMrr, "currentMrr must not be null");
        Objects.requireNonNull(signedNotStarted, "signedNotStarted must not be null");
        Objects.requireNonNull(scheduledCancellations, "scheduledCancellations must not be null");
        if (!currentMrr.isSameCurrency(signedNotStarted)) {
            throw new CurrencyMismatchException(currentMrr.currency(), signedNotStarted.currency());
        }
        if (!currentMrr.isSameCurrency(scheduledCancellations)) {
            throw new CurrencyMismatchException(currentMrr.currency(), scheduledCancellations.currency());
        }
        if (currentMrr.isNegative() || signedNotStarted.isNegative() || scheduledCancellations.isNegative()) {
            throw new IllegalArgumentException("amounts must not be negative: currentMrr " + currentMrr
                    + ", signedNotStarted " + signedNotStarted + ", scheduledCancellations " + scheduledCancellations);
        }
        if (scheduledCancellations.isGreaterThan(currentMrr)) {
            throw new IllegalArgumentException("scheduledCancellations (" + scheduledCancellations
                    + ") exceeds currentMrr (" + currentMrr + ")");
        }
    }

    /**
     * Returns the parts.
     *
     * @param currentMrr the MRR billed now, not negative
     * @param signedNotStarted MRR signed, not started, not negative
     * @param scheduledCancellations MRR under notice, at most {@code currentMrr}
     * @return the committed MRR
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static CommittedMrr of(Money currentMrr, Money signedNotStarted, Money scheduledCancellations) {
        return new CommittedMrr(currentMrr, signedNotStarted, scheduledCancellations);
    }

    /**
     * Returns {@code currentMrr + signedNotStarted − scheduledCancellations}.
     *
     * @return CMRR, not negative
     */
    public Money committed() {
        return currentMrr.plus(signedNotStarted).minus(scheduledCancellations);
    }

    /**
     * Returns the MRR on a basis.
     *
     * @param basis current or committed, not null
     * @return {@link #currentMrr()} or {@link #committed()}
     * @throws NullPointerException if {@code basis} is null
     */
    public Money value(MrrBasis basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        return basis == MrrBasis.CURRENT ? currentMrr : committed();
    }
}
