package io.csmetrics.activity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One support case: opened, first responded to and resolved (the last two while the case is still
 * waiting are empty), with a priority.
 *
 * <p>Example: opened 2024-03-01T09:00Z, first response 09:30Z, resolved 2024-03-02T08:00Z: the
 * first response took 30 minutes and the resolution 23 hours, within a 24-hour SLA.
 *
 * @param caseId the case's identifier, not blank
 * @param accountId the account, not blank
 * @param priority the priority, not null
 * @param opened when the customer opened it, not null
 * @param firstResponse when the team first answered, not before {@code opened}; empty if not yet
 * @param resolved when it was solved, not before {@code opened} nor before the first response;
 *     empty while open
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record SupportCase(String caseId, String accountId, CasePriority priority, Instant opened,
        Optional<Instant> firstResponse, Optional<Instant> resolved) implements Serializable {

    /**
     * Validates the case.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an identifier is blank, the case is resolved or responded
     *     to before it was opened, or resolved before its first response
     */
    public SupportCase {
        caseId = Activity.nonBlank(caseId, "caseId");
        accountId = Activity.nonBlank(accountId, "accountId");
        Objects.requireNonNull(priority, "priority must not be null");
        Objects.requireNonNull(opened, "opened must not be null");
        Objects.requireNonNull(firstResponse, "firstResponse must not be null");
        Objects.requireNonNull(resolved, "resolved must not be null");
        if (firstResponse.isPresent() && firstResponse.get().isBefore(opened)) {
            throw new IllegalArgumentException("case " + caseId + ": firstResponse (" + firstResponse.get()
                    + ") is before opened (" + opened + ")");
        }
        if (resolved.isPresent() && resolved.get().isBefore(opened)) {
            throw new IllegalArgumentException("case " + caseId + ": resolved (" + resolved.get()
                    + ") is before opened (" + opened + ")");
        }
        if (resolved.isPresent() && firstResponse.isPresent() && resolved.get().isBefore(firstResponse.get())) {
            throw new IllegalArgumentException("case " + caseId + ": resolved (" + resolved.get()
                    + ") is before firstResponse (" + firstResponse.get() + ")");
        }
    }

    /**
     * Returns a case.
     *
     * @param caseId the identifier, not blank
     * @param accountId the account, not blank
     * @param priority the priority, not null
     * @param opened when opened, not null
     * @param firstResponse the first response, or null if none yet
     * @param resolved when resolved, or null while open
     * @return the case
     * @throws NullPointerException if an identifier, the priority or {@code opened} is null
     * @throws IllegalArgumentException as for the canonical constructor
     */
    public static SupportCase of(String caseId, String accountId, CasePriority priority, Instant opened,
            Instant firstResponse, Instant resolved) {
        return new SupportCase(caseId, accountId, priority, opened, Optional.ofNullable(firstResponse),
                Optional.ofNullable(resolved));
    }

    /**
     * Returns the time to first response.
     *
     * @return {@code firstResponse − opened}, empty if not yet answered
     */
    public Optional<Duration> timeToFirstResponse() {
        return firstResponse.map(r -> Duration.between(opened, r));
    }

    /**
     * Returns the time to resolution.
     *
     * @return {@code resolved − opened}, empty while open
     */
    public Optional<Duration> timeToResolution() {
        return resolved.map(r -> Duration.between(opened, r));
    }
}
