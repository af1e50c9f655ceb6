package io.csmetrics.health;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One input of a health score: turns one signal of an account into a score within 0..100.
 *
 * <p>Kinds (static factories):
 * <ul>
 *   <li>{@link #keyFeature(String)}: a key feature used (signal &gt; 0, e.g. a use count) scores 100,
 *       unused (0) scores 0. N equally weighted key-feature measures give 100 × used / N: the
 *       seeds' "one point for each key feature used", scaled to 0..100.</li>
 *   <li>{@link #linear(String, double, double)}: linear between a floor (score 0) and a ceiling
 *       (score 100), clamped outside; a floor above the ceiling scores "lower is better" signals
 *       such as open support tickets.</li>
 *   <li>{@link #tiered(String, Tiers)}: fixed scores per signal range, with an explicit boundary
 *       rule (ChurnZero, Gainsight scorecards).</li>
 *   <li>{@link #percentileInSegment(String, Map)}: the account's percentile among the accounts of
 *       its segment (Totango's engagement score).</li>
 *   <li>{@link #of(String, SignalFunction, Monotonicity)}: a user-supplied function.</li>
 * </ul>
 *
 * <p>Signals are finite doubles; a health score is a statistical score (double, 0..100), not
 * money.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Measure implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The kind of a measure.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Key feature used (100) or not (0). */
        KEY_FEATURE,
        /** Linear between floor and ceiling, clamped. */
        LINEAR,
        /** Fixed score per signal range. */
        TIERED,
        /** Percentile within the account's segment. */
        SEGMENT_PERCENTILE,
        /** A user-supplied function. */
        CUSTOM
    }

    /**
     * How a measure's score moves as its signal rises.
     *
     * @since 0.1.0
     */
    public enum Monotonicity {
        /** A higher signal never gives a lower score. */
        INCREASING,
        /** A higher signal never gives a higher score. */
        DECREASING,
        /** Neither is promised. */
        NONE
    }

    private final String name;
    private final Kind kind;
    private final Monotonicity monotonicity;
    private final String description;
    private final Scorer scorer;

    private Measure(String name, Kind kind, Monotonicity monotonicity, String description, Scorer scorer) {
        this.name = name;
        this.kind = kind;
        this.monotonicity = monotonicity;
        this.description = description;
        this.scorer = scorer;
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("measure name must not be blank");
        }
        return name;
    }

    /**
     * Returns a key-feature measure: score 100 if the feature was used (signal &gt; 0), else 0.
     *
     * <p>Example: signal 3 (three uses) scores 100; signal 0 scores 0.
     *
     * @param name the measure (and signal) name, not blank
     * @return the measure, {@link Monotonicity#INCREASING}
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Measure keyFeature(String name) {
        return new Measure(checkName(name), Kind.KEY_FEATURE, Monotonicity.INCREASING, "key feature used",
                new Scorer.KeyFeature());
    }

    /**
     * Returns a linear measure: {@code score = 100 × clamp((x − floor) / (ceiling − floor), 0, 1)}
     * where {@code x} is the signal.
     *
     * <p>Example: floor 0, ceiling 80 (% of seats active): 40 scores 50, 90 scores 100. Floor 10,
     * ceiling 0 (open tickets, fewer is better): 2 tickets score 80.
     *
     * @param name the measure name, not blank
     * @param floor the signal scoring 0, finite
     * @param ceiling the signal scoring 100, finite, not equal to {@code floor}
     * @return the measure, {@link Monotonicity#INCREASING} if {@code floor < ceiling}, else
     *     {@link Monotonicity#DECREASING}
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank, a bound is not finite, or
     *     {@code floor == ceiling}
     */
    public static Measure linear(String name, double floor, double ceiling) {
        checkName(name);
        if (!Double.isFinite(floor) || !Double.isFinite(ceiling) || floor == ceiling) {
            throw new IllegalArgumentException("linear measure '" + name
                    + "' needs finite, distinct floor and ceiling: floor=" + floor + ", ceiling=" + ceiling);
        }
        return new Measure(name, Kind.LINEAR, floor < ceiling ? Monotonicity.INCREASING : Monotonicity.DECREASING,
                "linear " + floor + "→0 .. " + ceiling + "→100", new Scorer.Linear(floor, ceiling));
    }

    /**
     * Returns a tiered measure: the score of the tier the signal falls in.
     *
     * @param name the measure name, not blank
     * @param tiers the tiers, not null
     * @return the measure; its monotonicity follows the tiers' scores
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Measure tiered(String name, Tiers tiers) {
        checkName(name);
        Objects.requireNonNull(tiers, "tiers must not be null");
        return new Measure(name, Kind.TIERED, tiers.monotonicity(), tiers.toString(), new Scorer.Tiered(tiers));
    }

    /**
     * Returns a percentile-within-segment measure (Totango's engagement score ranks an account
     * against the accounts of its segment).
     *
     * <p>Formula (mid-rank percentile): {@code score = 100 × (b + e / 2) / n}, where {@code n} is
     * the size of the account's segment population, {@code b} the number of population values
     * below the signal and {@code e} the number equal to it. Ties share the mid-rank, so the
     * score is symmetric: the lowest of 4 distinct values scores 12.5, the highest 87.5.
     *
     * @param name the measure name, not blank
     * @param populationBySegment the reference signals of each segment's accounts, not null; each
     *     array non-empty and finite; copied
     * @return the measure, {@link Monotonicity#INCREASING}; scoring an account of a segment not in
     *     the map throws {@code IllegalArgumentException}
     * @throws NullPointerException if an argument, key or array is null
     * @throws IllegalArgumentException if {@code name} is blank, the map or a population is empty,
     *     or a value is not finite
     */
    public static Measure percentileInSegment(String name, Map<String, double[]> populationBySegment) {
        checkName(name);
        Objects.requireNonNull(populationBySegment, "populationBySegment must not be null");
        if (populationBySegment.isEmpty()) {
            throw new IllegalArgumentException("populationBySegment must contain at least one segment");
        }
        Map<String, double[]> sorted = new TreeMap<>();
        for (Map.Entry<String, double[]> e : populationBySegment.entrySet()) {
            String segment = Objects.requireNonNull(e.getKey(), "segment must not be null");
            double[] values = Objects.requireNonNull(e.getValue(), "population of segment '" + segment
                    + "' must not be null").clone();
            if (values.length == 0) {
                throw new IllegalArgumentException("population of segment '" + segment + "' must not be empty");
            }
            for (double v : values) {
                AccountSignals.checkFinite(v, name, "in the population of segment '" + segment + "'");
            }
            Arrays.sort(values);
            sorted.put(segment, values);
        }
        return new Measure(name, Kind.SEGMENT_PERCENTILE, Monotonicity.INCREASING,
                "percentile within segment " + sorted.keySet(),
                new Scorer.SegmentPercentile(name, Collections.unmodifiableMap(sorted)));
    }

    /**
     * Returns a measure scored by a user-supplied function.
     *
     * <p>Example: {@code Measure.of("nps", x -> x >= 9 ? 100 : x >= 7 ? 50 : 0, INCREASING)}.
     *
     * @param name the measure name, not blank
     * @param function the scoring function, not null; a result outside 0..100 (or NaN) makes
     *     scoring throw {@code IllegalArgumentException}
     * @param monotonicity what the function promises, not null (used by callers that rely on it;
     *     the library does not verify it)
     * @return the measure
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Measure of(String name, SignalFunction function, Monotonicity monotonicity) {
        checkName(name);
        Objects.requireNonNull(function, "function must not be null");
        Objects.requireNonNull(monotonicity, "monotonicity must not be null");
        return new Measure(name, Kind.CUSTOM, monotonicity, "custom", new Scorer.Custom(name, function));
    }

    /**
     * Returns the name, which is also the name of the signal it reads.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns how the score moves with the signal.
     *
     * @return the monotonicity
     */
    public Monotonicity monotonicity() {
        return monotonicity;
    }

    /**
     * Scores a signal of an account with no segment.
     *
     * @param signal the signal, finite
     * @return the score, within 0..100
     * @throws IllegalArgumentException if the signal is not finite or invalid for the kind (a
     *     negative key-feature count, a signal outside every tier, no population for the segment
     *     {@code ""}, a custom function result outside 0..100)
     */
    public double score(double signal) {
        return score(signal, "");
    }

    /**
     * Scores a signal of an account in a segment (only percentile measures use the segment).
     *
     * @param signal the signal, finite
     * @param segment the account's segment, not null
     * @return the score, within 0..100
     * @throws NullPointerException if {@code segment} is null
     * @throws IllegalArgumentException as for {@link #score(double)}
     */
    public double score(double signal, String segment) {
        Objects.requireNonNull(segment, "segment must not be null");
        AccountSignals.checkFinite(signal, name, "(any)");
        return scorer.score(signal, segment);
    }

    Scorer scorer() {
        return scorer;
    }

    @Override
    public String toString() {
        return "Measure{" + name + ", " + kind + ", " + description + "}";
    }

    /**
     * Re-checks a deserialised Measure through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            checkName(name);
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(monotonicity, "monotonicity must not be null");
            Objects.requireNonNull(description, "description must not be null");
            Objects.requireNonNull(scorer, "scorer must not be null");
            return this;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Measure: " + e.getMessage())
                    .initCause(e);
        }
    }
}
