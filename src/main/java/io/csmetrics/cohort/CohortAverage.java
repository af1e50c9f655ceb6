package io.csmetrics.cohort;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.util.Objects;

/**
 * The average of one retention measure across cohorts for one month since acquisition, with what
 * it is an average of.
 *
 * <p>Example: logo retention in month 3 over 5 observable cohorts, pooled:
 * {@code CohortAverage[measure=LOGO, month=3, averaging=POOLED, cohorts=5, value=412/530]}.
 *
 * @param measure the measure averaged, not null
 * @param month the month since acquisition, not negative
 * @param averaging how the cohorts' rates were combined, not null
 * @param cohorts how many cohorts were observable in that month and took part, not negative
 * @param value the average, exact; undefined ({@code 0/0}) when no cohort is observable in that
 *     month (or the pooled base is zero)
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record CohortAverage(RetentionMeasure measure, int month, CohortAveraging averaging, int cohorts, Ratio value)
        implements Serializable {

    /**
     * Validates the average.
     *
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if {@code month} or {@code cohorts} is negative
     */
    public CohortAverage {
        Objects.requireNonNull(measure, "measure must not be null");
        Objects.requireNonNull(averaging, "averaging must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (month < 0) {
            throw new IllegalArgumentException("month must not be negative: " + month);
        }
        if (cohorts < 0) {
            throw new IllegalArgumentException("cohorts must not be negative: " + cohorts);
        }
    }
}
