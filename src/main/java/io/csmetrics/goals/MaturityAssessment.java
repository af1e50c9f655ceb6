package io.csmetrics.goals;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a {@link MaturityModel} assessment: the level reached, and what the next level
 * needs.
 *
 * @param level the level reached: the highest whose capabilities and all lower levels' are met
 * @param met the capabilities met, in model order
 * @param missingForNext the capabilities still missing to reach the next level (this level's gaps
 *     are none by definition; these are the unmet ones of every level up to and including the
 *     next); empty at {@link MaturityLevel#OPTIMISING}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record MaturityAssessment(MaturityLevel level, List<Capability> met, List<Capability> missingForNext)
        implements Serializable {

    /**
     * Validates and copies the assessment.
     *
     * @throws NullPointerException if a component is null
     */
    public MaturityAssessment {
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(met, "met must not be null").forEach(c -> Objects.requireNonNull(c, "met must not contain null"));
        Objects.requireNonNull(missingForNext, "missingForNext must not be null")
                .forEach(c -> Objects.requireNonNull(c, "missingForNext must not contain null"));
        met = List.copyOf(met);
        missingForNext = List.copyOf(missingForNext);
    }

    /**
     * Returns the next level.
     *
     * @return the level above the one reached; empty at {@link MaturityLevel#OPTIMISING}
     */
    public Optional<MaturityLevel> nextLevel() {
        return level.next();
    }
}
