package io.csmetrics.roi;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * An ISO-8601 week: weeks start on Monday and week 1 of a week-based year is the week holding the
 * year's first Thursday, so 2024-12-30 (a Monday) is in week 1 of 2025, {@code 2025-W01}.
 *
 * @param weekBasedYear the ISO week-based year
 * @param week the week of that year, 1 to 53
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record IsoWeek(int weekBasedYear, int week) implements Comparable<IsoWeek>, Serializable {

    /**
     * Validates the week number.
     *
     * @throws IllegalArgumentException if {@code weekBasedYear} is outside the years of
     *     {@link LocalDate} or {@code week} is not a week of {@code weekBasedYear}
     */
    public IsoWeek {
        if (weekBasedYear <= java.time.Year.MIN_VALUE || weekBasedYear >= java.time.Year.MAX_VALUE) {
            // The first and last years are partial: their first or last ISO week lies outside LocalDate.
            throw new IllegalArgumentException("weekBasedYear (valid values " + (java.time.Year.MIN_VALUE + 1) + " - "
                    + (java.time.Year.MAX_VALUE - 1) + "): " + weekBasedYear);
        }
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(weekBasedYear, 6, 1)).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("week (valid values 1 - " + weeks + " in " + weekBasedYear + "): "
                    + week);
        }
    }

    /**
     * Returns the ISO week a day falls in.
     *
     * @param date the day, not null
     * @return its week, e.g. {@code 2024-W11} for 2024-03-15
     * @throws NullPointerException if {@code date} is null
     */
    public static IsoWeek of(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * Returns the Monday the week starts on.
     *
     * @return the first day of the week
     */
    public LocalDate monday() {
        return LocalDate.of(weekBasedYear, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /**
     * Orders weeks in time.
     *
     * @param other the week to compare, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(IsoWeek other) {
        java.util.Objects.requireNonNull(other, "other must not be null");
        int c = Integer.compare(weekBasedYear, other.weekBasedYear);
        return c != 0 ? c : Integer.compare(week, other.week);
    }

    /**
     * Returns the ISO text, e.g. {@code 2024-W03}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format("%d-W%02d", weekBasedYear, week);
    }
}
