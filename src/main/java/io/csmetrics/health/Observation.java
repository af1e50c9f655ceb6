package io.csmetrics.health;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One account in history: its signals as of a date and, if it churned, when. The training and
 * evaluation record of {@link LearnedWeights} and {@link ModelEvaluation}.
 *
 * <p>The outcome against a horizon {@code h}: the account <em>churned within the horizon</em> if
 * {@code asOf < churnedOn <= asOf + h}; otherwise it renewed (stayed). Example: as of 2024-06-30
 * with churn on 2024-11-30, it churned within 6 months but not within 3.
 *
 * @param signals the account's signals as of {@code asOf}, not null
 * @param asOf the date the signals describe, not null
 * @param churnedOn the date the account churned, empty if it has not
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Observation(AccountSignals signals, LocalDate asOf, Optional<LocalDate> churnedOn) {

    /**
     * Checks the components.
     *
     * @param signals not null
     * @param asOf not null
     * @param churnedOn not null
     * @throws NullPointerException if a component is null
     */
    public Observation {
        Objects.requireNonNull(signals, "signals must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(churnedOn, "churnedOn must not be null");
    }

    /**
     * Returns an observation.
     *
     * @param signals the signals, not null
     * @param asOf the date, not null
     * @param churnedOn the churn date, or null if the account has not churned
     * @return the observation
     * @throws NullPointerException if {@code signals} or {@code asOf} is null
     */
    public static Observation of(AccountSignals signals, LocalDate asOf, LocalDate churnedOn) {
        return new Observation(signals, asOf, Optional.ofNullable(churnedOn));
    }

    /**
     * Tells whether the account churned within the horizon after {@code asOf}.
     *
     * @param horizon the horizon, not null, positive
     * @return true if {@code asOf < churnedOn <= asOf + horizon}
     * @throws NullPointerException if {@code horizon} is null
     * @throws IllegalArgumentException if the horizon is zero or negative, or reaches beyond
     *     {@link LocalDate#MAX}
     */
    public boolean churnedWithin(Period horizon) {
        Objects.requireNonNull(horizon, "horizon must not be null");
        LocalDate end;
        try {
            end = asOf.plus(horizon);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("horizon (" + horizon + ") from asOf (" + asOf
                    + ") reaches beyond the supported dates", e);
        }
        if (!end.isAfter(asOf)) {
            throw new IllegalArgumentException("horizon must be positive: " + horizon);
        }
        return churnedOn.filter(d -> d.isAfter(asOf) && !d.isAfter(end)).isPresent();
    }
}
