package io.csmetrics.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link AlertRule}s look at for one account: today's score, earlier scores with their
 * dates, the latest NPS answer and any manual overrides.
 *
 * <p>Example: {@code new AlertContext(LocalDate.of(2025, 6, 30), today, List.of(new AlertContext.DatedScore(
 * LocalDate.of(2025, 5, 31), lastMonth)), OptionalInt.of(4), List.of())}.
 *
 * @param asOf the date of {@code current}, not null
 * @param current the current score, not null
 * @param previous earlier scores of the same account, each dated before {@code asOf}; sorted
 *     oldest first on construction
 * @param latestNps the account's latest NPS answer (0..10), empty if none
 * @param overrides the account's manual overrides, active or expired, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AlertContext(LocalDate asOf, HealthScore current, List<DatedScore> previous, OptionalInt latestNps,
        List<ManualOverride> overrides) {

    /**
     * A score with the date it was computed for.
     *
     * @param date the date, not null
     * @param score the score, not null
     * @implSpec This class is immutable and thread-safe.
     * @since 0.1.0
     */
    public record DatedScore(LocalDate date, HealthScore score) {

        /**
         * Checks the components.
         *
         * @param date not null
         * @param score not null
         * @throws NullPointerException if a component is null
         */
        public DatedScore {
            Objects.requireNonNull(date, "date must not be null");
            Objects.requireNonNull(score, "score must not be null");
        }
    }

    /**
     * Checks and copies the components.
     *
     * @param asOf not null
     * @param current not null
     * @param previous not null, each before {@code asOf}
     * @param latestNps not null, 0..10 when present
     * @param overrides not null
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if a previous score is not dated before {@code asOf}, or the
     *     NPS answer is outside 0..10
     */
    public AlertContext {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(latestNps, "latestNps must not be null");
        List<DatedScore> sorted = new ArrayList<>(Objects.requireNonNull(previous, "previous must not be null"));
        for (DatedScore d : sorted) {
            Objects.requireNonNull(d, "previous scores must not be null");
            if (!d.date().isBefore(asOf)) {
                throw new IllegalArgumentException("previous score dated " + d.date() + " must be before asOf " + asOf);
            }
        }
        sorted.sort(Comparator.comparing(DatedScore::date));
        previous = List.copyOf(sorted);
        if (latestNps.isPresent() && (latestNps.getAsInt() < 0 || latestNps.getAsInt() > 10)) {
            throw new IllegalArgumentException("latestNps must be within 0..10: " + latestNps.getAsInt());
        }
        overrides = List.copyOf(Objects.requireNonNull(overrides, "overrides must not be null"));
    }

    /**
     * Returns a context with a current score only.
     *
     * @param asOf the date, not null
     * @param current the score, not null
     * @return the context
     * @throws NullPointerException if an argument is null
     */
    public static AlertContext of(LocalDate asOf, HealthScore current) {
        return new AlertContext(asOf, current, List.of(), OptionalInt.empty(), List.of());
    }

    /**
     * Returns the override in force on {@code asOf}: the active one expiring last, if any.
     *
     * @return the override, or empty
     */
    public Optional<ManualOverride> activeOverride() {
        return overrides.stream().filter(o -> o.isActiveOn(asOf)).max(Comparator.comparing(ManualOverride::expiresOn));
    }

    /**
     * Returns the band to show: the active override's band, else the score's.
     *
     * @return the band
     */
    public Band effectiveBand() {
        return activeOverride().map(ManualOverride::band).orElse(current.band());
    }
}
