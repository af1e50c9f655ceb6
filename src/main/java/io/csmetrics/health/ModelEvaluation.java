package io.csmetrics.health;

import io.csmetrics.UndefinedMetricException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well a health score predicts renewal on held-out history: ROC AUC, Brier score and
 * calibration by decile, so a team can see whether its hand-made score predicts churn at all and
 * compare it with a learned one.
 *
 * <ul>
 *   <li><b>AUC</b> (Mann–Whitney form, ties counted one half): the probability that a randomly
 *       chosen renewed account scores higher than a randomly chosen churned one,
 *       {@code AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊ n₋)}, where {@code R₊} is the sum of the renewed
 *       accounts' mid-ranks among all scores, {@code n₊} the renewed and {@code n₋} the churned
 *       count. 0.5 is no better than chance, 1 is perfect.</li>
 *   <li><b>Brier score</b> {@code = (1/n) Σ (sᵢ/100 − yᵢ)²}, with {@code yᵢ = 1} if account
 *       {@code i} renewed: the score read as a probability of renewal. 0 is perfect; a
 *       hand-made score that was never meant as a probability is penalised for that too.</li>
 *   <li><b>Calibration by decile</b>: accounts sorted by score and cut into 10 groups of equal
 *       size (account at rank {@code r} of {@code n} in group {@code ⌊10r/n⌋}); per group, the
 *       mean predicted probability against the observed renewal rate.</li>
 * </ul>
 *
 * <p>Example: scores 90, 80, 30 for renewed, churned, renewed: pairs (90 vs 80) and (30 vs 80)
 * give AUC 1/2; Brier {@code ((0.9−1)² + (0.8−0)² + (0.3−1)²)/3 = 0.38}.
 *
 * @param auc the ROC AUC, 0..1
 * @param brier the Brier score, 0..1
 * @param accounts the number of accounts evaluated
 * @param renewed how many of them renewed
 * @param calibration the deciles, lowest scores first (fewer than 10 when fewer than 10 accounts)
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record ModelEvaluation(double auc, double brier, int accounts, int renewed, List<CalibrationBin> calibration) {

    /**
     * One decile of a calibration table.
     *
     * @param decile 1 (lowest scores) to 10
     * @param accounts the accounts in it
     * @param meanPredicted the mean of {@code score / 100} over them
     * @param observedRenewal the share of them that renewed
     * @implSpec This class is immutable and thread-safe.
     * @since 0.1.0
     */
    public record CalibrationBin(int decile, int accounts, double meanPredicted, double observedRenewal) {

        /**
         * Checks the components.
         *
         * @param decile the decile, 1..10
         * @param accounts the accounts, not negative
         * @param meanPredicted the mean predicted probability, 0..1
         * @param observedRenewal the observed renewal share, 0..1
         * @throws IllegalArgumentException if a component is out of its range or NaN
         */
        public CalibrationBin {
            if (decile < 1 || decile > 10) {
                throw new IllegalArgumentException("decile must be in 1..10: " + decile);
            }
            if (accounts < 0) {
                throw new IllegalArgumentException("accounts must not be negative: " + accounts);
            }
            if (!(meanPredicted >= 0 && meanPredicted <= 1) || !(observedRenewal >= 0 && observedRenewal <= 1)) {
                throw new IllegalArgumentException("meanPredicted (" + meanPredicted + ") and observedRenewal ("
                        + observedRenewal + ") must be in 0..1");
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "D%d n=%d predicted=%.3f observed=%.3f", decile, accounts, meanPredicted,
                    observedRenewal);
        }
    }

    /**
     * Checks and copies the components.
     *
     * @param auc the AUC
     * @param brier the Brier score
     * @param accounts the accounts
     * @param renewed the renewed accounts
     * @param calibration the deciles, not null
     * @throws NullPointerException if {@code calibration} or an element is null
     * @throws IllegalArgumentException if {@code auc} or {@code brier} is outside 0..1 or NaN,
     *     {@code accounts} is negative or {@code renewed} is outside 0..accounts
     */
    public ModelEvaluation {
        if (!(auc >= 0 && auc <= 1) || !(brier >= 0 && brier <= 1)) {
            throw new IllegalArgumentException("auc (" + auc + ") and brier (" + brier + ") must be in 0..1");
        }
        if (accounts < 0 || renewed < 0 || renewed > accounts) {
            throw new IllegalArgumentException("renewed (" + renewed + ") must be in 0..accounts (" + accounts + ")");
        }
        Objects.requireNonNull(calibration, "calibration must not be null")
                .forEach(b -> Objects.requireNonNull(b, "calibration must not contain null"));
        calibration = List.copyOf(calibration);
    }

    /**
     * Evaluates scores against outcomes.
     *
     * @param scores each account's score, within 0..100; not null, not modified
     * @param renewed whether each account renewed (did not churn within the horizon); not null
     * @return the evaluation
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths differ or a score is NaN or outside 0..100
     * @throws UndefinedMetricException if there is no account, or every account has the same
     *     outcome (the AUC compares renewed with churned accounts)
     */
    public static ModelEvaluation of(double[] scores, boolean[] renewed) {
        Objects.requireNonNull(scores, "scores must not be null");
        Objects.requireNonNull(renewed, "renewed must not be null");
        int n = scores.length;
        if (n != renewed.length) {
            throw new IllegalArgumentException("scores has " + n + " accounts but renewed has " + renewed.length);
        }
        for (int i = 0; i < n; i++) {
            if (!(scores[i] >= 0 && scores[i] <= 100)) {
                throw new IllegalArgumentException("scores[" + i + "] must be within 0..100: " + scores[i]);
            }
        }
        int pos = 0;
        for (boolean r : renewed) {
            pos += r ? 1 : 0;
        }
        if (pos == 0 || pos == n) {
            throw new UndefinedMetricException("AUC is undefined: " + n + " accounts and " + pos
                    + " renewed; both renewed and churned accounts are needed");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPos = 0;
        for (int a = 0; a < n;) {
            int b = a;
            while (b + 1 < n && scores[order[b + 1]] == scores[order[a]]) {
                b++;
            }
            double midRank = (a + b) / 2.0 + 1;
            for (int k = a; k <= b; k++) {
                if (renewed[order[k]]) {
                    rankSumPos += midRank;
                }
            }
            a = b + 1;
        }
        long neg = n - pos;
        double auc = (rankSumPos - pos * (pos + 1.0) / 2) / ((double) pos * neg);
        double brier = 0;
        for (int i = 0; i < n; i++) {
            double d = scores[i] / 100 - (renewed[i] ? 1 : 0);
            brier += d * d;
        }
        brier /= n;
        int bins = 10;
        int[] count = new int[bins];
        double[] predicted = new double[bins];
        int[] observed = new int[bins];
        for (int r = 0; r < n; r++) {
            int i = order[r];
            int bin = (int) ((long) r * bins / n);
            count[bin]++;
            predicted[bin] += scores[i] / 100;
            observed[bin] += renewed[i] ? 1 : 0;
        }
        List<CalibrationBin> table = new ArrayList<>();
        for (int d = 0; d < bins; d++) {
            if (count[d] > 0) {
                table.add(new CalibrationBin(d + 1, count[d], predicted[d] / count[d], (double) observed[d] / count[d]));
            }
        }
        return new ModelEvaluation(auc, brier, n, pos, table);
    }

    /**
     * Scores held-out history with a model and evaluates the scores against each account's outcome
     * within the horizon.
     *
     * @param model the model, not null
     * @param heldOut the held-out observations, not null
     * @param horizon how long after the observation date a churn counts, positive; not null
     * @return the evaluation
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException as for {@link HealthScoreModel#score(AccountSignals)}
     * @throws UndefinedMetricException if there is no account, every outcome is the same, or an
     *     account cannot be scored (no signal at all)
     */
    public static ModelEvaluation of(HealthScoreModel model, List<Observation> heldOut, Period horizon) {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(heldOut, "heldOut must not be null");
        Objects.requireNonNull(horizon, "horizon must not be null");
        double[] s = new double[heldOut.size()];
        boolean[] y = new boolean[heldOut.size()];
        for (int i = 0; i < s.length; i++) {
            Observation o = Objects.requireNonNull(heldOut.get(i), "heldOut[" + i + "] must not be null");
            s[i] = model.score(o.signals()).value();
            y[i] = !o.churnedWithin(horizon);
        }
        return of(s, y);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ModelEvaluation{auc=%.4f, brier=%.4f, accounts=%d, renewed=%d}", auc, brier,
                accounts, renewed);
    }
}
