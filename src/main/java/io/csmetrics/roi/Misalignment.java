package io.csmetrics.roi;

import java.io.Serializable;
import java.util.Objects;

/**
 * A cell of a {@link ResponsibilityMatrix} where accountability and influence disagree.
 *
 * @param department the department
 * @param metric the metric
 * @param kind which disagreement
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Misalignment(Department department, BusinessMetric metric, Kind kind) implements Serializable {

    /**
     * The two disagreements the seeds describe.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The department holds a target for a metric it cannot move: broad responsibility, limited influence. */
        TARGET_WITHOUT_INFLUENCE,
        /** The department moves a metric but is not held to it: its effort is invisible in its goals. */
        INFLUENCE_WITHOUT_TARGET
    }

    /**
     * Validates the misalignment.
     *
     * @throws NullPointerException if a component is null
     */
    public Misalignment {
        Objects.requireNonNull(department, "department must not be null");
        Objects.requireNonNull(metric, "metric must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
    }

    /**
     * Returns e.g. {@code "customer success: bug rate (TARGET_WITHOUT_INFLUENCE)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return department + ": " + metric + " (" + kind + ")";
    }
}
