package io.csmetrics.ltv;

/**
 * A model of how long customers stay: the probability {@code S(t)} that a customer acquired at
 * period 0 is still a customer at period {@code t}.
 *
 * <p>Contract: {@code S(0) = 1}, {@code 0 ≤ S(t) ≤ 1}, and {@code S} is non-increasing in
 * {@code t}. Periods are whatever the model was fitted in (months for monthly contracts, years
 * for annual renewals). Implementations include fitted contractual models (the shifted-beta-
 * geometric model in {@code io.csmetrics.cohort}) and empirical curves (Kaplan–Meier); the
 * {@code LtvCalculator} turns any of them into a lifetime value.
 *
 * <p>Statistical models work in {@code double}; the money they are applied to stays exact until
 * the caller rounds.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RetentionModel {

    /**
     * Returns the survival probability {@code S(t)}.
     *
     * @param period the period {@code t}, not negative
     * @return {@code S(t)} in {@code [0, 1]}; {@code 1} for {@code t = 0}
     * @throws IllegalArgumentException if {@code period} is negative
     */
    double survival(int period);
}
