package io.csmetrics.goals;

/**
 * Where a {@link SmartTarget}'s metric stands against the linear pace from baseline to target.
 *
 * @since 0.1.0
 */
public enum PaceStatus {
    /** The target is reached (or passed). */
    ACHIEVED,
    /** At or ahead of the linear pace, before the deadline. */
    ON_TRACK,
    /** Behind the linear pace, before the deadline. */
    BEHIND,
    /** The deadline has come and the target is not reached. */
    MISSED
}
