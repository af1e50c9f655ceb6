package io.csmetrics.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One account's observed lifetime, the input of {@link KaplanMeier}: a time since the account
 * started and whether it churned then ({@code churned = true}, an event) or was still a customer
 * when last observed ({@code churned = false}, right-censored: its lifetime is longer than
 * {@code time}).
 *
 * <p>Times are in any one unit (months, days); the estimator does not care which, but all
 * lifetimes given to one estimator must share it.
 *
 * <p>Example: {@code Lifetime.fromDates(LocalDate.of(2024, 1, 10), null, LocalDate.of(2024, 3, 10), ChronoUnit.DAYS)}
 * is a lifetime of 60 days, censored.
 *
 * @param time the time since start, finite, not negative
 * @param churned true if the account churned at {@code time}; false if it was still active then
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Lifetime(double time, boolean churned) implements Serializable {

    /**
     * Validates the lifetime.
     *
     * @throws IllegalArgumentException if {@code time} is negative, NaN or infinite
     */
    public Lifetime {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("time must be finite and not negative: " + time);
        }
    }

    /**
     * Returns the lifetime of an account that churned.
     *
     * @param time when it churned, since its start, finite, not negative
     * @return the lifetime, an event
     * @throws IllegalArgumentException if {@code time} is negative, NaN or infinite
     */
    public static Lifetime churnedAt(double time) {
        return new Lifetime(time, true);
    }

    /**
     * Returns the lifetime of an account still active when last observed.
     *
     * @param time how long it had been a customer when last observed, finite, not negative
     * @return the lifetime, right-censored
     * @throws IllegalArgumentException if {@code time} is negative, NaN or infinite
     */
    public static Lifetime censoredAt(double time) {
        return new Lifetime(time, false);
    }

    /**
     * Returns the lifetime between a start date and a churn date, or the "as of" date if the
     * account has not churned by then.
     *
     * @param start the start date, not null
     * @param end the churn date (first day without service), or null if still active; an end after
     *     {@code asOf} is not yet known and counts as still active
     * @param asOf the date of observation, not null, not before {@code start}
     * @param unit the time unit, e.g. {@code ChronoUnit.DAYS} or {@code ChronoUnit.MONTHS} (whole
     *     months as {@link ChronoUnit#between} counts them), not null
     * @return the lifetime, an event if {@code end} is not after {@code asOf}
     * @throws NullPointerException if {@code start}, {@code asOf} or {@code unit} is null
     * @throws IllegalArgumentException if {@code asOf} or {@code end} is before {@code start}, or
     *     {@code unit} is not date-based (days and longer: a date has no minutes)
     */
    public static Lifetime fromDates(LocalDate start, LocalDate end, LocalDate asOf, ChronoUnit unit) {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        if (!unit.isDateBased()) {
            throw new IllegalArgumentException("unit must be date-based (DAYS, WEEKS, MONTHS, ...): " + unit);
        }
        if (asOf.isBefore(start)) {
            throw new IllegalArgumentException("asOf (" + asOf + ") must not be before start (" + start + ")");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end (" + end + ") must not be before start (" + start + ")");
        }
        boolean churned = end != null && !end.isAfter(asOf);
        return new Lifetime(unit.between(start, churned ? end : asOf), churned);
    }

    /**
     * Returns {@code "12"} for an event at 12 or {@code "13+"} for a censored time, as R prints
     * {@code Surv} objects.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String t = time == Math.rint(time) ? Long.toString((long) time) : Double.toString(time);
        return churned ? t : t + "+";
    }
}
