package io.csmetrics.outcome;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One measurement of a customer's goal metric: its value on a day.
 *
 * <p>Example: {@code GoalObservation.of(LocalDate.of(2024, 6, 30), new BigDecimal("7.5"))}.
 *
 * @param date the day of the measurement, not null
 * @param value the measured value of the goal's metric, not null, in the metric's unit
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record GoalObservation(LocalDate date, BigDecimal value) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the observation.
     *
     * @param date the day, not null
     * @param value the value, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code value} is outside the range of
     *     {@link io.csmetrics.Bounds} (40 integer digits, 100 decimal places)
     */
    public GoalObservation {
        Objects.requireNonNull(date, "date must not be null");
        io.csmetrics.Bounds.checkDecimal(value, "value");
    }

    /**
     * Returns an observation.
     *
     * @param date the day, not null
     * @param value the value, not null
     * @return the observation
     * @throws NullPointerException if an argument is null
     */
    public static GoalObservation of(LocalDate date, BigDecimal value) {
        return new GoalObservation(date, value);
    }

    /**
     * Returns an observation of a decimal written as text, e.g. {@code "7.5"}.
     *
     * @param date the day, not null
     * @param value the value as a decimal string, not null
     * @return the observation
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code value} is not a decimal number or is outside the
     *     range of {@link io.csmetrics.Bounds}
     */
    public static GoalObservation of(LocalDate date, String value) {
        Objects.requireNonNull(value, "value must not be null");
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value is not a decimal number: '" + value + "'", e);
        }
        return new GoalObservation(date, number);
    }
}
