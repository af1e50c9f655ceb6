package io.csmetrics.health;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One account's health score, explaining itself: the overall value (a statistical score, a
 * {@code double} within 0..100, not money), the value as displayed (whole points), the band, and
 * for every measure its raw signal, score, weight and contribution, and which signals were missing.
 *
 * <p>{@code value = baseline + Σ contributionᵢ} (to within floating-point rounding, 1e-9), where
 * the baseline is 0 for weighted-mean and worst-of models and {@code 100 × P(renew)} at the
 * training means for a learned model.
 *
 * <p>Example (Gainsight's published scorecard example): weights 20, 15, 22, scores 47, 59, 21 →
 * {@code value = 2287/57 = 40.1228…}, {@code displayValue = 40}, band red; contributions 16.49,
 * 15.53, 8.11.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class HealthScore {

    private final String accountId;
    private final double value;
    private final Band band;
    private final Aggregation aggregation;
    private final double baseline;
    private final List<MeasureScore> measures;

    HealthScore(String accountId, double value, Band band, Aggregation aggregation, double baseline,
            List<MeasureScore> measures) {
        this.accountId = accountId;
        this.value = value;
        this.band = band;
        this.aggregation = aggregation;
        this.baseline = baseline;
        this.measures = List.copyOf(measures);
    }

    /**
     * Returns the account scored.
     *
     * @return the account's identifier
     */
    public String accountId() {
        return accountId;
    }

    /**
     * Returns the overall score.
     *
     * @return the score, within 0..100
     */
    public double value() {
        return value;
    }

    /**
     * Returns the score as displayed: {@link #value()} rounded half-up to a whole point
     * (Gainsight shows 40.122 as 40).
     *
     * @return 0..100
     */
    public int displayValue() {
        return Bands.displayed(value);
    }

    /**
     * Returns the band of the displayed score.
     *
     * @return the band
     */
    public Band band() {
        return band;
    }

    /**
     * Returns how the measures were combined.
     *
     * @return the aggregation
     */
    public Aggregation aggregation() {
        return aggregation;
    }

    /**
     * Returns the part of the value no measure accounts for: 0, except in a learned model, where it
     * is {@code 100 × P(renew)} for an account at the training means.
     *
     * @return the baseline, 0..100
     */
    public double baseline() {
        return baseline;
    }

    /**
     * Returns every measure's part, in the model's order.
     *
     * @return an unmodifiable list
     */
    public List<MeasureScore> measures() {
        return measures;
    }

    /**
     * Returns one measure's part.
     *
     * @param name the measure name, not null
     * @return the part
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the model has no such measure
     */
    public MeasureScore measure(String name) {
        Objects.requireNonNull(name, "name must not be null");
        for (MeasureScore m : measures) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no measure named '" + name + "' in " + measureNames());
    }

    /**
     * Returns the names of the measures whose signal was missing.
     *
     * @return an unmodifiable list, in the model's order
     */
    public List<String> missing() {
        return measures.stream().filter(MeasureScore::missing).map(MeasureScore::name).toList();
    }

    /**
     * Returns the trend from a previous score of the same account.
     *
     * @param previous the previous score, not null
     * @param tolerance the largest move still called flat, in points, 0 or more
     * @return the trend, {@code delta = value() − previous.value()}
     * @throws NullPointerException if {@code previous} is null
     * @throws IllegalArgumentException if the tolerance is negative or not finite
     */
    public Trend trendFrom(HealthScore previous, double tolerance) {
        Objects.requireNonNull(previous, "previous must not be null");
        return Trend.between(previous.value, value, tolerance);
    }

    private List<String> measureNames() {
        return measures.stream().map(MeasureScore::name).toList();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof HealthScore h && accountId.equals(h.accountId)
                && Double.compare(value, h.value) == 0 && band.equals(h.band) && aggregation == h.aggregation
                && Double.compare(baseline, h.baseline) == 0 && measures.equals(h.measures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, value, band, aggregation, baseline, measures);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "HealthScore{account=%s, value=%.3f, band=%s, measures=%s%s}", accountId,
                value, band.name(), measures, missing().isEmpty() ? "" : ", missing=" + missing());
    }
}
