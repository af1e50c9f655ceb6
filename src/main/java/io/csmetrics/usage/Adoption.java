package io.csmetrics.usage;

import io.csmetrics.Ratio;
import java.util.Objects;

/**
 * Adoption of one feature: how many of a population (accounts or users) used it.
 *
 * <p>{@code rate = adopters / population}. The population is stated by whoever computed it: the
 * accounts (or users) active in the period, or the full list of customer accounts the caller
 * passed, so inactive accounts count as non-adopters.
 *
 * <p>Example: 30 of 120 active accounts used {@code reports}: {@code 30/120} = 25 %.
 *
 * @param feature the feature, not blank
 * @param adopters accounts or users that used it, 0 to {@code population}
 * @param population accounts or users considered, 0 or more
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record Adoption(String feature, long adopters, long population) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if {@code feature} is null
     * @throws IllegalArgumentException if {@code feature} is blank, or {@code adopters} is
     *     negative or exceeds {@code population}
     */
    public Adoption {
        Objects.requireNonNull(feature, "feature must not be null");
        UsageEvent.checkId(feature, "feature");
        if (adopters < 0 || adopters > population) {
            throw new IllegalArgumentException("adopters (" + adopters + ") must be between 0 and population ("
                    + population + ") for feature " + feature);
        }
    }

    /**
     * Returns the adoption rate, {@code adopters / population}.
     *
     * @return the rate in [0, 1]; undefined when the population is empty
     */
    public Ratio rate() {
        return Ratio.of(adopters, population);
    }
}
