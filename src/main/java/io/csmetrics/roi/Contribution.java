package io.csmetrics.roi;

import io.csmetrics.Money;
import java.io.Serializable;
import java.util.Objects;

/**
 * The ARR and attributed ARR of the deals sharing one key: a week, a month, a CSM, a team or a
 * stream, one point of an {@link RoiAttribution} series.
 *
 * @param <K> the key type ({@link IsoWeek}, {@link java.time.YearMonth}, {@code String},
 *     {@link RevenueStream})
 * @param key the key
 * @param deals the number of deals
 * @param arr their total ARR
 * @param attributed the ARR attributed to CS, {@code Σ arr × multiplier} over the deals, exact
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Contribution<K>(K key, long deals, Money arr, Money attributed) implements Serializable {

    /**
     * Validates the point.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code deals} is negative
     */
    public Contribution {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(arr, "arr must not be null");
        Objects.requireNonNull(attributed, "attributed must not be null");
        if (deals < 0) {
            throw new IllegalArgumentException("deals must not be negative: " + deals);
        }
    }
}
