package io.csmetrics.satisfaction;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The Net Promoter Score of a set of answers, with the counts it is made of and its uncertainty.
 *
 * <p><b>Formula.</b> With {@code P} promoters (9–10), {@code D} detractors (0–6) and
 * {@code n = P + passives + D} responses,
 *
 * <pre>
 * NPS = 100 · (P − D) / n        in NPS points, −100..100
 * </pre>
 *
 * i.e. the percentage of promoters minus the percentage of detractors (Reichheld 2003; the
 * specification documents). {@link #net()} keeps it exact as the {@link Ratio} {@code (P − D)/n} on
 * the −1..1 scale; {@link #score(int, RoundingMode)} gives points at a chosen scale.
 *
 * <p><b>Uncertainty.</b> Coding promoters +1, passives 0 and detractors −1, the NPS is the mean of
 * the codes, whose per-respondent variance is {@code var = p_P + p_D − (p_P − p_D)²} with
 * {@code p_P = P/n}, {@code p_D = D/n} ({@link #variance()}, exact). The standard error is
 * {@code SE = sqrt(var / n)} on the −1..1 scale, reported ×100 in NPS points
 * ({@link #standardError()}); the margin of error at confidence {@code c} is {@code z · SE} with
 * {@code z} the two-sided standard normal critical value (1.959964 for 95 %). See
 * {@link NpsIntervalMethod} for the Wald and the adjusted-Wald interval.
 *
 * <p><b>No responses.</b> With {@code n = 0} the NPS is undefined: {@link #isDefined()} is false,
 * {@link #net()} is an undefined ratio (0/0), and every numeric result ({@code score},
 * {@code standardError}, intervals) throws {@link UndefinedMetricException}.
 *
 * <p>Example: 50 promoters, 30 passives and 20 detractors give {@code n = 100}, NPS = 30; variance
 * {@code 0.5 + 0.2 − 0.3² = 0.61}, SE = 100·sqrt(0.61/100) = 7.81 points, 95 % margin of error
 * 15.31 points, Wald interval 14.69..45.31.
 *
 * @param promoters the number of answers 9–10, not negative
 * @param passives the number of answers 7–8, not negative
 * @param detractors the number of answers 0–6, not negative
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record NpsResult(long promoters, long passives, long detractors) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final NpsResult EMPTY = new NpsResult(0, 0, 0);

    /**
     * Validates the counts.
     *
     * @param promoters the number of answers 9–10, not negative
     * @param passives the number of answers 7–8, not negative
     * @param detractors the number of answers 0–6, not negative
     * @throws IllegalArgumentException if a count is negative or the total overflows a {@code long}
     */
    public NpsResult {
        checkCount(promoters, "promoters");
        checkCount(passives, "passives");
        checkCount(detractors, "detractors");
        try {
            Math.addExact(Math.addExact(promoters, passives), detractors);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("responses overflow a long: " + promoters + " + " + passives + " + "
                    + detractors, e);
        }
    }

    private static void checkCount(long count, String name) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + count);
        }
    }

    /**
     * Returns the result of the given counts.
     *
     * @param promoters the number of answers 9–10, not negative
     * @param passives the number of answers 7–8, not negative
     * @param detractors the number of answers 0–6, not negative
     * @return the result
     * @throws IllegalArgumentException if a count is negative or the total overflows a {@code long}
     */
    public static NpsResult of(long promoters, long passives, long detractors) {
        return new NpsResult(promoters, passives, detractors);
    }

    /**
     * Returns the result of no responses: NPS undefined.
     *
     * @return the empty result
     */
    public static NpsResult empty() {
        return EMPTY;
    }

    /**
     * Returns the result of a list of 0–10 scores.
     *
     * @param scores the scores, each 0 to 10
     * @return the result; empty (undefined) for no scores
     * @throws NullPointerException if {@code scores} is null
     * @throws IllegalArgumentException if a score is outside 0..10
     */
    public static NpsResult ofScores(int... scores) {
        Objects.requireNonNull(scores, "scores must not be null");
        return NpsAccumulator.of(scores).result();
    }

    /**
     * Returns the number of responses {@code n = P + passives + D}.
     *
     * @return n, not negative
     */
    public long responses() {
        return promoters + passives + detractors;
    }

    /**
     * Tells whether there is at least one response, i.e. whether the NPS has a value.
     *
     * @return true if {@code n > 0}
     */
    public boolean isDefined() {
        return responses() > 0;
    }

    /**
     * Returns the NPS exactly, on the −1..1 scale: {@code (P − D) / n}.
     *
     * @return the ratio, e.g. 30/100 for 50 promoters, 30 passives, 20 detractors; undefined (0/0)
     *     when there are no responses
     */
    public Ratio net() {
        return Ratio.of(promoters - detractors, responses());
    }

    /**
     * Returns the share of promoters {@code P / n}.
     *
     * @return the ratio; undefined when there are no responses
     */
    public Ratio promoterShare() {
        return Ratio.of(promoters, responses());
    }

    /**
     * Returns the share of passives {@code passives / n}.
     *
     * @return the ratio; undefined when there are no responses
     */
    public Ratio passiveShare() {
        return Ratio.of(passives, responses());
    }

    /**
     * Returns the share of detractors {@code D / n}.
     *
     * @return the ratio; undefined when there are no responses
     */
    public Ratio detractorShare() {
        return Ratio.of(detractors, responses());
    }

    /**
     * Returns the NPS in points, {@code 100 · (P − D) / n}, rounded to a number of decimals.
     *
     * @param scale the number of decimals, e.g. 1 for {@code 33.3}
     * @param roundingMode how to round, not null
     * @return the NPS in −100..100
     * @throws NullPointerException if {@code roundingMode} is null
     * @throws UndefinedMetricException if there are no responses
     * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and rounding is needed
     */
    public BigDecimal score(int scale, RoundingMode roundingMode) {
        checkDefined();
        return net().toPercent(scale, roundingMode);
    }

    /**
     * Returns the NPS in points as a {@code double}, for display and statistics.
     *
     * @return {@code 100 · (P − D) / n}, in −100..100
     * @throws UndefinedMetricException if there are no responses
     */
    public double scoreAsDouble() {
        checkDefined();
        return net().toBigDecimal(MathContext.DECIMAL128).movePointRight(2).doubleValue();
    }

    /**
     * Returns the per-respondent variance of the +1/0/−1 coding exactly, on the −1..1 scale:
     * {@code p_P + p_D − (p_P − p_D)² = ((P + D)·n − (P − D)²) / n²}.
     *
     * @return the variance in 0..1, e.g. 61/100 for 50/30/20; undefined (0/0) when there are no
     *     responses
     */
    public Ratio variance() {
        BigInteger n = BigInteger.valueOf(responses());
        BigInteger net = BigInteger.valueOf(promoters - detractors);
        BigInteger num = BigInteger.valueOf(promoters + detractors).multiply(n).subtract(net.multiply(net));
        return Ratio.of(new BigDecimal(num), new BigDecimal(n.multiply(n)));
    }

    /**
     * Returns the standard error of the NPS in points: {@code 100 · sqrt(var / n)} with
     * {@code var} from {@link #variance()} (the Wald standard error).
     *
     * @return the standard error in NPS points, not negative; 0 when every answer is in one category
     * @throws UndefinedMetricException if there are no responses
     */
    public double standardError() {
        checkDefined();
        return 100 * NpsIntervalMethod.WALD.standardError(this);
    }

    /**
     * Returns the Wald margin of error in points: {@code z · SE} with {@code z} the two-sided
     * standard normal critical value of the confidence level.
     *
     * @param confidence the confidence level in (0, 1), e.g. 0.95
     * @return the half-width of the Wald interval before truncation, in NPS points
     * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
     * @throws UndefinedMetricException if there are no responses
     */
    public double marginOfError(double confidence) {
        double z = StandardNormal.criticalValue(confidence);
        return z * standardError();
    }

    /**
     * Returns a confidence interval of the NPS.
     *
     * @param method the method, not null; {@link NpsIntervalMethod#ADJUSTED_WALD} is recommended
     * @param confidence the confidence level in (0, 1), e.g. 0.95
     * @return the interval in NPS points, truncated to −100..100
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
     * @throws UndefinedMetricException if there are no responses
     */
    public NpsInterval interval(NpsIntervalMethod method, double confidence) {
        Objects.requireNonNull(method, "method must not be null");
        double z = StandardNormal.criticalValue(confidence);
        checkDefined();
        double centre = 100 * method.centre(this);
        double se = 100 * method.standardError(this);
        return NpsInterval.of(method, confidence, centre, se, z);
    }

    /**
     * Returns the Wald interval {@code NPS ± z · SE}, truncated to −100..100.
     *
     * @param confidence the confidence level in (0, 1), e.g. 0.95
     * @return the interval in NPS points
     * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
     * @throws UndefinedMetricException if there are no responses
     */
    public NpsInterval waldInterval(double confidence) {
        return interval(NpsIntervalMethod.WALD, confidence);
    }

    /**
     * Returns the adjusted-Wald interval (add 3 to {@code n}, ¾ to the promoters and the
     * detractors), truncated to −100..100; see {@link NpsIntervalMethod#ADJUSTED_WALD}.
     *
     * @param confidence the confidence level in (0, 1), e.g. 0.95
     * @return the interval in NPS points
     * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
     * @throws UndefinedMetricException if there are no responses
     */
    public NpsInterval adjustedWaldInterval(double confidence) {
        return interval(NpsIntervalMethod.ADJUSTED_WALD, confidence);
    }

    /**
     * Returns the result of both sets of answers together: the counts added.
     *
     * @param other the other result, not null
     * @return the pooled result
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if a total overflows a {@code long}
     */
    public NpsResult plus(NpsResult other) {
        Objects.requireNonNull(other, "other must not be null");
        try {
            return new NpsResult(Math.addExact(promoters, other.promoters), Math.addExact(passives, other.passives),
                    Math.addExact(detractors, other.detractors));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("counts overflow a long: " + this + " plus " + other, e);
        }
    }

    private void checkDefined() {
        if (!isDefined()) {
            throw new UndefinedMetricException("NPS is undefined: no responses");
        }
    }

    /**
     * Returns e.g. {@code NpsResult{nps=30.0, n=100, promoters=50, passives=30, detractors=20}}, the
     * NPS rounded half-even to one decimal, or {@code nps=undefined} with no responses.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String nps = isDefined() ? score(1, RoundingMode.HALF_EVEN).toPlainString() : "undefined";
        return "NpsResult{nps=" + nps + ", n=" + responses() + ", promoters=" + promoters + ", passives=" + passives
                + ", detractors=" + detractors + "}";
    }
}
