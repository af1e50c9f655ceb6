package io.csmetrics.clv;

/**
 * The time unit in which recency, age and model horizons are measured. The models are
 * scale-aware: the same data in days instead of weeks gives the same {@code r, a, b, s} and a time
 * scale ({@code α}, {@code β}) seven times larger, and the same predictions for the same calendar
 * horizon.
 *
 * @since 0.2.0
 */
public enum PeriodUnit {
    /** One day. */
    DAYS(1),
    /** Seven days, the unit of Fader, Hardie &amp; Lee's CDNOW analyses. */
    WEEKS(7),
    /** An average Gregorian month, 365.2425 / 12 = 30.436875 days. */
    MONTHS(365.2425 / 12),
    /** An average Gregorian year, 365.2425 days. */
    YEARS(365.2425);

    private final double days;

    PeriodUnit(double days) {
        this.days = days;
    }

    /**
     * Returns the unit's length in days.
     *
     * @return e.g. {@code 7} for {@link #WEEKS}
     */
    public double days() {
        return days;
    }

    /**
     * Converts a number of days to this unit.
     *
     * @param dayCount the days
     * @return {@code dayCount / days()}
     */
    public double fromDays(long dayCount) {
        return dayCount / days;
    }
}
