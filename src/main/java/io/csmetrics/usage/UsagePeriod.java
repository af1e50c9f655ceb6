package io.csmetrics.usage;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Objects;

/**
 * A span of whole local days, {@code [start, endExclusive)}: a day, an ISO week, a month, or any
 * range. Usage accumulators are created for one period and answer questions about periods within
 * it.
 *
 * <p>An ISO week (ISO 8601) runs Monday to Sunday and belongs to the week-based year of its
 * Thursday, so 2024-12-30 is in week {@code 2025-W01}. Which local day an instant falls on depends
 * on the time zone the accumulator is given.
 *
 * <p>Example: {@code UsagePeriod.ofMonth(YearMonth.of(2024, 2))} is 2024-02-01 to 2024-03-01
 * exclusive, 29 days, shown as {@code 2024-02}; {@code UsagePeriod.ofIsoWeek(LocalDate.of(2024, 3, 6))}
 * is {@code 2024-W10}, 2024-03-04 to 2024-03-11 exclusive.
 *
 * @param start the first day, not null
 * @param endExclusive the day after the last, after {@code start}
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record UsagePeriod(LocalDate start, LocalDate endExclusive) implements Comparable<UsagePeriod>, Serializable {

    private static final Comparator<UsagePeriod> ORDER = Comparator.comparing(UsagePeriod::start)
            .thenComparing(UsagePeriod::endExclusive);

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a day is null
     * @throws IllegalArgumentException if {@code endExclusive} is not after {@code start}
     */
    public UsagePeriod {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(endExclusive, "endExclusive must not be null");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("endExclusive (" + endExclusive + ") must be after start (" + start + ")");
        }
    }

    /**
     * Returns the period from a first day to a day after the last, java.time's {@code between}.
     *
     * @param start the first day, not null
     * @param endExclusive the day after the last, after {@code start}
     * @return the period
     * @throws NullPointerException if a day is null
     * @throws IllegalArgumentException if {@code endExclusive} is not after {@code start}
     */
    public static UsagePeriod between(LocalDate start, LocalDate endExclusive) {
        return new UsagePeriod(start, endExclusive);
    }

    /**
     * Returns one day.
     *
     * @param day the day, not null
     * @return the period of that day
     * @throws NullPointerException if {@code day} is null
     * @throws IllegalArgumentException if the period would end after {@link LocalDate#MAX}
     */
    public static UsagePeriod ofDay(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        checkBeforeMax(day, "day");
        return new UsagePeriod(day, day.plusDays(1));
    }

    /**
     * Returns the ISO week (Monday to Sunday) containing a day.
     *
     * @param anyDay a day of the week, not null
     * @return the week's period
     * @throws NullPointerException if {@code anyDay} is null
     * @throws IllegalArgumentException if the period would end after {@link LocalDate#MAX}
     */
    public static UsagePeriod ofIsoWeek(LocalDate anyDay) {
        Objects.requireNonNull(anyDay, "anyDay must not be null");
        LocalDate monday = anyDay.minusDays(anyDay.getDayOfWeek().getValue() - 1L);
        if (monday.isAfter(LocalDate.MAX.minusWeeks(1))) {
            throw new IllegalArgumentException("anyDay (" + anyDay + ") is in the last, partial week of LocalDate");
        }
        return new UsagePeriod(monday, monday.plusWeeks(1));
    }

    /**
     * Returns a calendar month.
     *
     * @param month the month, not null
     * @return the month's period
     * @throws NullPointerException if {@code month} is null
     * @throws IllegalArgumentException if the period would end after {@link LocalDate#MAX}
     */
    public static UsagePeriod ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month must not be null");
        checkBeforeMax(month.atEndOfMonth(), "month");
        return new UsagePeriod(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /**
     * Returns the number of days.
     *
     * @return {@code endExclusive − start} in days, 1 or more
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, endExclusive);
    }

    /**
     * Tells whether a day is in the period.
     *
     * @param day the day, not null
     * @return true if {@code start ≤ day < endExclusive}
     * @throws NullPointerException if {@code day} is null
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return !day.isBefore(start) && day.isBefore(endExclusive);
    }

    /**
     * Tells whether another period lies wholly within this one.
     *
     * @param other the other period, not null
     * @return true if every day of {@code other} is in this period
     * @throws NullPointerException if {@code other} is null
     */
    public boolean encloses(UsagePeriod other) {
        Objects.requireNonNull(other, "other must not be null");
        return !other.start.isBefore(start) && !other.endExclusive.isAfter(endExclusive);
    }

    /**
     * Orders by start, then by end.
     *
     * @param other the other period, not null
     * @return negative, zero or positive as this period sorts before, with or after the other
     */
    @Override
    public int compareTo(UsagePeriod other) {
        Objects.requireNonNull(other, "other must not be null");
        return ORDER.compare(this, other);
    }

    /**
     * Returns the period's name: {@code 2024-03-05} for a day, {@code 2024-W10} for an ISO week,
     * {@code 2024-03} for a month, {@code 2024-03-05..2024-03-20} (last day inclusive) otherwise.
     *
     * @return the text
     */
    @Override
    public String toString() {
        long days = days();
        if (days == 1) {
            return start.toString();
        }
        if (days == 7 && start.getDayOfWeek() == DayOfWeek.MONDAY) {
            return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        if (start.getDayOfMonth() == 1 && endExclusive.equals(start.plusMonths(1))) {
            return YearMonth.from(start).toString();
        }
        return start + ".." + endExclusive.minusDays(1);
    }

    /** The period's exclusive end is the next day, so the last day of {@link LocalDate} cannot be in one. */
    private static void checkBeforeMax(LocalDate lastDay, String name) {
        if (!lastDay.isBefore(LocalDate.MAX)) {
            throw new IllegalArgumentException(name + " must end before " + LocalDate.MAX
                    + " (the exclusive end of its period must exist): " + lastDay);
        }
    }
}
