package io.csmetrics.satisfaction;

import java.util.Objects;
import java.util.Optional;

/**
 * One period of an NPS trend: the period's key, its result, and the comparison with the previous
 * period of the trend (none for the first).
 *
 * <p>Example: {@code NpsTrendPoint{period=2024-Q2, result=NpsResult{nps=32.0, ...},
 * change=NpsComparison{ADJUSTED_WALD: 25.0 -> 32.0, ...}}}.
 *
 * @param <K> the period key type, e.g. {@link java.time.YearMonth}
 * @param period the period, not null
 * @param result the NPS of the period, not null
 * @param change the comparison with the previous period (first = previous, second = this), or
 *     empty for the first period; not null
 * @implSpec This class is immutable and thread-safe if the key is.
 * @since 0.1.0
 */
public record NpsTrendPoint<K>(K period, NpsResult result, Optional<NpsComparison> change) {

    /**
     * Validates the point.
     *
     * @param period the period, not null
     * @param result the result, not null
     * @param change the change, not null (may be empty)
     * @throws NullPointerException if an argument is null
     */
    public NpsTrendPoint {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(change, "change must not be null");
    }
}
