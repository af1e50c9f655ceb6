package io.csmetrics.health;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A CSM's manual override of an account's band (for example "red: the executive sponsor left"),
 * valid until it expires, so that judgement the signals cannot see is shown and then lapses on its
 * own instead of going stale.
 *
 * <p>The override is active on dates {@code d} with {@code d < expiresOn}. Example: an override
 * to red expiring 2025-03-01 is active on 2025-02-28 and no longer on 2025-03-01.
 *
 * @param band the band to show instead of the computed one, not null
 * @param reason why, not blank
 * @param expiresOn the first date it no longer applies, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record ManualOverride(Band band, String reason, LocalDate expiresOn) {

    /**
     * Checks the components.
     *
     * @param band not null
     * @param reason not blank
     * @param expiresOn not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public ManualOverride {
        Objects.requireNonNull(band, "band must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(expiresOn, "expiresOn must not be null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /**
     * Tells whether the override applies on a date.
     *
     * @param date the date, not null
     * @return true if {@code date < expiresOn}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isActiveOn(LocalDate date) {
        return Objects.requireNonNull(date, "date must not be null").isBefore(expiresOn);
    }
}
