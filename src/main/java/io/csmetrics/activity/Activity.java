package io.csmetrics.activity;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One CS activity: what the CS team did for an account, when, who did it, how long it took and
 * how it went.
 *
 * <p>Example: {@code Activity.of("ACME", ActivityKind.QBR, LocalDate.of(2024, 3, 5), "alice", "emea",
 * Duration.ofMinutes(60), "renewal discussed")}.
 *
 * @param accountId the account, not blank
 * @param kind what was done, not null
 * @param date the day it happened, not null
 * @param csm the owner (the CSM who did it), not blank
 * @param team the owner's team, not blank
 * @param duration how long it took, not negative, not null ({@link Duration#ZERO} when unknown)
 * @param outcome a free-text outcome, not null (may be empty)
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Activity(String accountId, ActivityKind kind, LocalDate date, String csm, String team, Duration duration,
        String outcome) implements Serializable {

    /**
     * Validates the activity.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code accountId}, {@code csm} or {@code team} is blank,
     *     or the duration is negative
     */
    public Activity {
        accountId = nonBlank(accountId, "accountId");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(date, "date must not be null");
        csm = nonBlank(csm, "csm");
        team = nonBlank(team, "team");
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration + " (account "
                    + accountId + ", " + date + ")");
        }
        Objects.requireNonNull(outcome, "outcome must not be null");
    }

    /**
     * Returns an activity.
     *
     * @param accountId the account, not blank
     * @param kind what was done, not null
     * @param date the day, not null
     * @param csm the CSM, not blank
     * @param team the CSM's team, not blank
     * @param duration how long, not negative, not null
     * @param outcome a free-text outcome, not null
     * @return the activity
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank or the duration negative
     */
    public static Activity of(String accountId, ActivityKind kind, LocalDate date, String csm, String team,
            Duration duration, String outcome) {
        return new Activity(accountId, kind, date, csm, team, duration, outcome);
    }

    static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
        return value;
    }
}
