package io.csmetrics.satisfaction;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Critical values and p-values of the standard normal distribution, for the NPS intervals and tests. */
final class StandardNormal {

    // Commons Statistics distributions are immutable and thread-safe, so one instance is shared.
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private StandardNormal() {
    }

    static double checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), exclusive: " + confidence);
        }
        return confidence;
    }

    /** The two-sided critical value z with P(|Z| &lt;= z) = confidence, e.g. 1.959963… for 0.95. */
    static double criticalValue(double confidence) {
        checkConfidence(confidence);
        return NORMAL.inverseCumulativeProbability(0.5 + confidence / 2);
    }

    /** P(|Z| &gt;= |z|), computed from the lower tail so that large |z| keeps its precision. */
    static double twoSidedPValue(double z) {
        return Math.min(1.0, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
    }
}
