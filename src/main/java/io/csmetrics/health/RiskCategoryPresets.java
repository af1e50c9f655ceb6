package io.csmetrics.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Health-score model presets whose groups are the documents' risk categories, each with its own
 * signals, so a score says not only "at risk" but "at risk in implementation".
 *
 * <ul>
 * <li>{@value #READINESS}: is the customer ready to succeed — an executive sponsor
 * ({@value #EXECUTIVE_SPONSOR}, 1/0), a named champion ({@value #CHAMPION}, 1/0), the onboarding
 * seminar attended ({@value #SEMINAR_ATTENDED}, 1/0);</li>
 * <li>{@value #IMPLEMENTATION}: is it set up — share of onboarding milestones reached
 * ({@value #MILESTONES_REACHED}, linear 0 → 0, 1 → 100), days behind the onboarding plan
 * ({@value #DAYS_BEHIND_PLAN}, linear 30 → 0, 0 → 100);</li>
 * <li>{@value #SENTIMENT}: is it happy — the latest NPS answer ({@value #LATEST_NPS}, linear 0 → 0,
 * 10 → 100), open escalations ({@value #OPEN_ESCALATIONS}, linear 3 → 0, 0 → 100);</li>
 * <li>{@value #USAGE} (in {@link #withUsage()} only): key features used / key features
 * ({@value #KEY_FEATURE_SHARE}, linear 0 → 0, 1 → 100).</li>
 * </ul>
 * Categories and the signals within them weigh equally; missing signals are renormalised away.
 *
 * <p>Example ({@link #riskCategories()}): sponsor 1, champion 0, seminar 1 (readiness 66.7),
 * milestones 0.5, 15 days behind (implementation 50), NPS 8, no escalation (sentiment 90): total
 * (66.67 + 50 + 90) / 3 = 68.9; {@link #categoryScores(HealthScore)} gives each category's score.
 *
 * @since 0.1.0
 */
public final class RiskCategoryPresets {

    /** Category: readiness. */
    public static final String READINESS = "readiness";
    /** Category: implementation. */
    public static final String IMPLEMENTATION = "implementation";
    /** Category: sentiment. */
    public static final String SENTIMENT = "sentiment";
    /** Category: usage. */
    public static final String USAGE = "usage";
    /** Signal: an executive sponsor is engaged, 1 or 0. */
    public static final String EXECUTIVE_SPONSOR = "executive sponsor";
    /** Signal: a champion is named, 1 or 0. */
    public static final String CHAMPION = "champion";
    /** Signal: the onboarding seminar was attended, 1 or 0. */
    public static final String SEMINAR_ATTENDED = "seminar attended";
    /** Signal: onboarding milestones reached / milestones, 0..1. */
    public static final String MILESTONES_REACHED = "milestones reached";
    /** Signal: days behind the onboarding plan, 0 or more. */
    public static final String DAYS_BEHIND_PLAN = "days behind plan";
    /** Signal: the latest NPS answer, 0..10. */
    public static final String LATEST_NPS = "latest NPS";
    /** Signal: open escalations, 0 or more. */
    public static final String OPEN_ESCALATIONS = "open escalations";
    /** Signal: key features used / key features, 0..1. */
    public static final String KEY_FEATURE_SHARE = "key-feature share";

    private RiskCategoryPresets() {
    }

    /**
     * Returns the model with the readiness, implementation and sentiment categories.
     *
     * @return the model
     */
    public static HealthScoreModel riskCategories() {
        return base().build();
    }

    /**
     * Returns the risk-category model with a fourth category, usage.
     *
     * @return the model
     */
    public static HealthScoreModel withUsage() {
        return base().group(USAGE, 1).measure(Measure.linear(KEY_FEATURE_SHARE, 0, 1), 1).build();
    }

    private static HealthScoreModel.Builder base() {
        return HealthScoreModel.builder()
                .group(READINESS, 1)
                .measure(Measure.keyFeature(EXECUTIVE_SPONSOR), 1)
                .measure(Measure.keyFeature(CHAMPION), 1)
                .measure(Measure.keyFeature(SEMINAR_ATTENDED), 1)
                .group(IMPLEMENTATION, 1)
                .measure(Measure.linear(MILESTONES_REACHED, 0, 1), 1)
                .measure(Measure.linear(DAYS_BEHIND_PLAN, 30, 0), 1)
                .group(SENTIMENT, 1)
                .measure(Measure.linear(LATEST_NPS, 0, 10), 1)
                .measure(Measure.linear(OPEN_ESCALATIONS, 3, 0), 1);
    }

    /**
     * Returns each group's own score: the weighted mean of its measures' scores
     * ({@code Σ contribution / Σ weight} over the group's measures), in the model's order.
     *
     * @param score a score from a grouped model, not null
     * @return group name → score (0..100); a group whose signals are all missing is absent
     * @throws NullPointerException if {@code score} is null
     */
    public static Map<String, Double> categoryScores(HealthScore score) {
        Objects.requireNonNull(score, "score must not be null");
        Map<String, double[]> sums = new LinkedHashMap<>();
        List<MeasureScore> measures = score.measures();
        for (MeasureScore m : measures) {
            double[] s = sums.computeIfAbsent(m.group(), k -> new double[2]);
            s[0] += m.contribution();
            s[1] += m.weight();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((g, s) -> {
            if (s[1] > 0) {
                out.put(g, Math.min(100, Math.max(0, s[0] / s[1])));
            }
        });
        return out;
    }
}
