package io.csmetrics.satisfaction;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * A two-sample comparison of Net Promoter Scores from independent samples, such as two periods or
 * two segments: the difference, its standard error, the z statistic and the two-sided p-value.
 *
 * <p><b>Formula.</b> With {@code NPS'ᵢ}, {@code varᵢ} and {@code n'ᵢ} of each sample computed by the
 * {@linkplain #method() method} (see {@link NpsIntervalMethod}),
 *
 * <pre>
 * difference = NPS'₂ − NPS'₁                               (second minus first)
 * SE         = sqrt(var₁ / n'₁ + var₂ / n'₂)
 * z          = difference / SE
 * p          = 2 · (1 − Φ(|z|))                           (Φ the standard normal cdf)
 * </pre>
 *
 * all reported in NPS points (×100). With {@link NpsIntervalMethod#ADJUSTED_WALD} (the default of
 * {@link #of(NpsResult, NpsResult)}) this is the test of Lewis &amp; Sauro, "How to Statistically
 * Compare Two Net Promoter Scores" (MeasuringU, 2020), evaluated in "Evaluating NPS Significance
 * Tests with Real-World Data" (2021). With {@link NpsIntervalMethod#WALD} it is the plain
 * two-sample z-test on the trinomial means.
 *
 * <p><b>Edge cases.</b> Both samples need at least one response ({@link UndefinedMetricException}
 * otherwise). With Wald, two samples each entirely in one category have {@code SE = 0}: then
 * {@link #z()} and {@link #pValue()} throw {@link UndefinedMetricException}; the adjusted-Wald
 * standard error is never 0.
 *
 * <p>Example: first 40/30/30 (NPS 10), second 55/25/20 (NPS 35), adjusted-Wald: difference 24.27
 * (of the adjusted estimates 9.71 and 33.98), SE 11.29, z 2.151, p 0.0315.
 *
 * @param first the first sample (e.g. the earlier period), at least one response
 * @param second the second sample (e.g. the later period), at least one response
 * @param method how estimates and variances are computed, not null
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record NpsComparison(NpsResult first, NpsResult second, NpsIntervalMethod method) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the samples.
     *
     * @param first the first sample, at least one response
     * @param second the second sample, at least one response
     * @param method the method, not null
     * @throws NullPointerException if an argument is null
     * @throws UndefinedMetricException if a sample has no responses
     */
    public NpsComparison {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(second, "second must not be null");
        Objects.requireNonNull(method, "method must not be null");
        if (!first.isDefined() || !second.isDefined()) {
            throw new UndefinedMetricException("NPS comparison is undefined: "
                    + (first.isDefined() ? "second" : "first") + " sample has no responses");
        }
    }

    /**
     * Compares two samples with the adjusted-Wald method.
     *
     * @param first the first sample (e.g. the earlier period), at least one response
     * @param second the second sample, at least one response
     * @return the comparison
     * @throws NullPointerException if an argument is null
     * @throws UndefinedMetricException if a sample has no responses
     */
    public static NpsComparison of(NpsResult first, NpsResult second) {
        return new NpsComparison(first, second, NpsIntervalMethod.ADJUSTED_WALD);
    }

    /**
     * Compares two samples with a chosen method.
     *
     * @param first the first sample, at least one response
     * @param second the second sample, at least one response
     * @param method the method, not null
     * @return the comparison
     * @throws NullPointerException if an argument is null
     * @throws UndefinedMetricException if a sample has no responses
     */
    public static NpsComparison of(NpsResult first, NpsResult second, NpsIntervalMethod method) {
        return new NpsComparison(first, second, method);
    }

    /**
     * Returns the observed difference of the two NPS exactly, on the −1..1 scale:
     * {@code (P₂ − D₂)/n₂ − (P₁ − D₁)/n₁ = ((P₂ − D₂)·n₁ − (P₁ − D₁)·n₂) / (n₁·n₂)}.
     *
     * @return the difference, in −2..2; {@code toPercent} gives NPS points
     */
    public Ratio observedDifference() {
        BigInteger n1 = BigInteger.valueOf(first.responses());
        BigInteger n2 = BigInteger.valueOf(second.responses());
        BigInteger num = BigInteger.valueOf(second.promoters() - second.detractors()).multiply(n1)
                .subtract(BigInteger.valueOf(first.promoters() - first.detractors()).multiply(n2));
        return Ratio.of(new BigDecimal(num), new BigDecimal(n1.multiply(n2)));
    }

    /**
     * Returns the difference the test uses, {@code NPS'₂ − NPS'₁}, in points; for Wald it equals the
     * observed difference, for adjusted-Wald it is that of the adjusted estimates.
     *
     * @return the difference in points, −200..200
     */
    public double difference() {
        return 100 * (method.centre(second) - method.centre(first));
    }

    /**
     * Returns the standard error of the difference in points, {@code 100·sqrt(var₁/n'₁ + var₂/n'₂)}.
     *
     * @return the standard error, not negative
     */
    public double standardError() {
        double v1 = method.variance(first) / method.effectiveSize(first);
        double v2 = method.variance(second) / method.effectiveSize(second);
        return 100 * Math.sqrt(v1 + v2);
    }

    /**
     * Returns the z statistic {@code difference / SE}.
     *
     * @return z; positive when the second NPS is higher
     * @throws UndefinedMetricException if the standard error is 0 (Wald only)
     */
    public double z() {
        double se = standardError();
        if (se == 0) {
            throw new UndefinedMetricException("z is undefined: the standard error of the difference is 0 (" + method
                    + ", every answer of both samples in one category)");
        }
        return difference() / se;
    }

    /**
     * Returns the two-sided p-value {@code 2·(1 − Φ(|z|))}, from Commons Statistics'
     * {@code NormalDistribution}.
     *
     * @return the p-value in 0..1
     * @throws UndefinedMetricException if the standard error is 0 (Wald only)
     */
    public double pValue() {
        return StandardNormal.twoSidedPValue(z());
    }

    /**
     * Tells whether the difference is significant at a level, i.e. whether {@code p < alpha}.
     *
     * @param alpha the significance level in (0, 1), e.g. 0.05
     * @return true if the p-value is below {@code alpha}
     * @throws IllegalArgumentException if {@code alpha} is not in (0, 1)
     * @throws UndefinedMetricException if the standard error is 0 (Wald only)
     */
    public boolean isSignificant(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), exclusive: " + alpha);
        }
        return pValue() < alpha;
    }

    /**
     * Returns the margin of error of the difference, {@code z_c · SE}, in points: the difference's
     * confidence interval is {@code difference ± marginOfError}.
     *
     * @param confidence the confidence level in (0, 1), e.g. 0.95
     * @return the margin of error in points, not negative
     * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
     */
    public double marginOfError(double confidence) {
        return StandardNormal.criticalValue(confidence) * standardError();
    }

    /**
     * Returns e.g. {@code NpsComparison{ADJUSTED_WALD: 10.0 -> 35.0, difference=24.27, se=11.29,
     * z=2.151, p=0.0315}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        double se = standardError();
        String test = se == 0 ? "z=undefined, p=undefined"
                : String.format(Locale.ROOT, "z=%.3f, p=%.4f", z(), pValue());
        return String.format(Locale.ROOT, "NpsComparison{%s: %s -> %s, difference=%.2f, se=%.2f, %s}", method,
                first.score(1, java.math.RoundingMode.HALF_EVEN), second.score(1, java.math.RoundingMode.HALF_EVEN),
                difference(), se, test);
    }
}
