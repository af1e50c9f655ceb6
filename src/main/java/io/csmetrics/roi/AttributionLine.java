package io.csmetrics.roi;

import io.csmetrics.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of an ROI attribution: the deals of one stream and one kind of involvement, their ARR,
 * the multiplier applied and the amount attributed to CS, {@code attributed = arr × multiplier},
 * exactly.
 *
 * <p>Example: 3 CSM-led renewals worth USD 36,000 ARR at a multiplier of 0.5 attribute
 * USD 18,000: {@link #explain()} gives
 * {@code "renewal ARR (LED): 3 deals, ARR USD 36000.00 × 0.5 = USD 18000.00"}.
 *
 * @param stream the revenue stream
 * @param involvement the kind of CS involvement
 * @param deals the number of deals
 * @param arr the deals' total ARR
 * @param multiplier the multiplier applied, in {@code [0, 1]}
 * @param attributed the ARR attributed to CS, {@code arr × multiplier}, exact
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record AttributionLine(RevenueStream stream, Involvement involvement, long deals, Money arr,
        BigDecimal multiplier, Money attributed) implements Serializable {

    /**
     * Validates the line.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code deals} is negative
     */
    public AttributionLine {
        Objects.requireNonNull(stream, "stream must not be null");
        Objects.requireNonNull(involvement, "involvement must not be null");
        Objects.requireNonNull(arr, "arr must not be null");
        Objects.requireNonNull(multiplier, "multiplier must not be null");
        Objects.requireNonNull(attributed, "attributed must not be null");
        if (deals < 0) {
            throw new IllegalArgumentException("deals must not be negative: " + deals);
        }
    }

    /**
     * Explains the line in one sentence, amounts at the currency's scale (half-even).
     *
     * @return e.g. {@code "renewal ARR (LED): 3 deals, ARR USD 36000.00 × 0.5 = USD 18000.00"}
     */
    public String explain() {
        return stream + " (" + involvement + "): " + deals + (deals == 1 ? " deal" : " deals") + ", ARR "
                + arr.rounded(RoundingMode.HALF_EVEN) + " × " + multiplier.toPlainString() + " = "
                + attributed.rounded(RoundingMode.HALF_EVEN);
    }
}
