package io.csmetrics.health;

import io.csmetrics.ModelFitException;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weights learned from churn history: a {@link LogisticRegression} of "renewed" (did not churn
 * within the horizon) on the measures' scores, exposed as a {@link HealthScoreModel} whose score is
 * {@code 100 × P(renew)}.
 *
 * <p><b>Inputs.</b> For each {@link Observation}, predictor {@code j} is measure {@code j}'s score
 * (0..100) of the account's signals as of the observation date; the outcome is
 * {@code !observation.churnedWithin(horizon)}. A missing signal is imputed at the mean of that
 * measure's present scores, so it adds nothing to the log-odds (the learned model does the same
 * when scoring). Inputs are standardised and the standardised coefficients get an L2 penalty
 * {@code λ}; see {@link LogisticRegression} for the method.
 *
 * <p><b>Output.</b> {@link #model()}: {@code score = 100 × σ(β₀ + Σⱼ βⱼ (Mⱼ − μⱼ) / sⱼ)}, bands
 * {@link Bands#RED_YELLOW_GREEN}, missing signals renormalised (taken at the training mean). Its
 * {@link HealthScore}s explain themselves: the baseline is {@code 100 σ(β₀)} and each measure's
 * contribution is its share of {@code value − baseline}.
 *
 * <p>Example: with one key-feature measure and history 30 renewed/10 churned among non-users and
 * 45/5 among users, {@code λ = 0} gives P(renew) = 0.75 for non-users (score 75) and 0.9 for users
 * (score 90): the observed rates.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class LearnedWeights {

    private final List<Measure> measures;
    private final LogisticRegression regression;
    private final HealthScoreModel model;

    private LearnedWeights(List<Measure> measures, LogisticRegression regression, HealthScoreModel model) {
        this.measures = measures;
        this.regression = regression;
        this.model = model;
    }

    /**
     * Fits the weights.
     *
     * @param measures the measures to weigh, at least one, distinct names; not null
     * @param history the training observations, not null, at least 2, both outcomes present
     * @param horizon how long after the observation date a churn counts, positive; not null
     * @param lambda the L2 penalty on the standardised coefficients, finite, 0 or more (1.0 is a
     *     mild default for a few hundred accounts)
     * @return the learned weights
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a list is empty, names repeat, a signal is invalid for
     *     its measure, or {@code lambda} or {@code horizon} is out of range
     * @throws ModelFitException if a measure has no signal in the whole history, or the regression
     *     cannot be fitted (see {@link LogisticRegression#fit(double[][], boolean[], double)})
     */
    public static LearnedWeights fit(List<Measure> measures, List<Observation> history, Period horizon,
            double lambda) {
        Objects.requireNonNull(measures, "measures must not be null");
        Objects.requireNonNull(history, "history must not be null");
        Objects.requireNonNull(horizon, "horizon must not be null");
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i) == null) {
                throw new NullPointerException("measures[" + i + "] must not be null");
            }
        }
        List<Measure> ms = List.copyOf(measures);
        if (ms.isEmpty()) {
            throw new IllegalArgumentException("measures must not be empty");
        }
        for (int a = 0; a < ms.size(); a++) {
            for (int b = 0; b < a; b++) {
                if (ms.get(a).name().equals(ms.get(b).name())) {
                    throw new IllegalArgumentException("duplicate measure name: " + ms.get(a).name());
                }
            }
        }
        int n = history.size();
        int p = ms.size();
        double[][] x = new double[n][p];
        boolean[] present = new boolean[n * p];
        boolean[] y = new boolean[n];
        double[] sum = new double[p];
        int[] count = new int[p];
        for (int i = 0; i < n; i++) {
            Observation o = Objects.requireNonNull(history.get(i), "history[" + i + "] must not be null");
            y[i] = !o.churnedWithin(horizon);
            for (int j = 0; j < p; j++) {
                var s = o.signals().signal(ms.get(j).name());
                if (s.isPresent()) {
                    x[i][j] = ms.get(j).score(s.getAsDouble(), o.signals().segment());
                    present[i * p + j] = true;
                    sum[j] += x[i][j];
                    count[j]++;
                }
            }
        }
        for (int j = 0; j < p; j++) {
            if (count[j] == 0) {
                throw new ModelFitException("measure '" + ms.get(j).name() + "' has no signal in the history; drop it");
            }
            double mean = sum[j] / count[j];
            for (int i = 0; i < n; i++) {
                if (!present[i * p + j]) {
                    x[i][j] = mean;
                }
            }
        }
        LogisticRegression r = LogisticRegression.fit(x, y, lambda);
        HealthScoreModel model = HealthScoreModel.logistic(ms, r.standardisedIntercept(), r.standardisedCoefficients(),
                r.means(), r.standardDeviations(), MissingSignalPolicy.RENORMALISE, Bands.RED_YELLOW_GREEN);
        return new LearnedWeights(ms, r, model);
    }

    /**
     * Returns the learned model: its score is {@code 100 × P(renew)}.
     *
     * @return the model
     */
    public HealthScoreModel model() {
        return model;
    }

    /**
     * Returns the underlying regression (coefficients, means, iterations).
     *
     * @return the regression
     */
    public LogisticRegression regression() {
        return regression;
    }

    /**
     * Returns each measure's coefficient per score point on the log-odds scale ({@code βⱼ / sⱼ}):
     * positive when a higher score means a likelier renewal.
     *
     * @return measure name → coefficient, in order, unmodifiable
     */
    public Map<String, Double> coefficients() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] c = regression.coefficients();
        for (int j = 0; j < c.length; j++) {
            m.put(measures.get(j).name(), c[j]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Returns each measure's standardised coefficient ({@code βⱼ}, log-odds per standard deviation
     * of its score): comparable across measures, the learned counterpart of a hand-set weight.
     *
     * @return measure name → standardised coefficient, in order, unmodifiable
     */
    public Map<String, Double> standardisedCoefficients() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] c = regression.standardisedCoefficients();
        for (int j = 0; j < c.length; j++) {
            m.put(measures.get(j).name(), c[j]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return "LearnedWeights{" + new ArrayList<>(coefficients().entrySet()) + ", lambda=" + regression.lambda() + "}";
    }
}
