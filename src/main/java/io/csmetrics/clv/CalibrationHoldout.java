package io.csmetrics.clv;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The calibration-versus-holdout table of Fader, Hardie &amp; Lee (2005, Figure 4): customers grouped
 * by their calibration frequency {@code x} ({@code 0, 1, …, k−1} and a last group {@code x ≥ k}),
 * with the average number of purchases each group actually made in the holdout period beside the
 * average the model expected, {@code E[Y(t*) | x, t_x, T]} with {@code t*} the holdout length.
 *
 * <p>Groups with no customers are left out. The table judges a model on data it was not fitted to.
 *
 * @param rows the groups in order of frequency, unmodifiable
 * @param holdoutLength {@code t*}, in the summary's period unit
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record CalibrationHoldout(List<Row> rows, double holdoutLength) implements Serializable {

    /**
     * One group of the table.
     *
     * @param frequency the calibration frequency {@code x} of the group (its lower bound for the last group)
     * @param orMore whether the group is {@code x ≥ frequency}
     * @param customers customers in the group, {@code ≥ 1}
     * @param actual their average holdout purchases
     * @param expected the model's average {@code E[Y(t*) | x, t_x, T]}
     */
    public record Row(int frequency, boolean orMore, long customers, double actual, double expected)
            implements Serializable {

        /**
         * Validates the row.
         *
         * @throws IllegalArgumentException if {@code actual} or {@code expected} is not finite
         */
        public Row {
            Checks.finite("actual", actual);
            Checks.finite("expected", expected);
        }

        /**
         * Returns e.g. {@code "x=2: n=206, actual=0.874, expected=0.879"} or {@code "x>=7: ..."}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "x%s%d: n=%d, actual=%.3f, expected=%.3f", orMore ? ">=" : "=", frequency,
                    customers, actual, expected);
        }
    }

    /**
     * Validates the table.
     *
     * @throws NullPointerException if {@code rows} or a row is null
     * @throws IllegalArgumentException if {@code holdoutLength} is not finite and positive
     */
    public CalibrationHoldout {
        rows = Checks.copy("rows", rows);
        Checks.positive("holdoutLength", holdoutLength);
    }

    /**
     * Builds the table for a model and a summary with a holdout period.
     *
     * @param model the fitted model, not null
     * @param summary the summary, with {@code holdoutLength() > 0}
     * @param groups {@code k}, the number of groups ({@code x = 0 … k−2} and {@code x ≥ k−1}), {@code ≥ 1}
     * @return the table
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the summary has no holdout period or {@code groups < 1}
     */
    public static CalibrationHoldout of(RepeatPurchaseModel model, RfmSummary summary, int groups) {
        Objects.requireNonNull(model, "model must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        if (groups < 1) {
            throw new IllegalArgumentException("groups must be >= 1: " + groups);
        }
        double length = summary.holdoutLength();
        if (length <= 0) {
            throw new IllegalArgumentException("the summary has no holdout period (holdoutEnd " + summary.holdoutEnd()
                    + " = calibrationEnd)");
        }
        long[] count = new long[groups];
        double[] actual = new double[groups];
        double[] expected = new double[groups];
        for (CustomerRfm c : summary.customers()) {
            int g = Math.min(c.frequency(), groups - 1);
            count[g]++;
            actual[g] += c.holdoutFrequency();
            expected[g] += model.conditionalExpectedPurchases(length, c);
        }
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (count[g] > 0) {
                rows.add(new Row(g, g == groups - 1, count[g], actual[g] / count[g], expected[g] / count[g]));
            }
        }
        return new CalibrationHoldout(rows, length);
    }
}
