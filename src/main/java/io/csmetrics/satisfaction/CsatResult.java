package io.csmetrics.satisfaction;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The customer-satisfaction score (CSAT) of a set of answers.
 *
 * <p><b>Formula.</b> {@code CSAT = satisfied / n}, the share of the {@code n} answers at or above the
 * scale's satisfied threshold (top-2 box on 1–5 by default: answers 4 and 5), usually shown as a
 * percentage. The mean answer {@code Σ score / n} is kept too. Both are exact {@link Ratio}s; with no
 * answers both are undefined ratios (0/0), never 0.
 *
 * <p>Example: answers 5, 4, 4, 3, 1 on 1–5 give {@code CSAT = 3/5 = 60 %}, mean 17/5 = 3.4.
 *
 * @param scale the answer scale, not null
 * @param responses the number of answers {@code n}, not negative
 * @param satisfied the number of satisfied answers, 0..n
 * @param scoreSum the sum of all answers, within {@code n·min..n·max}
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record CsatResult(CsatScale scale, long responses, long satisfied, long scoreSum) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the result.
     *
     * @param scale the answer scale, not null
     * @param responses the number of answers, not negative
     * @param satisfied the number of satisfied answers, 0..responses
     * @param scoreSum the sum of the answers, within {@code responses·min..responses·max}
     * @throws NullPointerException if {@code scale} is null
     * @throws IllegalArgumentException if a count is out of range
     */
    public CsatResult {
        Objects.requireNonNull(scale, "scale must not be null");
        if (responses < 0) {
            throw new IllegalArgumentException("responses must not be negative: " + responses);
        }
        if (satisfied < 0 || satisfied > responses) {
            throw new IllegalArgumentException("satisfied (" + satisfied + ") must be in 0.." + responses);
        }
        java.math.BigInteger n = java.math.BigInteger.valueOf(responses);
        java.math.BigInteger sum = java.math.BigInteger.valueOf(scoreSum);
        if (sum.compareTo(n.multiply(java.math.BigInteger.valueOf(scale.min()))) < 0
                || sum.compareTo(n.multiply(java.math.BigInteger.valueOf(scale.max()))) > 0) {
            throw new IllegalArgumentException("scoreSum (" + scoreSum + ") must be in " + responses + "·" + scale.min()
                    + ".." + responses + "·" + scale.max());
        }
    }

    /**
     * Returns the CSAT, {@code satisfied / n}.
     *
     * @return the share of satisfied answers; undefined (0/0) with no answers
     */
    public Ratio share() {
        return Ratio.of(satisfied, responses);
    }

    /**
     * Returns the mean answer {@code Σ score / n}.
     *
     * @return the mean; undefined (0/0) with no answers
     */
    public Ratio mean() {
        return Ratio.of(scoreSum, responses);
    }

    /**
     * Tells whether there is at least one answer.
     *
     * @return true if {@code n > 0}
     */
    public boolean isDefined() {
        return responses > 0;
    }

    /**
     * Returns e.g. {@code CsatResult{csat=60.0%, n=5, satisfied=3 (>=4 on 1..5)}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String csat = isDefined() ? share().toPercent(1, RoundingMode.HALF_EVEN).toPlainString() + "%" : "undefined";
        return "CsatResult{csat=" + csat + ", n=" + responses + ", satisfied=" + satisfied + " (>=" + scale.satisfiedFrom()
                + " on " + scale.min() + ".." + scale.max() + ")}";
    }
}
