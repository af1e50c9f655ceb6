package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.ModelFitException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static final double TIGHT = 1e-8;

    /** Rows of a 2×2 table: {@code n0r} renewed and {@code n0c} churned with x = 0, likewise for x = 1. */
    private static void table(int n0r, int n0c, int n1r, int n1c, List<double[]> x, List<Boolean> y) {
        int[][] cells = {{0, n0r, 1}, {0, n0c, 0}, {1, n1r, 1}, {1, n1c, 0}};
        for (int[] c : cells) {
            for (int k = 0; k < c[1]; k++) {
                x.add(new double[] {c[0]});
                y.add(c[2] == 1);
            }
        }
    }

    private static boolean[] toArray(List<Boolean> y) {
        boolean[] a = new boolean[y.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = y.get(i);
        }
        return a;
    }

    @Test
    void unregularisedFitOfOneBinaryPredictorIsTheLogOddsOfThe2x2Table() {
        // Closed form (Agresti, Categorical Data Analysis, 3rd ed., §5.1: the saturated logit model of a 2×2
        // table): intercept = ln(renewed/churned | x=0), slope = the log odds ratio.
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        table(30, 10, 45, 5, x, y);
        LogisticRegression r = LogisticRegression.fit(x.toArray(new double[0][]), toArray(y), 0);
        assertThat(r.intercept()).isCloseTo(Math.log(30.0 / 10), within(TIGHT));
        assertThat(r.coefficients()[0]).isCloseTo(Math.log(45.0 / 5) - Math.log(30.0 / 10), within(TIGHT));
        assertThat(r.probability(0)).isCloseTo(0.75, within(TIGHT));
        assertThat(r.probability(1)).isCloseTo(0.9, within(TIGHT));
        assertThat(r.iterations()).isBetween(1, 20);
    }

    @Test
    void regularisedFitMatchesGradientAscentComputedHere() {
        // Independent reference: plain gradient ascent on the same penalised log-likelihood
        // (standardised inputs, intercept unpenalised), iterated to a fixed point in this test.
        SplittableRandom random = new SplittableRandom(7);
        int n = 40;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble() * 100;
            x[i][1] = random.nextDouble() * 10 - 5;
            double p = 1 / (1 + Math.exp(-(0.03 * x[i][0] - 0.4 * x[i][1] - 1)));
            y[i] = random.nextDouble() < p;
        }
        double lambda = 2.0;
        LogisticRegression r = LogisticRegression.fit(x, y, lambda);

        double[] mu = r.means();
        double[] sd = r.standardDeviations();
        double[] b = new double[3];
        double step = 1.0 / (0.25 * n * 3 + lambda);
        for (int it = 0; it < 200_000; it++) {
            double[] g = new double[3];
            for (int i = 0; i < n; i++) {
                double z0 = (x[i][0] - mu[0]) / sd[0];
                double z1 = (x[i][1] - mu[1]) / sd[1];
                double p = 1 / (1 + Math.exp(-(b[0] + b[1] * z0 + b[2] * z1)));
                double res = (y[i] ? 1 : 0) - p;
                g[0] += res;
                g[1] += res * z0;
                g[2] += res * z1;
            }
            g[1] -= lambda * b[1];
            g[2] -= lambda * b[2];
            for (int k = 0; k < 3; k++) {
                b[k] += step * g[k];
            }
        }
        assertThat(r.standardisedIntercept()).isCloseTo(b[0], within(1e-7));
        assertThat(r.standardisedCoefficients()[0]).isCloseTo(b[1], within(1e-7));
        assertThat(r.standardisedCoefficients()[1]).isCloseTo(b[2], within(1e-7));
    }

    /**
     * Regression (issue 14): predictors around 10³⁰⁰ once overflowed (x − μ)² to ∞, so every
     * standardised value was 0 and the fit silently returned 0 coefficients. Scaling a predictor
     * by k must leave the standardised fit unchanged and divide its coefficient by k, for any k
     * whose values stay finite.
     */
    @Test
    void hugeAndTinyPredictorsFitLikeOrdinaryOnes() {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        table(30, 10, 45, 5, rows, outcomes);
        boolean[] y = toArray(outcomes);
        double[][] x = rows.toArray(new double[0][]);
        LogisticRegression ordinary = LogisticRegression.fit(x, y, 0.5);
        double slope = Math.log(45.0 / 5) - Math.log(30.0 / 10);
        assertThat(LogisticRegression.fit(x, y, 0).coefficients()[0]).isCloseTo(slope, within(TIGHT));
        for (double k : new double[] {1e300, 1e-300, -1e300, 1.7e308}) {
            double[][] scaled = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                scaled[i] = new double[] {x[i][0] * k};
            }
            LogisticRegression r = LogisticRegression.fit(scaled, y, 0.5);
            // A negative k mirrors the predictor, and so the sign of its standardised coefficient.
            assertThat(r.standardisedCoefficients()[0] * Math.signum(k)).as("k = " + k)
                    .isCloseTo(ordinary.standardisedCoefficients()[0], within(1e-12)).isNotZero();
            assertThat(r.standardisedIntercept()).isCloseTo(ordinary.standardisedIntercept(), within(1e-12));
            assertThat(r.coefficients()[0] * k).isCloseTo(ordinary.coefficients()[0], within(1e-9));
            assertThat(r.probability(k)).isCloseTo(ordinary.probability(1), within(1e-12));
            assertThat(r.probability(0)).isCloseTo(ordinary.probability(0), within(1e-12));
            // The unregularised fit is the 2×2 table's log odds ratio per unit of k.
            assertThat(LogisticRegression.fit(scaled, y, 0).coefficients()[0] * k).isCloseTo(slope, within(1e-7));
        }
    }

    /** Values of both signs at ±Double.MAX_VALUE: x − μ and (x − μ)² overflow, x/m does not. */
    @Test
    void predictorsAtTheEdgeOfTheDoubleRange() {
        double[][] x = {{-Double.MAX_VALUE}, {Double.MAX_VALUE}, {-Double.MAX_VALUE}, {Double.MAX_VALUE},
            {Double.MAX_VALUE}, {-Double.MAX_VALUE}};
        boolean[] y = {false, true, true, true, false, false};
        LogisticRegression r = LogisticRegression.fit(x, y, 0);
        assertThat(r.standardDeviations()[0]).isEqualTo(Double.MAX_VALUE);
        assertThat(r.means()[0]).isZero();
        // Two of three renew at +MAX, one of three at −MAX: log odds ln 2 and −ln 2.
        assertThat(r.probability(Double.MAX_VALUE)).isCloseTo(2.0 / 3, within(TIGHT));
        assertThat(r.probability(-Double.MAX_VALUE)).isCloseTo(1.0 / 3, within(TIGHT));
        assertThat(r.standardisedCoefficients()[0]).isCloseTo(Math.log(2), within(TIGHT));
        double[][] nearlyConstant = {{1e300}, {1e300 * (1 + 1e-15)}, {1e300}, {1e300}};
        assertThatThrownBy(() -> LogisticRegression.fit(nearlyConstant, new boolean[] {true, false, true, false}, 0))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("predictor 0 is constant");
    }

    @Test
    void separatedDataFailsWithAReasonUnlessRegularised() {
        double[][] x = {{0}, {1}, {2}, {3}};
        boolean[] y = {false, false, true, true};
        assertThatThrownBy(() -> LogisticRegression.fit(x, y, 0)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("separated").hasMessageContaining("lambda > 0");
        assertThat(LogisticRegression.fit(x, y, 1).coefficients()[0]).isPositive();
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}, {2}}, new boolean[] {true, true}, 0))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("both outcomes");
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}, {1}}, new boolean[] {true, false}, 0))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("constant");
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}, {2}}, new boolean[] {true}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y has 1");
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}, {Double.NaN}}, new boolean[] {true, false}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[1][0]");
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}, {2}}, new boolean[] {true, false}, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lambda");
    }

    @Test
    void learnedModelScoresTheObservedRenewalRates() {
        // Same 2×2 table as above, through measures and observations: a key feature used or not.
        List<Observation> history = renewalTableHistory();
        LearnedWeights learned = LearnedWeights.fit(List.of(Measure.keyFeature("reports")), history,
                Period.ofMonths(6), 0);
        HealthScoreModel model = learned.model();
        assertThat(model.aggregation()).isEqualTo(Aggregation.LOGISTIC);
        HealthScore user = model.score(AccountSignals.of("u", Map.of("reports", 4.0)));
        HealthScore nonUser = model.score(AccountSignals.of("n", Map.of("reports", 0.0)));
        assertThat(user.value()).isCloseTo(90, within(1e-6));
        assertThat(nonUser.value()).isCloseTo(75, within(1e-6));
        assertThat(learned.coefficients().get("reports")).isCloseTo(Math.log(3) / 100, within(1e-9));
        assertThat(user.baseline() + user.measure("reports").contribution()).isCloseTo(user.value(), within(1e-9));
        // A missing signal sits at the training mean: the score is the baseline.
        HealthScore unknown = model.score(AccountSignals.of("x", Map.of()));
        assertThat(unknown.value()).isCloseTo(unknown.baseline(), within(1e-9));
        double[] out = new double[2];
        model.scoreAll(new double[][] {{4, 0}}, out);
        assertThat(out[0]).isCloseTo(90, within(1e-6));
        assertThat(out[1]).isCloseTo(75, within(1e-6));
        assertThat(ModelEvaluation.of(model, history, Period.ofMonths(6)).auc()).isGreaterThan(0.5);
    }

    /**
     * The 2×2 renewal table as observations: accounts using the key feature "reports" renew 45 of
     * 50, the others 30 of 40; a churn two months after the as-of date falls within a 6-month horizon.
     */
    static List<Observation> renewalTableHistory() {
        List<Observation> history = new ArrayList<>();
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        int[][] cells = {{0, 30, 0}, {0, 10, 1}, {1, 45, 0}, {1, 5, 1}};
        int id = 0;
        for (int[] c : cells) {
            for (int k = 0; k < c[1]; k++) {
                AccountSignals s = AccountSignals.of("A" + id++, Map.of("reports", (double) c[0]));
                history.add(Observation.of(s, asOf, c[2] == 1 ? asOf.plusMonths(2) : null));
            }
        }
        return history;
    }
}
