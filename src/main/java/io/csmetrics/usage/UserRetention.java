package io.csmetrics.usage;

import io.csmetrics.Ratio;
import java.util.Objects;

/**
 * User retention: of the users first seen in a cohort period, the share seen again in a later
 * return window.
 *
 * <p>{@code rate = returned / newUsers}, where {@code newUsers} is the number of users whose first
 * active day falls in {@code cohort} and {@code returned} how many of them are active on at least
 * one day of {@code window}. The window starts on or after the cohort's end. This is the classic
 * "week-N" (or "month-N") retention of product analytics: with a cohort week and the window the
 * week after, it is week-1 retention.
 *
 * <p>Example: 40 users first seen in 2024-W10, 14 of them active in 2024-W11: week-1 retention
 * {@code 14/40} = 35 %.
 *
 * @param cohort the period the users were first seen in, not null
 * @param window the later period they are looked for in, starting on or after the cohort's end
 * @param newUsers users first seen in {@code cohort}, 0 or more
 * @param returned of those, users active in {@code window}, 0 to {@code newUsers}
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record UserRetention(UsagePeriod cohort, UsagePeriod window, long newUsers, long returned) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a period is null
     * @throws IllegalArgumentException if the window starts before the cohort ends, or the counts
     *     are negative or {@code returned > newUsers}
     */
    public UserRetention {
        Objects.requireNonNull(cohort, "cohort must not be null");
        Objects.requireNonNull(window, "window must not be null");
        checkOrder(cohort, window);
        if (newUsers < 0 || returned < 0 || returned > newUsers) {
            throw new IllegalArgumentException("returned (" + returned + ") must be between 0 and newUsers (" + newUsers
                    + ")");
        }
    }

    static void checkOrder(UsagePeriod cohort, UsagePeriod window) {
        if (window.start().isBefore(cohort.endExclusive())) {
            throw new IllegalArgumentException("window (" + window + ") must start on or after the end of cohort ("
                    + cohort + "), " + cohort.endExclusive());
        }
    }

    /**
     * Returns the retention rate, {@code returned / newUsers}.
     *
     * @return the rate in [0, 1]; undefined when no user was first seen in the cohort
     */
    public Ratio rate() {
        return Ratio.of(returned, newUsers);
    }
}
