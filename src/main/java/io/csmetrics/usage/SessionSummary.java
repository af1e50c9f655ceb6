package io.csmetrics.usage;

import io.csmetrics.Ratio;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Totals of sessions: how many, how many events they hold, and their total length.
 *
 * <p>A session's length is the time from its first to its last event (a single-event session
 * lasts zero). {@link #meanDuration()} is {@code totalDuration / sessions}, truncated to the
 * nanosecond; {@link #eventsPerSession()} is {@code events / sessions}.
 *
 * <p>Example: sessions of 3 events over 20 minutes and of 1 event: 2 sessions, 4 events, total
 * 20 minutes, mean 10 minutes, {@code 4/2} events per session.
 *
 * @param sessions the number of sessions, 0 or more
 * @param events the events in them, at least {@code sessions}
 * @param totalDuration the sum of the sessions' lengths, not negative
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record SessionSummary(long sessions, long events, Duration totalDuration) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if {@code totalDuration} is null
     * @throws IllegalArgumentException if {@code sessions} is negative, {@code events} is less
     *     than {@code sessions}, or {@code totalDuration} is negative or positive with no sessions
     */
    public SessionSummary {
        Objects.requireNonNull(totalDuration, "totalDuration must not be null");
        if (sessions < 0 || events < sessions) {
            throw new IllegalArgumentException("events (" + events + ") must be at least sessions (" + sessions
                    + "), and sessions not negative");
        }
        if (totalDuration.isNegative() || (sessions == 0 && !totalDuration.isZero())) {
            throw new IllegalArgumentException("totalDuration (" + totalDuration + ") must not be negative, and zero "
                    + "without sessions (" + sessions + ")");
        }
    }

    /**
     * Returns the mean session length.
     *
     * @return {@code totalDuration / sessions}, or empty when there are no sessions
     */
    public Optional<Duration> meanDuration() {
        return sessions == 0 ? Optional.empty() : Optional.of(totalDuration.dividedBy(sessions));
    }

    /**
     * Returns the events per session.
     *
     * @return {@code events / sessions}; undefined when there are no sessions
     */
    public Ratio eventsPerSession() {
        return Ratio.of(events, sessions);
    }
}
