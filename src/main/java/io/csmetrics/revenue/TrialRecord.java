package io.csmetrics.revenue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One free trial: when it started, when it ends (or ended), and the date the account converted to
 * a paid plan, if it did. A trial is not MRR: it enters the MRR series only from its first paid
 * month.
 *
 * <p>Example: {@code TrialRecord.converted("acme", 2024-03-01, 2024-03-15, 2024-03-12)} is a
 * 14-day trial converted after 11 days.
 *
 * @param accountId the account, not blank
 * @param started the first day of the trial, not null
 * @param ends the day the trial ends, not before {@code started}, not null
 * @param convertedOn the day the account started paying, not before {@code started}; empty if it has not
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record TrialRecord(String accountId, LocalDate started, LocalDate ends, Optional<LocalDate> convertedOn)
        implements Serializable {

    /**
     * Validates the trial.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code accountId} is blank, or {@code ends} or
     *     {@code convertedOn} is before {@code started}
     */
    public TrialRecord {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(started, "started must not be null");
        Objects.requireNonNull(ends, "ends must not be null");
        Objects.requireNonNull(convertedOn, "convertedOn must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        if (ends.isBefore(started)) {
            throw new IllegalArgumentException("ends (" + ends + ") must not be before started (" + started
                    + ") for account " + accountId);
        }
        if (convertedOn.isPresent() && convertedOn.get().isBefore(started)) {
            throw new IllegalArgumentException("convertedOn (" + convertedOn.get() + ") must not be before started ("
                    + started + ") for account " + accountId);
        }
    }

    /**
     * Returns a trial that has not converted (yet).
     *
     * @param accountId the account, not blank
     * @param started the first day, not null
     * @param ends the last day, not null
     * @return the trial
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static TrialRecord unconverted(String accountId, LocalDate started, LocalDate ends) {
        return new TrialRecord(accountId, started, ends, Optional.empty());
    }

    /**
     * Returns a converted trial.
     *
     * @param accountId the account, not blank
     * @param started the first day, not null
     * @param ends the last day, not null
     * @param convertedOn the first paid day, not null
     * @return the trial
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static TrialRecord converted(String accountId, LocalDate started, LocalDate ends, LocalDate convertedOn) {
        return new TrialRecord(accountId, started, ends,
                Optional.of(Objects.requireNonNull(convertedOn, "convertedOn must not be null")));
    }
}
