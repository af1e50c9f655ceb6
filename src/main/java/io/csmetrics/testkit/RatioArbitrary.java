package io.csmetrics.testkit;

import io.csmetrics.Ratio;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link Ratio}s of counts, the shape of a rate such as "10 churned of 600 starting".
 *
 * <p>By default the denominator lies in 1..1000 and the numerator in 0..denominator, so every
 * ratio is a defined rate in [0, 1]; a failing property shrinks towards {@code 0/1}. With
 * {@link #numeratorBetween(long, long)} the numerator is drawn independently (rates above 1 such
 * as an NRR, or negative ones). Undefined ratios (zero denominator) come only on request, with
 * {@link #withUndefined()}.
 *
 * <p>Example: {@code CsArbitraries.ratios().denominatorBetween(1, 10).withUndefined()}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RatioArbitrary extends ArbitraryDecorator<Ratio> {

    private final long minDenominator;
    private final long maxDenominator;
    private final boolean proper;
    private final long minNumerator;
    private final long maxNumerator;
    private final boolean undefined;

    RatioArbitrary() {
        this(1, 1000, true, 0, 0, false);
    }

    private RatioArbitrary(long minDenominator, long maxDenominator, boolean proper, long minNumerator,
            long maxNumerator, boolean undefined) {
        this.minDenominator = minDenominator;
        this.maxDenominator = maxDenominator;
        this.proper = proper;
        this.minNumerator = minNumerator;
        this.maxNumerator = maxNumerator;
        this.undefined = undefined;
    }

    /**
     * Returns an arbitrary whose denominators lie between {@code min} and {@code max}, inclusive.
     *
     * @param min the smallest denominator, at least 1
     * @param max the largest denominator, not below {@code min}
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code min < 1} or {@code min > max}
     */
    public RatioArbitrary denominatorBetween(long min, long max) {
        if (min < 1 || min > max) {
            throw new IllegalArgumentException("denominator range (valid: 1 <= min <= max): [" + min + ", " + max + "]");
        }
        return new RatioArbitrary(min, max, proper, minNumerator, maxNumerator, undefined);
    }

    /**
     * Returns an arbitrary whose numerators are drawn independently of the denominator, between
     * {@code min} and {@code max} inclusive, instead of in 0..denominator.
     *
     * @param min the smallest numerator, may be negative
     * @param max the largest numerator, not below {@code min}
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code min > max}
     */
    public RatioArbitrary numeratorBetween(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("numerator min (" + min + ") must not exceed max (" + max + ")");
        }
        return new RatioArbitrary(minDenominator, maxDenominator, false, min, max, undefined);
    }

    /**
     * Returns an arbitrary that also gives undefined ratios (denominator zero, about one in ten),
     * to test that code handles "no data" without dividing by zero.
     *
     * @return the reconfigured arbitrary
     */
    public RatioArbitrary withUndefined() {
        return new RatioArbitrary(minDenominator, maxDenominator, proper, minNumerator, maxNumerator, true);
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of ratios
     */
    @Override
    protected Arbitrary<Ratio> arbitrary() {
        Arbitrary<Ratio> defined;
        Arbitrary<Long> numerators;
        if (proper) {
            // Two draws, the smaller the numerator: n <= d by construction and both shrink to 0/1.
            Arbitrary<Long> a = Arbitraries.longs().between(0, maxDenominator);
            Arbitrary<Long> b = Arbitraries.longs().between(minDenominator, maxDenominator);
            defined = Combinators.combine(a, b).as((x, y) -> Ratio.of(Math.min(x, y), Math.max(x, y)));
            numerators = Arbitraries.longs().between(0, maxDenominator);
        } else {
            numerators = Arbitraries.longs().between(minNumerator, maxNumerator);
            defined = Combinators.combine(numerators, Arbitraries.longs().between(minDenominator, maxDenominator))
                    .as(Ratio::of);
        }
        if (!undefined) {
            return defined;
        }
        Arbitrary<Ratio> overZero = numerators.map(n -> Ratio.of(n, 0));
        return Arbitraries.frequencyOf(Tuple.of(9, defined), Tuple.of(1, overZero));
    }
}
