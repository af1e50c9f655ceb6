package io.csmetrics.roi;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A company metric a department may hold a target for or influence, one column of a
 * {@link ResponsibilityMatrix}. Eight are built in; any other is {@link #of(String)}.
 *
 * @param name the metric's name, not blank
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record BusinessMetric(String name) implements Serializable {

    /** New ARR from new customers. */
    public static final BusinessMetric NEW_ARR = new BusinessMetric("new ARR");
    /** Marketing-qualified leads. */
    public static final BusinessMetric MQLS = new BusinessMetric("MQLs");
    /** Win rate of sales opportunities. */
    public static final BusinessMetric WIN_RATE = new BusinessMetric("win rate");
    /** Renewal rate. */
    public static final BusinessMetric RENEWAL_RATE = new BusinessMetric("renewal rate");
    /** Upsell and cross-sell ARR. */
    public static final BusinessMetric UPSELL_ARR = new BusinessMetric("upsell ARR");
    /** Time to resolve a support case. */
    public static final BusinessMetric TIME_TO_RESOLUTION = new BusinessMetric("time to resolution");
    /** Time from purchase to the customer's first value. */
    public static final BusinessMetric TIME_TO_VALUE = new BusinessMetric("time to value");
    /** Rate of bugs reported. */
    public static final BusinessMetric BUG_RATE = new BusinessMetric("bug rate");

    /**
     * Validates the name.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public BusinessMetric {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
    }

    /**
     * Returns a metric.
     *
     * @param name the name, not blank
     * @return the metric
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static BusinessMetric of(String name) {
        return new BusinessMetric(name);
    }

    /**
     * Returns the built-in metrics.
     *
     * @return new ARR, MQLs, win rate, renewal rate, upsell ARR, time to resolution, time to value,
     *     bug rate
     */
    public static List<BusinessMetric> builtIn() {
        return List.of(NEW_ARR, MQLS, WIN_RATE, RENEWAL_RATE, UPSELL_ARR, TIME_TO_RESOLUTION, TIME_TO_VALUE,
                BUG_RATE);
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
