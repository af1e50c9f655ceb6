package io.csmetrics.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The period length active users, logins and sessions are bucketed by: a day (DAU), an ISO week
 * (WAU) or a calendar month (MAU).
 *
 * @since 0.1.0
 */
public enum Granularity {

    /** One local day: daily active users. */
    DAY,
    /** One ISO 8601 week, Monday to Sunday: weekly active users. */
    ISO_WEEK,
    /** One calendar month: monthly active users. */
    MONTH;

    /**
     * Returns the period of this granularity containing a day.
     *
     * @param day the day, not null
     * @return the day, its ISO week or its month
     * @throws NullPointerException if {@code day} is null
     * @throws IllegalArgumentException if the period would end after {@link LocalDate#MAX}
     */
    public UsagePeriod periodOf(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        switch (this) {
            case DAY:
                return UsagePeriod.ofDay(day);
            case ISO_WEEK:
                return UsagePeriod.ofIsoWeek(day);
            default:
                return UsagePeriod.ofMonth(YearMonth.from(day));
        }
    }

    /**
     * Returns the periods of this granularity lying wholly within a range, in order. Partial
     * periods at either edge are left out, so a count per period is never over part of one.
     *
     * <p>Example: the ISO weeks within March 2024 are {@code 2024-W10} to {@code 2024-W13}
     * (March 4 to 31); week {@code 2024-W09}, holding March 1–3, starts in February and is left
     * out.
     *
     * @param range the range, not null
     * @return the whole periods, possibly empty
     * @throws NullPointerException if {@code range} is null
     */
    public List<UsagePeriod> periodsWithin(UsagePeriod range) {
        Objects.requireNonNull(range, "range must not be null");
        List<UsagePeriod> periods = new ArrayList<>();
        UsagePeriod p = periodOf(range.start());
        while (p.start().isBefore(range.endExclusive())) {
            if (range.encloses(p)) {
                periods.add(p);
            }
            p = periodOf(p.endExclusive());
        }
        return periods;
    }
}
