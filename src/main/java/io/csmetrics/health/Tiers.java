package io.csmetrics.health;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Contiguous signal ranges, each worth a fixed score, for a
 * {@linkplain Measure#tiered(String, Tiers) tiered measure}, with an explicit
 * {@link TierBoundary} rule for values on a boundary.
 *
 * <p>Tiers are declared in ascending order; each tier's {@code from} must equal the previous
 * tier's {@code to} (a gap or an overlap is rejected). The first {@code from} may be
 * {@code -∞} and the last {@code to} {@code +∞} to leave the ends open. A signal outside
 * {@code [from₀, toₙ]} is rejected.
 *
 * <p>Example (ChurnZero-style logins per week): {@code Tiers.builder(TierBoundary.UPPER_INCLUSIVE)
 * .tier(0, 2, 0).tier(2, 10, 50).tier(10, Double.POSITIVE_INFINITY, 100).build()}: 2 logins score 0,
 * 3 score 50, 10 score 50, 11 score 100.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Tiers implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TierBoundary boundary;
    private final double[] from;
    private final double[] to;
    private final double[] score;

    private Tiers(TierBoundary boundary, double[] from, double[] to, double[] score) {
        this.boundary = boundary;
        this.from = from;
        this.to = to;
        this.score = score;
    }

    /**
     * Starts a set of tiers.
     *
     * @param boundary the rule for boundary values, not null
     * @return a builder
     * @throws NullPointerException if {@code boundary} is null
     */
    public static Builder builder(TierBoundary boundary) {
        return new Builder(Objects.requireNonNull(boundary, "boundary must not be null"));
    }

    /**
     * Returns the boundary rule.
     *
     * @return the rule
     */
    public TierBoundary boundary() {
        return boundary;
    }

    /**
     * Returns the number of tiers.
     *
     * @return at least 1
     */
    public int size() {
        return score.length;
    }

    /**
     * Returns the score of a signal: the score of the tier the signal falls in under the boundary
     * rule.
     *
     * @param signal the signal, finite
     * @return the tier's score, within 0..100
     * @throws IllegalArgumentException if the signal is not finite or lies outside every tier
     */
    public double scoreOf(double signal) {
        if (!Double.isFinite(signal)) {
            throw new IllegalArgumentException("signal must be a finite number: " + signal);
        }
        int n = score.length;
        if (signal < from[0] || signal > to[n - 1]) {
            throw new IllegalArgumentException("signal " + signal + " lies outside the tiers [" + from[0] + ", "
                    + to[n - 1] + "]");
        }
        for (int i = 0; i < n; i++) {
            boolean inside = boundary == TierBoundary.UPPER_INCLUSIVE
                    ? signal <= to[i]
                    : signal < to[i] || i == n - 1;
            if (inside) {
                return score[i];
            }
        }
        throw new AssertionError("unreachable: signal within [from₀, toₙ] falls in a tier");
    }

    Measure.Monotonicity monotonicity() {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < score.length; i++) {
            up &= score[i] >= score[i - 1];
            down &= score[i] <= score[i - 1];
        }
        return up ? Measure.Monotonicity.INCREASING : down ? Measure.Monotonicity.DECREASING : Measure.Monotonicity.NONE;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Tiers t && boundary == t.boundary && Arrays.equals(from, t.from) && Arrays.equals(to, t.to)
                && Arrays.equals(score, t.score);
    }

    @Override
    public int hashCode() {
        return Objects.hash(boundary, Arrays.hashCode(from), Arrays.hashCode(to), Arrays.hashCode(score));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Tiers{").append(boundary);
        for (int i = 0; i < score.length; i++) {
            sb.append(", ").append(from[i]).append("..").append(to[i]).append("→").append(score[i]);
        }
        return sb.append('}').toString();
    }

    /**
     * Collects tiers in ascending order; {@link #build()} validates them.
     *
     * @implSpec This class is mutable and not thread-safe.
     * @since 0.1.0
     */
    public static final class Builder {
        private final TierBoundary boundary;
        private final List<double[]> tiers = new ArrayList<>();

        private Builder(TierBoundary boundary) {
            this.boundary = boundary;
        }

        /**
         * Adds the next tier.
         *
         * @param from the lower bound; the previous tier's {@code to}, or {@code -∞} for an open
         *     first tier
         * @param to the upper bound, greater than {@code from}; {@code +∞} for an open last tier
         * @param score the tier's score, within 0..100
         * @return this builder
         * @throws IllegalArgumentException if a bound is NaN, {@code from >= to}, or the score is
         *     outside 0..100; the builder is then unchanged
         */
        public Builder tier(double from, double to, double score) {
            if (Double.isNaN(from) || Double.isNaN(to) || !(from < to)) {
                throw new IllegalArgumentException("tier bounds must satisfy from < to: from=" + from + ", to=" + to);
            }
            if (!(score >= 0 && score <= 100)) {
                throw new IllegalArgumentException("tier score must be within 0..100: " + score);
            }
            tiers.add(new double[] {from, to, score});
            return this;
        }

        /**
         * Validates and returns the tiers.
         *
         * @return the tiers
         * @throws IllegalArgumentException if there is no tier, or a tier does not start where the
         *     previous one ends (a gap or an overlap), or an inner bound is infinite
         */
        public Tiers build() {
            int n = tiers.size();
            if (n == 0) {
                throw new IllegalArgumentException("tiers must contain at least one tier");
            }
            double[] from = new double[n];
            double[] to = new double[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                double[] t = tiers.get(i);
                from[i] = t[0];
                to[i] = t[1];
                score[i] = t[2];
                if (i > 0 && from[i] != to[i - 1]) {
                    throw new IllegalArgumentException("tier " + i + " must start where tier " + (i - 1) + " ends ("
                            + to[i - 1] + ") but starts at " + from[i] + (from[i] > to[i - 1] ? " (a gap)" : " (an overlap)"));
                }
                if ((i > 0 && Double.isInfinite(from[i])) || (i < n - 1 && Double.isInfinite(to[i]))) {
                    throw new IllegalArgumentException("only the first tier's from and the last tier's to may be infinite");
                }
            }
            return new Tiers(boundary, from, to, score);
        }
    }

    /**
     * Re-checks a deserialised Tiers through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            int n = Objects.requireNonNull(from, "from must not be null").length;
            if (Objects.requireNonNull(to, "to must not be null").length != n
                    || Objects.requireNonNull(score, "score must not be null").length != n) {
                throw new IllegalArgumentException("from, to and score must have one length");
            }
            Builder b = builder(boundary);
            for (int i = 0; i < n; i++) {
                b.tier(from[i], to[i], score[i]);
            }
            return b.build();
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Tiers: " + e.getMessage())
                    .initCause(e);
        }
    }
}
