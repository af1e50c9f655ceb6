package io.csmetrics.health;

import io.csmetrics.UndefinedMetricException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A health-score model: measures (each turning one signal into a 0–100 score), optionally in
 * weighted groups, combined into one explainable {@link HealthScore} per account.
 *
 * <p><b>Weighted mean</b> (the default {@link Aggregation}, as in Gainsight scorecards): with
 * measure scores {@code Mᵢ} (0..100) and weights {@code Wᵢ ≥ 0},
 * {@code group score G = Σ(Wᵢ·Mᵢ) / ΣWᵢ} over the measures of the group, and
 * {@code overall = Σ(W_g·G_g) / ΣW_g} over the groups, i.e. weights are normalised; scaling all
 * weights by a positive constant changes nothing. A model without groups is one group. Worked
 * example (Gainsight): weights 20, 15, 22 and scores 47, 59, 21 give
 * {@code (20·47 + 15·59 + 22·21) / 57 = 2287/57 = 40.1228…}, shown as 40.
 *
 * <p>The seeds' "one point for each key feature used": {@link #keyFeatures(String...)} scores
 * {@code 100 × used / N}; 3 of 5 features used is 3 points of 5, a score of 60.
 *
 * <p>Missing signals follow the {@link MissingSignalPolicy} (renormalise by default). When no
 * measure can be counted (every signal missing under renormalisation) the score is undefined and
 * {@link #score(AccountSignals)} throws {@link UndefinedMetricException}.
 *
 * <p>Scores are statistical scores in {@code double}, within 0..100 (a result is clamped to that
 * range to absorb rounding of the order 1e-14); a health score is not money.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class HealthScoreModel {

    private final Measure[] measures;
    private final int[] groupOf;
    private final double[] weight;
    private final String[] groupNames;
    private final double[] groupWeight;
    private final Aggregation aggregation;
    private final MissingSignalPolicy policy;
    private final Bands bands;
    // Learned (logistic) models only: z = intercept + Σ coef[j] × (M[j] − mean[j]) / sd[j].
    private final double intercept;
    private final double[] mean;
    private final double[] sd;

    private HealthScoreModel(Measure[] measures, int[] groupOf, double[] weight, String[] groupNames,
            double[] groupWeight, Aggregation aggregation, MissingSignalPolicy policy, Bands bands, double intercept,
            double[] mean, double[] sd) {
        this.measures = measures;
        this.groupOf = groupOf;
        this.weight = weight;
        this.groupNames = groupNames;
        this.groupWeight = groupWeight;
        this.aggregation = aggregation;
        this.policy = policy;
        this.bands = bands;
        this.intercept = intercept;
        this.mean = mean;
        this.sd = sd;
    }

    static HealthScoreModel logistic(List<Measure> measures, double intercept, double[] coefficients, double[] mean,
            double[] sd, MissingSignalPolicy policy, Bands bands) {
        int n = measures.size();
        return new HealthScoreModel(measures.toArray(new Measure[0]), new int[n], coefficients.clone(),
                new String[] {""}, new double[] {1}, Aggregation.LOGISTIC, policy, bands, intercept, mean.clone(),
                sd.clone());
    }

    /**
     * Starts a model.
     *
     * @return a builder with the defaults: weighted mean, {@link MissingSignalPolicy#RENORMALISE},
     *     {@link Bands#RED_YELLOW_GREEN}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the seeds' model: one equally weighted key-feature measure per feature, so the score
     * is {@code 100 × (features used) / (features)}.
     *
     * @param features the key-feature names, at least one, distinct, not blank
     * @return the model
     * @throws NullPointerException if the array or a name is null
     * @throws IllegalArgumentException if there is no feature, a name is blank or repeated
     */
    public static HealthScoreModel keyFeatures(String... features) {
        Objects.requireNonNull(features, "features must not be null");
        Builder b = builder();
        for (String f : features) {
            b.measure(Measure.keyFeature(f), 1);
        }
        return b.build();
    }

    /**
     * Returns the measures, in order.
     *
     * @return an unmodifiable list
     */
    public List<Measure> measures() {
        return List.of(measures);
    }

    /**
     * Returns each measure's effective weight when every signal is present: in a weighted-mean
     * model its share of the overall score (group share × share within group; the shares sum to
     * 1); in a learned model its coefficient per score point on the log-odds scale
     * ({@code βⱼ / σⱼ}); in a worst-of model the declared weights.
     *
     * @return measure name → weight, in the model's order, unmodifiable
     */
    public Map<String, Double> weights() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] eff = effectiveWeights();
        for (int j = 0; j < measures.length; j++) {
            m.put(measures[j].name(), eff[j]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Returns the aggregation.
     *
     * @return the aggregation
     */
    public Aggregation aggregation() {
        return aggregation;
    }

    /**
     * Returns the missing-signal policy.
     *
     * @return the policy
     */
    public MissingSignalPolicy missingSignalPolicy() {
        return policy;
    }

    /**
     * Returns the bands.
     *
     * @return the bands
     */
    public Bands bands() {
        return bands;
    }

    private double[] effectiveWeights() {
        int m = measures.length;
        double[] eff = new double[m];
        if (aggregation == Aggregation.LOGISTIC) {
            for (int j = 0; j < m; j++) {
                eff[j] = weight[j] / sd[j];
            }
            return eff;
        }
        if (aggregation == Aggregation.WORST_OF) {
            return weight.clone();
        }
        double[] groupSum = new double[groupNames.length];
        for (int j = 0; j < m; j++) {
            groupSum[groupOf[j]] += weight[j];
        }
        double total = 0;
        for (double w : groupWeight) {
            total += w;
        }
        for (int j = 0; j < m; j++) {
            eff[j] = groupWeight[groupOf[j]] / total * (weight[j] / groupSum[groupOf[j]]);
        }
        return eff;
    }

    /**
     * Scores one account.
     *
     * @param account the account's signals, not null
     * @return the explained score
     * @throws NullPointerException if {@code account} is null
     * @throws IllegalArgumentException if a signal is invalid for its measure (see
     *     {@link Measure#score(double, String)}), or a signal is missing under
     *     {@link MissingSignalPolicy#REJECT}
     * @throws UndefinedMetricException if no measure can be counted (every signal missing under
     *     {@link MissingSignalPolicy#RENORMALISE} in a weighted-mean or worst-of model)
     */
    public HealthScore score(AccountSignals account) {
        Objects.requireNonNull(account, "account must not be null");
        int m = measures.length;
        double[] s = new double[m];
        boolean[] counted = new boolean[m];
        boolean[] missing = new boolean[m];
        OptionalDouble[] raw = new OptionalDouble[m];
        for (int j = 0; j < m; j++) {
            raw[j] = account.signal(measures[j].name());
            if (raw[j].isPresent()) {
                s[j] = measures[j].score(raw[j].getAsDouble(), account.segment());
                counted[j] = true;
            } else {
                missing[j] = true;
                switch (policy) {
                    case REJECT -> throw new IllegalArgumentException("signal '" + measures[j].name() + "' of account "
                            + account.accountId() + " is missing and the model's policy is REJECT");
                    case ZERO -> counted[j] = true;
                    case RENORMALISE -> counted[j] = false;
                    default -> throw new AssertionError(policy);
                }
            }
        }
        double[] w = new double[m];
        double[] c = new double[m];
        double baseline = 0;
        switch (aggregation) {
            case WEIGHTED_MEAN -> weightedMean(account, s, counted, w, c);
            case WORST_OF -> worstOf(account, s, counted, w, c);
            case LOGISTIC -> baseline = logistic(s, counted, missing, w, c);
            default -> throw new AssertionError(aggregation);
        }
        double value = baseline;
        for (int j = 0; j < m; j++) {
            value += c[j];
        }
        value = Math.min(100.0, Math.max(0.0, value));
        List<MeasureScore> parts = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            parts.add(new MeasureScore(measures[j].name(), groupNames[groupOf[j]], raw[j], s[j], w[j], c[j],
                    missing[j]));
        }
        return new HealthScore(account.accountId(), value, bands.bandOf(value), aggregation, baseline, parts);
    }

    private void weightedMean(AccountSignals account, double[] s, boolean[] counted, double[] w, double[] c) {
        double[] groupSum = new double[groupNames.length];
        for (int j = 0; j < measures.length; j++) {
            if (counted[j]) {
                groupSum[groupOf[j]] += weight[j];
            }
        }
        double total = 0;
        for (int g = 0; g < groupNames.length; g++) {
            if (groupSum[g] > 0) {
                total += groupWeight[g];
            }
        }
        if (!(total > 0)) {
            throw new UndefinedMetricException("health score of account " + account.accountId()
                    + " is undefined: no measure with a positive weight has a signal (missing: "
                    + Arrays.stream(measures).map(Measure::name).toList() + ")");
        }
        for (int j = 0; j < measures.length; j++) {
            int g = groupOf[j];
            if (counted[j] && groupSum[g] > 0) {
                w[j] = groupWeight[g] / total * (weight[j] / groupSum[g]);
                c[j] = w[j] * s[j];
            }
        }
    }

    private void worstOf(AccountSignals account, double[] s, boolean[] counted, double[] w, double[] c) {
        int worst = -1;
        for (int j = 0; j < measures.length; j++) {
            if (counted[j] && (worst < 0 || s[j] < s[worst])) {
                worst = j;
            }
        }
        if (worst < 0) {
            throw new UndefinedMetricException("health score of account " + account.accountId()
                    + " is undefined: every signal is missing");
        }
        w[worst] = 1;
        c[worst] = s[worst];
    }

    private double logistic(double[] s, boolean[] counted, boolean[] missing, double[] w, double[] c) {
        double z = intercept;
        double[] term = new double[measures.length];
        for (int j = 0; j < measures.length; j++) {
            w[j] = weight[j] / sd[j];
            if (counted[j]) {
                term[j] = weight[j] * (s[j] - mean[j]) / sd[j];
                z += term[j];
            }
        }
        double p0 = sigmoid(intercept);
        double dz = z - intercept;
        // The secant slope of 100·σ between the baseline and z splits value − baseline into parts
        // proportional to each measure's log-odds term; at dz → 0 it tends to σ'(β₀).
        double slope = Math.abs(dz) < 1e-12 ? p0 * (1 - p0) : (sigmoid(z) - p0) / dz;
        for (int j = 0; j < measures.length; j++) {
            c[j] = 100.0 * slope * term[j];
        }
        return 100.0 * p0;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
    }

    /**
     * Scores many accounts at once without allocating per account: the bulk path for accounts whose
     * signals are all present, held column-major ({@code columns[j][i]} is measure {@code j}'s
     * signal for account {@code i}), with no segments (segment {@code ""}).
     *
     * @param columns one column per measure, in the model's order, each of length
     *     {@code out.length}; not null
     * @param out receives each account's overall value (the same value {@link #score} gives), not
     *     null
     * @throws NullPointerException if an argument or column is null
     * @throws IllegalArgumentException if the shape is wrong or a signal is not finite or invalid
     *     for its measure; {@code out}'s contents are then unspecified
     */
    public void scoreAll(double[][] columns, double[] out) {
        scoreAll(columns, null, out);
    }

    /**
     * Scores many accounts at once, with each account's segment (for percentile measures); see
     * {@link #scoreAll(double[][], double[])}.
     *
     * @param columns one column per measure, each of length {@code out.length}; not null
     * @param segments each account's segment, length {@code out.length}; null means all {@code ""}
     * @param out receives each account's overall value, not null
     * @throws NullPointerException if {@code columns}, a column or {@code out} is null
     * @throws IllegalArgumentException if the shape is wrong or a signal is not finite or invalid
     *     for its measure
     */
    public void scoreAll(double[][] columns, String[] segments, double[] out) {
        Objects.requireNonNull(columns, "columns must not be null");
        Objects.requireNonNull(out, "out must not be null");
        int n = out.length;
        if (columns.length != measures.length) {
            throw new IllegalArgumentException("columns must have one column per measure (" + measures.length
                    + ") but has " + columns.length);
        }
        for (int j = 0; j < columns.length; j++) {
            Objects.requireNonNull(columns[j], "column " + j + " must not be null");
            if (columns[j].length != n) {
                throw new IllegalArgumentException("column " + j + " (" + measures[j].name() + ") has "
                        + columns[j].length + " accounts but out has " + n);
            }
        }
        if (segments != null && segments.length != n) {
            throw new IllegalArgumentException("segments has " + segments.length + " accounts but out has " + n);
        }
        if (aggregation == Aggregation.WORST_OF) {
            Arrays.fill(out, Double.POSITIVE_INFINITY);
            for (int j = 0; j < measures.length; j++) {
                Scorer sc = measures[j].scorer();
                double[] col = columns[j];
                Scorer.checkColumn(measures[j].name(), col);
                for (int i = 0; i < n; i++) {
                    out[i] = Math.min(out[i], sc.score(col[i], segments == null ? "" : segments[i]));
                }
            }
            return;
        }
        Arrays.fill(out, 0.0);
        double[] eff = effectiveWeights();
        for (int j = 0; j < measures.length; j++) {
            measures[j].scorer().accumulate(measures[j].name(), columns[j], segments, eff[j], out);
        }
        if (aggregation == Aggregation.LOGISTIC) {
            double offset = intercept;
            for (int j = 0; j < measures.length; j++) {
                offset -= weight[j] * mean[j] / sd[j];
            }
            for (int i = 0; i < n; i++) {
                out[i] = 100.0 * sigmoid(out[i] + offset);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            out[i] = Math.min(100.0, Math.max(0.0, out[i]));
        }
    }

    @Override
    public String toString() {
        return "HealthScoreModel{" + aggregation + ", " + policy + ", weights=" + weights() + ", bands=" + bands + "}";
    }

    /**
     * Builds a {@link HealthScoreModel}: measures with weights, optionally in groups; every setter
     * validates its argument, {@link #build()} the whole.
     *
     * <p>Measures declared before any {@link #group(String, double)} call form a model without
     * groups; once groups are used, every measure must follow a group.
     *
     * <p>Example: {@code HealthScoreModel.builder().group("usage", 60).measure(Measure.keyFeature("reports"), 1)
     * .group("sentiment", 40).measure(Measure.linear("nps", 0, 10), 1).build()}.
     *
     * @implSpec This class is mutable and not thread-safe.
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Measure> measures = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();
        private final List<Integer> groupOf = new ArrayList<>();
        private final List<String> groupNames = new ArrayList<>();
        private final List<Double> groupWeights = new ArrayList<>();
        private Aggregation aggregation = Aggregation.WEIGHTED_MEAN;
        private MissingSignalPolicy policy = MissingSignalPolicy.RENORMALISE;
        private Bands bands = Bands.RED_YELLOW_GREEN;

        private Builder() {
        }

        /**
         * Starts a group; the measures declared next belong to it.
         *
         * @param name the group name, not blank, not used before
         * @param weight the group's weight, finite, 0 or more
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if the name is blank or repeated, or the weight is
         *     negative or not finite
         * @throws IllegalStateException if measures were declared before the first group
         */
        public Builder group(String name, double weight) {
            Objects.requireNonNull(name, "name must not be null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("group name must not be blank");
            }
            if (groupNames.contains(name)) {
                throw new IllegalArgumentException("duplicate group name: " + name);
            }
            checkWeight(weight, "group '" + name + "'");
            if (groupNames.isEmpty() && !measures.isEmpty()) {
                throw new IllegalStateException("measures " + measures.stream().map(Measure::name).toList()
                        + " were declared before the first group; declare every measure inside a group");
            }
            groupNames.add(name);
            groupWeights.add(weight);
            return this;
        }

        /**
         * Adds a measure to the current group (or to the model, if it has no groups).
         *
         * @param measure the measure, not null; its name must be new to the model
         * @param weight its weight, finite, 0 or more
         * @return this builder
         * @throws NullPointerException if {@code measure} is null
         * @throws IllegalArgumentException if the name is already used or the weight is negative
         *     or not finite
         */
        public Builder measure(Measure measure, double weight) {
            Objects.requireNonNull(measure, "measure must not be null");
            checkWeight(weight, "measure '" + measure.name() + "'");
            for (Measure m : measures) {
                if (m.name().equals(measure.name())) {
                    throw new IllegalArgumentException("duplicate measure name: " + measure.name());
                }
            }
            measures.add(measure);
            weights.add(weight);
            groupOf.add(Math.max(0, groupNames.size() - 1));
            return this;
        }

        /**
         * Sets how measures combine.
         *
         * @param value {@link Aggregation#WEIGHTED_MEAN} (default) or {@link Aggregation#WORST_OF}
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         * @throws IllegalArgumentException for {@link Aggregation#LOGISTIC}, which only
         *     {@link LearnedWeights} builds
         */
        public Builder aggregation(Aggregation value) {
            Objects.requireNonNull(value, "aggregation must not be null");
            if (value == Aggregation.LOGISTIC) {
                throw new IllegalArgumentException("a LOGISTIC model is learned from history: use LearnedWeights.fit");
            }
            this.aggregation = value;
            return this;
        }

        /**
         * Sets the missing-signal policy.
         *
         * @param value the policy, not null (default {@link MissingSignalPolicy#RENORMALISE})
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder missingSignals(MissingSignalPolicy value) {
            this.policy = Objects.requireNonNull(value, "missingSignals must not be null");
            return this;
        }

        /**
         * Sets the bands.
         *
         * @param value the bands, not null (default {@link Bands#RED_YELLOW_GREEN})
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder bands(Bands value) {
            this.bands = Objects.requireNonNull(value, "bands must not be null");
            return this;
        }

        /**
         * Validates and builds the model.
         *
         * @return the model
         * @throws IllegalArgumentException if there is no measure, a group has no measure, every
         *     weight in a group is zero, or every group weight is zero
         */
        public HealthScoreModel build() {
            if (measures.isEmpty()) {
                throw new IllegalArgumentException("a model needs at least one measure");
            }
            int m = measures.size();
            String[] gNames = groupNames.isEmpty() ? new String[] {""} : groupNames.toArray(new String[0]);
            double[] gWeights = groupNames.isEmpty() ? new double[] {1}
                    : groupWeights.stream().mapToDouble(Double::doubleValue).toArray();
            int[] gOf = groupOf.stream().mapToInt(Integer::intValue).toArray();
            double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
            double[] sum = new double[gNames.length];
            Set<Integer> used = new HashSet<>();
            for (int j = 0; j < m; j++) {
                sum[gOf[j]] += w[j];
                used.add(gOf[j]);
            }
            double total = 0;
            for (int g = 0; g < gNames.length; g++) {
                String label = gNames[g].isEmpty() ? "the model" : "group '" + gNames[g] + "'";
                if (!used.contains(g)) {
                    throw new IllegalArgumentException(label + " has no measure");
                }
                if (!(sum[g] > 0)) {
                    throw new IllegalArgumentException("the weights of " + label + " are all zero; at least one must be positive");
                }
                total += gWeights[g];
            }
            if (!(total > 0)) {
                throw new IllegalArgumentException("the group weights are all zero; at least one must be positive");
            }
            return new HealthScoreModel(measures.toArray(new Measure[0]), gOf, w, gNames, gWeights, aggregation, policy,
                    bands, 0, null, null);
        }

        private static void checkWeight(double weight, String what) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + what + " must be finite and 0 or more: " + weight);
            }
        }
    }
}
