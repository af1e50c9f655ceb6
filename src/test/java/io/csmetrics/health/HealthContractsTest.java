package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Value-type contracts of the health family that the per-formula tests leave implicit: equality,
 * readable {@code toString()}, accessors reporting what was configured, and boundaries of the
 * validation rules (found missing by mutation testing).
 */
class HealthContractsTest {

    private static final HealthScoreModel GAINSIGHT = HealthScoreModel.builder()
            .measure(Measure.linear("a", 0, 100), 20)
            .measure(Measure.linear("b", 0, 100), 15)
            .measure(Measure.linear("c", 0, 100), 22)
            .build();

    private static Tiers tiers(double s0, double s1, double s2) {
        return Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(0, 2, s0).tier(2, 10, s1)
                .tier(10, Double.POSITIVE_INFINITY, s2).build();
    }

    @Test
    void healthScoresAreEqualExactlyWhenEveryComponentIs() {
        HealthScore s = GAINSIGHT.score(AccountSignals.of("acme", Map.of("a", 47.0, "b", 59.0, "c", 21.0)));
        HealthScore same = GAINSIGHT.score(AccountSignals.of("acme", Map.of("a", 47.0, "b", 59.0, "c", 21.0)));
        assertThat(s).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(s).isNotEqualTo(GAINSIGHT.score(AccountSignals.of("other", Map.of("a", 47.0, "b", 59.0, "c", 21.0))));
        assertThat(s).isNotEqualTo(GAINSIGHT.score(AccountSignals.of("acme", Map.of("a", 48.0, "b", 59.0, "c", 21.0))));
        assertThat(s).isNotEqualTo("acme");
        assertThat(s.aggregation()).isEqualTo(Aggregation.WEIGHTED_MEAN);
        assertThat(s.toString()).doesNotContain("missing");
    }

    @Test
    void scoreNamesMissingSignalsAndUnknownMeasures() {
        HealthScore s = GAINSIGHT.score(AccountSignals.of("acme", Map.of("a", 47.0, "b", 59.0)));
        assertThat(s.toString()).contains("missing=[c]");
        assertThatThrownBy(() -> s.measure("zzz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no measure named 'zzz' in [a, b, c]");
    }

    @Test
    void modelReportsItsConfiguration() {
        assertThat(GAINSIGHT.measures()).extracting(Measure::name).containsExactly("a", "b", "c");
        assertThat(GAINSIGHT.missingSignalPolicy()).isEqualTo(MissingSignalPolicy.RENORMALISE);
        assertThat(GAINSIGHT.bands()).isEqualTo(Bands.RED_YELLOW_GREEN);
        assertThat(GAINSIGHT.toString()).contains("WEIGHTED_MEAN", "RENORMALISE", "weights=", "red 0–50");
        HealthScoreModel graded = HealthScoreModel.builder().measure(Measure.linear("a", 0, 100), 1)
                .bands(Bands.grades()).build();
        assertThat(graded.bands()).isEqualTo(Bands.grades());
        assertThat(graded.score(AccountSignals.of("x", Map.of("a", 95.0))).band().name()).isEqualTo("A");
    }

    @Test
    void tiersAreValuesWithAReadableForm() {
        Tiers t = tiers(0, 50, 100);
        assertThat(t).isEqualTo(tiers(0, 50, 100)).hasSameHashCodeAs(tiers(0, 50, 100));
        assertThat(t).isNotEqualTo(tiers(0, 60, 100)).isNotEqualTo(Tiers.builder(TierBoundary.LOWER_INCLUSIVE)
                .tier(0, 2, 0).tier(2, 10, 50).tier(10, Double.POSITIVE_INFINITY, 100).build());
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.boundary()).isEqualTo(TierBoundary.UPPER_INCLUSIVE);
        assertThat(t.toString()).isEqualTo("Tiers{UPPER_INCLUSIVE, 0.0..2.0→0.0, 2.0..10.0→50.0, 10.0..Infinity→100.0}");
        assertThat(AccumulatorChecks.roundTrip(t)).isEqualTo(t);
    }

    @Test
    void tieredMeasureMonotonicityFollowsTheTierScores() {
        assertThat(Measure.tiered("m", tiers(0, 50, 100)).monotonicity()).isEqualTo(Measure.Monotonicity.INCREASING);
        assertThat(Measure.tiered("m", tiers(100, 50, 0)).monotonicity()).isEqualTo(Measure.Monotonicity.DECREASING);
        assertThat(Measure.tiered("m", tiers(0, 100, 50)).monotonicity()).isEqualTo(Measure.Monotonicity.NONE);
        assertThat(Measure.tiered("m", tiers(50, 100, 0)).monotonicity()).isEqualTo(Measure.Monotonicity.NONE);
        // equal neighbours do not break a monotone run
        assertThat(Measure.tiered("m", tiers(0, 0, 100)).monotonicity()).isEqualTo(Measure.Monotonicity.INCREASING);
        assertThat(Measure.tiered("m", tiers(100, 100, 0)).monotonicity()).isEqualTo(Measure.Monotonicity.DECREASING);
    }

    @Test
    void onlyTheOuterTierBoundsMayBeInfinite() {
        assertThatThrownBy(() -> Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(0, Double.POSITIVE_INFINITY, 0)
                .tier(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1).build())
                .isInstanceOf(IllegalArgumentException.class);
        Tiers open = Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(Double.NEGATIVE_INFINITY, 0, 10)
                .tier(0, Double.POSITIVE_INFINITY, 90).build();
        assertThat(open.scoreOf(-1e300)).isEqualTo(10);
        assertThat(open.scoreOf(0)).isEqualTo(10);
        assertThat(open.scoreOf(1e300)).isEqualTo(90);
    }

    @Test
    void measuresDescribeThemselves() {
        Measure up = Measure.linear("a", 0, 100);
        assertThat(up.kind()).isEqualTo(Measure.Kind.LINEAR);
        assertThat(up.monotonicity()).isEqualTo(Measure.Monotonicity.INCREASING);
        assertThat(Measure.linear("tickets", 10, 0).monotonicity()).isEqualTo(Measure.Monotonicity.DECREASING);
        assertThat(up.toString()).isEqualTo("Measure{a, LINEAR, linear 0.0→0 .. 100.0→100}");
    }

    @Test
    void bandsAreValuesWithAReadableForm() {
        assertThat(Bands.grades()).isEqualTo(Bands.grades()).hasSameHashCodeAs(Bands.grades())
                .isNotEqualTo(Bands.RED_YELLOW_GREEN).isNotEqualTo("grades");
        assertThat(Bands.RED_YELLOW_GREEN.toString()).isEqualTo("[red 0–50, yellow 51–75, green 76–100]");
        assertThat(Bands.RED_YELLOW_GREEN.rank(Band.of("red", 0, 50))).isZero();
        assertThat(Bands.RED_YELLOW_GREEN.rank(Band.of("green", 76, 100))).isEqualTo(2);
        assertThatThrownBy(() -> Bands.RED_YELLOW_GREEN.rank(Band.of("A", 90, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not one of");
    }

    @Test
    void trendIsFlatUpToAndIncludingTheTolerance() {
        assertThat(Trend.between(50, 52, 2).direction()).isEqualTo(Trend.Direction.FLAT);
        assertThat(Trend.between(50, 52.5, 2).direction()).isEqualTo(Trend.Direction.UP);
        assertThat(Trend.between(52.5, 50, 2).direction()).isEqualTo(Trend.Direction.DOWN);
        assertThat(Trend.between(50, 50, 0).direction()).isEqualTo(Trend.Direction.FLAT);
        assertThat(Trend.between(50, 50.5, 0)).isEqualTo(new Trend(Trend.Direction.UP, 0.5, 0));
        assertThatThrownBy(() -> Trend.between(150, 50, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score must be within 0..100: 150");
        assertThatThrownBy(() -> Trend.between(50, 50, -0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tolerance must be finite and 0 or more: -0.5");
    }

    @Test
    void movingAnAccountToItsOwnSegmentChangesNothing() {
        AccountSignals s = new AccountSignals("acme", "smb", Map.of("a", 1.0));
        assertThat(s.inSegment("smb")).isSameAs(s);
        AccountSignals moved = s.inSegment("enterprise");
        assertThat(moved.segment()).isEqualTo("enterprise");
        assertThat(moved.signals()).isEqualTo(s.signals());
        assertThat(moved.accountId()).isEqualTo("acme");
    }

    @Test
    void aChurnAfterTheHorizonIsNotAChurnWithinIt() {
        AccountSignals s = AccountSignals.of("acme", Map.of("a", 1.0));
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        assertThat(Observation.of(s, asOf, asOf.plusMonths(12)).churnedWithin(Period.ofMonths(6))).isFalse();
        assertThat(Observation.of(s, asOf, asOf.plusMonths(6)).churnedWithin(Period.ofMonths(6))).isTrue();
        assertThat(Observation.of(s, asOf, null).churnedWithin(Period.ofMonths(6))).isFalse();
    }

    @Test
    void readableForms() {
        assertThat(new Alert("score-drop", "fell 12 points").toString()).isEqualTo("score-drop: fell 12 points");
        TouchModel touch = TouchModel.byThresholds(Money.parse("USD 50000"), Money.parse("USD 5000"));
        assertThat(touch.toString()).contains("high touch from USD 50000", "low touch from USD 5000");
        ModelEvaluation e = ModelEvaluation.of(new double[] {90, 80, 20, 10}, new boolean[] {true, true, false, false});
        assertThat(e.toString()).isEqualTo("ModelEvaluation{auc=1.0000, brier=" + String.format(java.util.Locale.ROOT,
                "%.4f", e.brier()) + ", accounts=4, renewed=2}");
        assertThat(e.calibration().get(0).toString()).startsWith("D1 n=");
    }

    @Test
    void quantileThresholdsOnExactShares() {
        // ten LTVs 100..1000: the top 20 % are the top two (threshold 900), the next 30 % reach 600
        List<Money> ltvs = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> Money.parse("USD " + i * 100))
                .toList();
        TouchModel m = TouchModel.byQuantiles(ltvs, 0.2, 0.3);
        assertThat(m.highTouchFrom()).isEqualTo(Money.parse("USD 900"));
        assertThat(m.lowTouchFrom()).isEqualTo(Money.parse("USD 600"));
        TouchModel noLow = TouchModel.byQuantiles(ltvs, 0.2, 0);
        assertThat(noLow.lowTouchFrom()).isEqualTo(Money.parse("USD 900"));
        assertThatThrownBy(() -> TouchModel.byQuantiles(ltvs, 0, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("highShare must be within (0, 1]: 0.0");
    }

    @Test
    void learnedWeightsExposeTheFittedRegression() {
        // the 2×2 renewal table of LogisticRegressionTest: feature users renew 45 of 50, others 30 of 40
        LearnedWeights learned = LearnedWeights.fit(List.of(Measure.keyFeature("reports")),
                LogisticRegressionTest.renewalTableHistory(), Period.ofMonths(6), 0);
        LogisticRegression r = learned.regression();
        assertThat(r.lambda()).isZero();
        assertThat(learned.standardisedCoefficients()).containsOnlyKeys("reports");
        assertThat(learned.standardisedCoefficients().get("reports")).isEqualTo(r.standardisedCoefficients()[0]);
        assertThat(learned.standardisedCoefficients().get("reports")).isPositive();
        assertThat(learned.toString()).startsWith("LearnedWeights{[reports=").endsWith(", lambda=0.0}");
        assertThat(r.toString()).startsWith("LogisticRegression{intercept=").contains("lambda=0.0", "iterations=");
    }

    @Test
    void measureScoresReadAsTheirArithmetic() {
        HealthScore s = GAINSIGHT.score(AccountSignals.of("acme", Map.of("a", 47.0, "b", 59.0)));
        // weight 20/35 = 0.571, contribution 47 × 20/35 = 26.86
        assertThat(s.measure("a").toString()).isEqualTo("a=47.0→47.0×0.571=26.86");
        assertThat(s.measure("c").toString()).startsWith("c=missing→");
    }

    @Test
    void rollupsCombineOnlyInOneCurrency() {
        HealthScore s = GAINSIGHT.score(AccountSignals.of("acme", Map.of("a", 40.0, "b", 40.0, "c", 40.0)));
        HealthRollup.Child child = HealthRollup.Child.of(s, Money.parse("USD 100"));
        assertThat(child.accountId()).isEqualTo("acme");
        HealthRollup usd = HealthRollup.create();
        usd.accept(child);
        usd.accept(child);
        HealthRollup combined = HealthRollup.create().combine(usd);
        assertThat(combined.children()).isEqualTo(2);
        assertThat(combined.toString()).startsWith("HealthRollup{children=2, totalMrr=200");
        assertThatThrownBy(() -> combined.accept(new HealthRollup.Child("x", 50, Money.parse("EUR 10"))))
                .isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
        HealthRollup eur = HealthRollup.create();
        eur.accept(new HealthRollup.Child("x", 50, Money.parse("EUR 10")));
        assertThatThrownBy(() -> usd.combine(eur)).isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
    }

    @Test
    void tierEdgesAndGapMessages() {
        assertThat(tiers(0, 50, 100).scoreOf(0)).isZero();
        assertThatThrownBy(() -> tiers(0, 50, 100).scoreOf(-0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lies outside the tiers [0.0, Infinity]");
        assertThatThrownBy(() -> Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(0, 2, 0).tier(3, 5, 1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 1 must start where tier 0 ends (2.0) but starts at 3.0 (a gap)");
    }

    @Test
    void aShareOfOneMakesEveryAccountHighTouch() {
        List<Money> ltvs = List.of(Money.parse("USD 100"), Money.parse("USD 300"), Money.parse("USD 200"));
        TouchModel all = TouchModel.byQuantiles(ltvs, 1, 0);
        assertThat(all.highTouchFrom()).isEqualTo(Money.parse("USD 100"));
        assertThat(all.tierOf(Money.parse("USD 100"))).isEqualTo(TouchTier.HIGH_TOUCH);
    }
}
