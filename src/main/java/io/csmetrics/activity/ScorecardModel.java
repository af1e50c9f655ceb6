package io.csmetrics.activity;

import io.csmetrics.health.AccountSignals;
import io.csmetrics.health.HealthScore;
import io.csmetrics.health.HealthScoreModel;
import io.csmetrics.health.Measure;
import io.csmetrics.health.MeasureScore;
import io.csmetrics.health.Trend;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The three-viewpoint scorecard: a {@link HealthScoreModel} whose groups are the {@link Viewpoint}s,
 * so every account's scorecard is an explained score whose lines trace to their signals.
 *
 * <p>With the model's weighted mean, a line's contribution is {@code wᵢ·Mᵢ} with the effective
 * weight {@code wᵢ = (W_g / ΣW) × (Wᵢ / ΣW_g)} ({@code W_g} the viewpoint's weight, {@code Wᵢ} the
 * line's, {@code Mᵢ} its 0..100 score); a viewpoint's points are {@code Σ wᵢ·Mᵢ} over its lines, and
 * the total is the sum of the points. Missing signals are renormalised away (the
 * {@link HealthScoreModel} default).
 *
 * <p>The {@linkplain #standard() standard model} weighs the four viewpoints equally:
 * <ul>
 * <li>customer actions: {@value #ACTIVE_USER_SHARE} and {@value #KEY_FEATURE_SHARE}, each linear
 * 0 → 0, 1 → 100;</li>
 * <li>CS actions: {@value #TOUCHES} (linear 0 → 0, 6 → 100), {@value #DAYS_SINCE_TOUCH} (linear 60 → 0,
 * 0 → 100) and {@value #QBR_HELD} (1 if a QBR was held in the window, scored as a key feature);</li>
 * <li>business results: {@value #NRR} (linear 0.8 → 0, 1.2 → 100);</li>
 * <li>customer outcome: {@value #GOAL_ATTAINMENT} (linear 0 → 0, 1 → 100).</li>
 * </ul>
 *
 * <p>Example (standard model): active-user share 0.5, key features 1, touches 3, 15 days since the
 * last touch, a QBR held, NRR 1.0, goal attainment 0.5: customer actions (50 + 100)/2 = 75, CS actions
 * (50 + 75 + 100)/3 = 75, business results 50, outcome 50; points 18.75, 18.75, 12.5, 12.5; total 62.5.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class ScorecardModel {

    /** Signal: active users / licensed seats, 0..1. */
    public static final String ACTIVE_USER_SHARE = "active-user share";
    /** Signal: key features used / key features, 0..1. */
    public static final String KEY_FEATURE_SHARE = "key-feature share";
    /** Signal: CS touches in the period. */
    public static final String TOUCHES = "touches";
    /** Signal: days since the last CS touch. */
    public static final String DAYS_SINCE_TOUCH = "days since last touch";
    /** Signal: 1 if a QBR was held in the window, else 0. */
    public static final String QBR_HELD = "QBR held";
    /** Signal: the account's net revenue retention over the period, as a fraction. */
    public static final String NRR = "NRR";
    /** Signal: the customer's goal attainment, as a fraction. */
    public static final String GOAL_ATTAINMENT = "goal attainment";

    private final HealthScoreModel model;
    private final List<Viewpoint> viewpoints;
    private final double tolerance;

    private ScorecardModel(HealthScoreModel model, List<Viewpoint> viewpoints, double tolerance) {
        this.model = model;
        this.viewpoints = List.copyOf(viewpoints);
        this.tolerance = tolerance;
    }

    /**
     * Returns the standard model (see the class description), trends flat within 2 points.
     *
     * @return the model
     */
    public static ScorecardModel standard() {
        return builder()
                .viewpoint(Viewpoint.CUSTOMER_ACTIONS, 1)
                .measure(Measure.linear(ACTIVE_USER_SHARE, 0, 1), 1)
                .measure(Measure.linear(KEY_FEATURE_SHARE, 0, 1), 1)
                .viewpoint(Viewpoint.CS_ACTIONS, 1)
                .measure(Measure.linear(TOUCHES, 0, 6), 1)
                .measure(Measure.linear(DAYS_SINCE_TOUCH, 60, 0), 1)
                .measure(Measure.keyFeature(QBR_HELD), 1)
                .viewpoint(Viewpoint.BUSINESS_RESULTS, 1)
                .measure(Measure.linear(NRR, 0.8, 1.2), 1)
                .viewpoint(Viewpoint.CUSTOMER_OUTCOME, 1)
                .measure(Measure.linear(GOAL_ATTAINMENT, 0, 1), 1)
                .build();
    }

    /**
     * Starts a model.
     *
     * @return a builder; trends are flat within 2 points unless set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the underlying health-score model (its groups are the viewpoints' labels).
     *
     * @return the model
     */
    public HealthScoreModel healthModel() {
        return model;
    }

    /**
     * Returns the viewpoints, in order.
     *
     * @return an unmodifiable list
     */
    public List<Viewpoint> viewpoints() {
        return viewpoints;
    }

    /**
     * Scores one account without a trend.
     *
     * @param input the account's inputs, not null
     * @return the scorecard
     * @throws NullPointerException if {@code input} is null
     * @throws IllegalArgumentException if a signal is invalid for its measure
     * @throws io.csmetrics.UndefinedMetricException if every signal is missing
     */
    public AccountScorecard score(ScorecardInput input) {
        Objects.requireNonNull(input, "input must not be null");
        return build(input, model.score(AccountSignals.of(input.accountId(), input.signals())), Optional.empty());
    }

    /**
     * Scores one account with trends against its previous inputs.
     *
     * @param input the account's current inputs, not null
     * @param previous the same account's inputs at the previous scoring, not null
     * @return the scorecard
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the two inputs are of different accounts, or a signal is
     *     invalid for its measure
     * @throws io.csmetrics.UndefinedMetricException if every signal of either input is missing
     */
    public AccountScorecard score(ScorecardInput input, ScorecardInput previous) {
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(previous, "previous must not be null");
        if (!input.accountId().equals(previous.accountId())) {
            throw new IllegalArgumentException("previous is of account " + previous.accountId() + ", not "
                    + input.accountId());
        }
        HealthScore now = model.score(AccountSignals.of(input.accountId(), input.signals()));
        HealthScore before = model.score(AccountSignals.of(previous.accountId(), previous.signals()));
        return build(input, now, Optional.of(before));
    }

    private AccountScorecard build(ScorecardInput input, HealthScore now, Optional<HealthScore> before) {
        List<ViewpointScore> scores = new ArrayList<>(viewpoints.size());
        for (Viewpoint v : viewpoints) {
            List<MeasureScore> lines = now.measures().stream().filter(m -> m.group().equals(v.label())).toList();
            double points = points(lines);
            Optional<Trend> trend = before.map(b -> Trend.between(points(b.measures().stream()
                    .filter(m -> m.group().equals(v.label())).toList()), points, tolerance));
            scores.add(new ViewpointScore(v, points, lines, trend));
        }
        return new AccountScorecard(input.csm(), input.team(), now, before, scores, tolerance);
    }

    private static double points(List<MeasureScore> lines) {
        double s = 0;
        for (MeasureScore m : lines) {
            s += m.contribution();
        }
        return s;
    }

    @Override
    public String toString() {
        return "ScorecardModel{" + model + "}";
    }

    /**
     * Builds a scorecard model: declare a viewpoint, then its measures.
     *
     * <p>Example: {@code ScorecardModel.builder().viewpoint(Viewpoint.CS_ACTIONS, 2)
     * .measure(Measure.linear("touches", 0, 6), 1).viewpoint(Viewpoint.BUSINESS_RESULTS, 1)
     * .measure(Measure.linear("NRR", 0.8, 1.2), 1).build()}.
     *
     * @implSpec This class is mutable and not thread-safe.
     * @since 0.1.0
     */
    public static final class Builder {
        private final HealthScoreModel.Builder model = HealthScoreModel.builder();
        private final List<Viewpoint> viewpoints = new ArrayList<>();
        private final Set<Viewpoint> withMeasure = EnumSet.noneOf(Viewpoint.class);
        private double tolerance = 2;

        private Builder() {
        }

        /**
         * Starts a viewpoint; the measures declared next belong to it.
         *
         * @param viewpoint the viewpoint, not null, not declared before
         * @param weight its weight, finite, 0 or more
         * @return this builder
         * @throws NullPointerException if {@code viewpoint} is null
         * @throws IllegalArgumentException if the viewpoint is repeated or the weight invalid
         */
        public Builder viewpoint(Viewpoint viewpoint, double weight) {
            Objects.requireNonNull(viewpoint, "viewpoint must not be null");
            model.group(viewpoint.label(), weight);
            viewpoints.add(viewpoint);
            return this;
        }

        /**
         * Adds a measure (a line) to the current viewpoint.
         *
         * @param measure the measure, not null, its name new to the model
         * @param weight its weight within the viewpoint, finite, 0 or more
         * @return this builder
         * @throws NullPointerException if {@code measure} is null
         * @throws IllegalStateException if no viewpoint was declared yet
         * @throws IllegalArgumentException if the name is repeated or the weight invalid
         */
        public Builder measure(Measure measure, double weight) {
            Objects.requireNonNull(measure, "measure must not be null");
            if (viewpoints.isEmpty()) {
                throw new IllegalStateException("declare a viewpoint before measure '" + measure.name() + "'");
            }
            model.measure(measure, weight);
            withMeasure.add(viewpoints.get(viewpoints.size() - 1));
            return this;
        }

        /**
         * Sets the largest move, in points, still called flat.
         *
         * @param points the tolerance, finite, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder trendTolerance(double points) {
            if (!(points >= 0) || Double.isInfinite(points)) {
                throw new IllegalArgumentException("trendTolerance must be finite and 0 or more: " + points);
            }
            tolerance = points;
            return this;
        }

        /**
         * Builds the model.
         *
         * @return the model
         * @throws IllegalStateException if there is no viewpoint, or a viewpoint has no measure
         * @throws IllegalArgumentException if the weights are all zero
         */
        public ScorecardModel build() {
            if (viewpoints.isEmpty()) {
                throw new IllegalStateException("a scorecard needs at least one viewpoint");
            }
            for (Viewpoint v : viewpoints) {
                if (!withMeasure.contains(v)) {
                    throw new IllegalStateException("viewpoint '" + v.label() + "' has no measure");
                }
            }
            return new ScorecardModel(model.build(), viewpoints, tolerance);
        }
    }
}
