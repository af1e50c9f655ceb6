package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.UndefinedMetricException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthScoreModelTest {

    private static final double EXACT = 1e-12;

    /** Gainsight scorecards: measures scored 0..100, weights normalised; its published example. */
    private static HealthScoreModel gainsight() {
        return HealthScoreModel.builder()
                .measure(Measure.linear("a", 0, 100), 20)
                .measure(Measure.linear("b", 0, 100), 15)
                .measure(Measure.linear("c", 0, 100), 22)
                .build();
    }

    private static AccountSignals signals(String id, Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return AccountSignals.of(id, m);
    }

    @Test
    void gainsightPublishedExample() {
        // Gainsight, "Scorecards: weighted average of measures": weights 20, 15, 22 and scores
        // 47, 59, 21 give 40.122..., displayed as 40. Exactly (20·47 + 15·59 + 22·21) / 57 = 2287/57.
        HealthScore s = gainsight().score(signals("acme", "a", 47, "b", 59, "c", 21));
        assertThat(s.value()).isCloseTo(2287.0 / 57.0, within(EXACT));
        // Gainsight prints 40.122: the exact 40.12280... truncated to three decimals.
        assertThat(java.math.BigDecimal.valueOf(s.value()).setScale(3, java.math.RoundingMode.DOWN)).isEqualByComparingTo("40.122");
        assertThat(s.displayValue()).isEqualTo(40);
        assertThat(s.band().name()).isEqualTo("red");
        assertThat(s.measure("a").contribution()).isCloseTo(20.0 * 47 / 57, within(EXACT));
        assertThat(s.measure("b").weight()).isCloseTo(15.0 / 57, within(EXACT));
        assertThat(s.measure("c").signal()).hasValue(21.0);
        assertThat(s.measures().stream().mapToDouble(MeasureScore::contribution).sum()).isCloseTo(s.value(), within(1e-9));
        assertThat(s.toString()).contains("value=40.123", "band=red");
    }

    @ParameterizedTest
    @CsvSource({
        // seeds (DESIGN.md worked examples): "1 point for each key feature used"; 5 features, used count → 100·used/5
        "0, 0, 0, 0, 0, 0",
        "1, 0, 0, 0, 0, 20",
        "1, 1, 1, 0, 0, 60",
        "3, 0, 7, 1, 0, 60",
        "1, 1, 1, 1, 1, 100",
    })
    void seedsOnePointPerKeyFeature(double a, double b, double c, double d, double e, double expected) {
        HealthScoreModel model = HealthScoreModel.keyFeatures("dashboards", "reports", "alerts", "api", "sso");
        HealthScore s = model.score(signals("acme", "dashboards", a, "reports", b, "alerts", c, "api", d, "sso", e));
        assertThat(s.value()).isCloseTo(expected, within(1e-9));
        long points = s.measures().stream().filter(m -> m.score() == 100).count();
        assertThat(points * 20.0).isCloseTo(s.value(), within(1e-9));
    }

    @Test
    void missingSignalPolicies() {
        AccountSignals twoOfThree = signals("acme", "a", 47, "b", 59);
        HealthScore renormalised = gainsight().score(twoOfThree);
        assertThat(renormalised.value()).isCloseTo((20.0 * 47 + 15.0 * 59) / 35, within(EXACT));
        assertThat(renormalised.missing()).containsExactly("c");
        assertThat(renormalised.measure("c").weight()).isZero();

        HealthScoreModel zero = HealthScoreModel.builder().measure(Measure.linear("a", 0, 100), 20)
                .measure(Measure.linear("b", 0, 100), 15).measure(Measure.linear("c", 0, 100), 22)
                .missingSignals(MissingSignalPolicy.ZERO).build();
        assertThat(zero.score(twoOfThree).value()).isCloseTo((20.0 * 47 + 15.0 * 59) / 57, within(EXACT));

        HealthScoreModel reject = HealthScoreModel.builder().measure(Measure.linear("a", 0, 100), 1)
                .measure(Measure.linear("c", 0, 100), 1).missingSignals(MissingSignalPolicy.REJECT).build();
        assertThatThrownBy(() -> reject.score(twoOfThree)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'c'").hasMessageContaining("REJECT");

        assertThatThrownBy(() -> gainsight().score(signals("acme", "other", 1)))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("undefined");
    }

    @Test
    void groupsAreWeightedMeansOfWeightedMeans() {
        HealthScoreModel model = HealthScoreModel.builder()
                .group("usage", 60).measure(Measure.linear("logins", 0, 100), 1).measure(Measure.linear("seats", 0, 100), 3)
                .group("sentiment", 40).measure(Measure.linear("nps", 0, 10), 1)
                .build();
        HealthScore s = model.score(signals("acme", "logins", 20, "seats", 60, "nps", 5));
        double usage = (1 * 20.0 + 3 * 60.0) / 4;
        assertThat(s.value()).isCloseTo(0.6 * usage + 0.4 * 50, within(EXACT));
        assertThat(s.measure("seats").group()).isEqualTo("usage");
        assertThat(model.weights()).containsEntry("nps", 0.4);
        // A group with no signal drops out; the other group carries the whole score.
        assertThat(model.score(signals("acme", "nps", 5)).value()).isCloseTo(50, within(EXACT));
    }

    @Test
    void worstOfIsTheLowestMeasure() {
        // Totango: good only if every criterion is good, poor if any is poor, else average.
        HealthScoreModel model = HealthScoreModel.builder().aggregation(Aggregation.WORST_OF)
                .measure(Measure.linear("a", 0, 100), 1).measure(Measure.linear("b", 0, 100), 5).build();
        HealthScore poor = model.score(signals("x", "a", 90, "b", 30));
        assertThat(poor.value()).isEqualTo(30);
        assertThat(poor.band().name()).isEqualTo("red");
        assertThat(poor.measure("b").contribution()).isEqualTo(30);
        assertThat(poor.measure("a").contribution()).isZero();
        assertThat(model.score(signals("x", "a", 90, "b", 80)).band().name()).isEqualTo("green");
        assertThat(model.score(signals("x", "a", 90, "b", 60)).band().name()).isEqualTo("yellow");
    }

    @Test
    void bulkPathEqualsOneByOne() {
        HealthScoreModel model = HealthScoreModel.builder().group("u", 2).measure(Measure.linear("a", 0, 10), 1)
                .measure(Measure.keyFeature("k"), 2).group("t", 1).measure(Measure.tiered("t", Tiers.builder(
                        TierBoundary.UPPER_INCLUSIVE).tier(0, 5, 10).tier(5, 100, 90).build()), 1).build();
        double[][] cols = {{0, 5, 12, 3}, {0, 1, 0, 4}, {5, 6, 0, 100}};
        double[] out = new double[4];
        model.scoreAll(cols, out);
        for (int i = 0; i < 4; i++) {
            assertThat(out[i]).isCloseTo(model.score(signals("x", "a", cols[0][i], "k", cols[1][i], "t", cols[2][i]))
                    .value(), within(1e-9));
        }
        HealthScoreModel worst = HealthScoreModel.builder().aggregation(Aggregation.WORST_OF)
                .measure(Measure.linear("a", 0, 10), 1).measure(Measure.keyFeature("k"), 1).build();
        double[] w = new double[2];
        worst.scoreAll(new double[][] {{5, 10}, {1, 0}}, w);
        assertThat(w).containsExactly(50, 0);
    }

    @Test
    void bulkPathRejectsBadInput() {
        HealthScoreModel model = gainsight();
        assertThatThrownBy(() -> model.scoreAll(new double[][] {{1}, {2}}, new double[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one column per measure (3)");
        assertThatThrownBy(() -> model.scoreAll(new double[][] {{1}, {2}, {3, 4}}, new double[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 2");
        assertThatThrownBy(() -> model.scoreAll(new double[][] {{1}, {Double.NaN}, {3}}, new double[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'").hasMessageContaining("NaN");
        assertThatThrownBy(() -> model.scoreAll(null, new double[1])).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("columns");
    }

    @Test
    void builderRejectsBadWeightsAndNames() {
        assertThatThrownBy(() -> HealthScoreModel.builder().measure(Measure.keyFeature("a"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight of measure 'a'")
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> HealthScoreModel.builder().measure(Measure.keyFeature("a"), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> HealthScoreModel.builder().measure(Measure.keyFeature("a"), 0)
                .measure(Measure.keyFeature("b"), 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all zero");
        assertThatThrownBy(() -> HealthScoreModel.builder().measure(Measure.keyFeature("a"), 1)
                .measure(Measure.linear("a", 0, 1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate measure name: a");
        assertThatThrownBy(() -> HealthScoreModel.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one measure");
        assertThatThrownBy(() -> HealthScoreModel.builder().group("g", 1).group("g", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate group name");
        assertThatThrownBy(() -> HealthScoreModel.builder().group("g", 1).group("h", 1).measure(Measure.keyFeature("a"), 1)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group 'g' has no measure");
        assertThatThrownBy(() -> HealthScoreModel.builder().group("g", 0).measure(Measure.keyFeature("a"), 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group weights are all zero");
        assertThatThrownBy(() -> HealthScoreModel.builder().measure(Measure.keyFeature("a"), 1).group("g", 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before the first group");
        assertThatThrownBy(() -> HealthScoreModel.builder().aggregation(Aggregation.LOGISTIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LearnedWeights");
        assertThatThrownBy(() -> HealthScoreModel.keyFeatures("a", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
    }

    @Test
    void nanSignalsAreRejected() {
        assertThatThrownBy(() -> signals("acme", "a", Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signal 'a' of account acme").hasMessageContaining("NaN");
        assertThatThrownBy(() -> Measure.linear("a", 0, 1).score(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    @Test
    void trendAgainstPreviousScore() {
        HealthScore before = gainsight().score(signals("acme", "a", 70, "b", 70, "c", 70));
        HealthScore after = gainsight().score(signals("acme", "a", 62, "b", 62, "c", 62));
        Trend t = after.trendFrom(before, 2);
        assertThat(t.direction()).isEqualTo(Trend.Direction.DOWN);
        assertThat(t.delta()).isCloseTo(-8, within(1e-9));
        assertThat(before.trendFrom(after, 10).direction()).isEqualTo(Trend.Direction.FLAT);
        assertThat(before.trendFrom(after, 2).direction()).isEqualTo(Trend.Direction.UP);
    }
}
