package io.csmetrics.outcome;

/**
 * Where a customer goal stands at a date (see {@link CustomerGoal#status(java.time.LocalDate)}).
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum GoalStatus {
    /** The latest observation reaches or passes the target (attainment at least 1). */
    ATTAINED,
    /** Not attained yet, but attainment is at least the linear pace expected at the observation's date. */
    ON_TRACK,
    /** Not attained and below the linear pace, with the deadline not yet passed. */
    BEHIND,
    /** The deadline has passed and the target was not reached. */
    MISSED,
    /** No observation on or before the date: the status cannot be judged. */
    NO_DATA;

    /**
     * Tells whether the status counts as a success in a portfolio: attained or on track.
     *
     * @return true for {@link #ATTAINED} and {@link #ON_TRACK}
     */
    public boolean isSuccessful() {
        return this == ATTAINED || this == ON_TRACK;
    }
}
