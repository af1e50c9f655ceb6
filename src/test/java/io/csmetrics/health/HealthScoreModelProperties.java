package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class HealthScoreModelProperties {

    private static final int MEASURES = 5;

    /** Monotone-increasing measures of every built-in kind, so the properties cover them all. */
    private static List<Measure> measures() {
        return List.of(
                Measure.keyFeature("m0"),
                Measure.linear("m1", -50, 50),
                Measure.tiered("m2", Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(Double.NEGATIVE_INFINITY, 0, 0)
                        .tier(0, 30, 40).tier(30, Double.POSITIVE_INFINITY, 100).build()),
                Measure.percentileInSegment("m3", Map.of("", new double[] {-80, -10, 0, 5, 5, 60})),
                Measure.of("m4", x -> 100 / (1 + Math.exp(-x / 20)), Measure.Monotonicity.INCREASING));
    }

    private static HealthScoreModel model(double[] w, Aggregation aggregation) {
        HealthScoreModel.Builder b = HealthScoreModel.builder().aggregation(aggregation);
        List<Measure> ms = measures();
        for (int j = 0; j < MEASURES; j++) {
            b.measure(ms.get(j), w[j]);
        }
        return b.build();
    }

    private static AccountSignals signals(double[] x) {
        Map<String, Double> m = new HashMap<>();
        for (int j = 0; j < MEASURES; j++) {
            if (!Double.isNaN(x[j])) {
                m.put("m" + j, x[j]);
            }
        }
        return AccountSignals.of("acct", m);
    }

    @Provide
    Arbitrary<double[]> weights() {
        return Arbitraries.doubles().between(0, 100).array(double[].class).ofSize(MEASURES)
                .filter(w -> w[0] + w[1] + w[2] + w[3] + w[4] > 1e-6);
    }

    @Provide
    Arbitrary<double[]> signalSets() {
        return Arbitraries.doubles().between(0, 100).array(double[].class).ofSize(MEASURES)
                .map(x -> new double[] {Math.floor(x[0] / 50), x[1] - 50, x[2] - 50, x[3] - 50, x[4] - 50});
    }

    @Property
    void scoresLieWithin0To100(@ForAll("weights") double[] w, @ForAll("signalSets") double[] x) {
        for (Aggregation a : List.of(Aggregation.WEIGHTED_MEAN, Aggregation.WORST_OF)) {
            HealthScore s = model(w, a).score(signals(x));
            assertThat(s.value()).isBetween(0.0, 100.0);
            for (MeasureScore m : s.measures()) {
                assertThat(m.score()).isBetween(0.0, 100.0);
            }
        }
    }

    @Property
    void raisingOneSignalNeverLowersTheScore(@ForAll("weights") double[] w, @ForAll("signalSets") double[] x,
            @ForAll @IntRange(min = 0, max = MEASURES - 1) int j, @ForAll @DoubleRange(min = 0, max = 80) double up) {
        double[] higher = x.clone();
        higher[j] += up;
        for (Aggregation a : List.of(Aggregation.WEIGHTED_MEAN, Aggregation.WORST_OF)) {
            HealthScoreModel model = model(w, a);
            assertThat(model.score(signals(higher)).value())
                    .isGreaterThanOrEqualTo(model.score(signals(x)).value() - 1e-9);
        }
    }

    @Property
    void contributionsSumToTheScore(@ForAll("weights") double[] w, @ForAll("signalSets") double[] x,
            @ForAll @IntRange(min = -1, max = MEASURES - 1) int missing) {
        if (missing >= 0) {
            x[missing] = Double.NaN;
        }
        for (Aggregation a : List.of(Aggregation.WEIGHTED_MEAN, Aggregation.WORST_OF)) {
            HealthScoreModel model = model(w, a);
            if (missing >= 0 && w[missing] == w[0] + w[1] + w[2] + w[3] + w[4]) {
                continue;
            }
            HealthScore s = model.score(signals(x));
            double sum = s.baseline() + s.measures().stream().mapToDouble(MeasureScore::contribution).sum();
            assertThat(sum).isCloseTo(s.value(), within(1e-9));
        }
    }

    @Property
    void weightsAreScaleInvariant(@ForAll("weights") double[] w, @ForAll("signalSets") double[] x,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double k) {
        double[] scaled = new double[MEASURES];
        for (int j = 0; j < MEASURES; j++) {
            scaled[j] = w[j] * k;
        }
        assertThat(model(scaled, Aggregation.WEIGHTED_MEAN).score(signals(x)).value())
                .isCloseTo(model(w, Aggregation.WEIGHTED_MEAN).score(signals(x)).value(), within(1e-9));
    }

    @Property
    void renormalisationEqualsRecomputationWithoutTheMissingMeasure(@ForAll("weights") double[] w,
            @ForAll("signalSets") double[] x, @ForAll @IntRange(min = 0, max = MEASURES - 1) int missing) {
        double rest = 0;
        HealthScoreModel.Builder without = HealthScoreModel.builder();
        List<Measure> ms = measures();
        for (int j = 0; j < MEASURES; j++) {
            if (j != missing) {
                without.measure(ms.get(j), w[j]);
                rest += w[j];
            }
        }
        if (rest <= 0) {
            return;
        }
        double[] gap = x.clone();
        gap[missing] = Double.NaN;
        assertThat(model(w, Aggregation.WEIGHTED_MEAN).score(signals(gap)).value())
                .isCloseTo(without.build().score(signals(x)).value(), within(1e-9));
    }

    @Property
    void bulkEqualsOneByOne(@ForAll("weights") double[] w, @ForAll("signalSets") double[] x) {
        HealthScoreModel model = model(w, Aggregation.WEIGHTED_MEAN);
        double[][] cols = new double[MEASURES][1];
        for (int j = 0; j < MEASURES; j++) {
            cols[j][0] = x[j];
        }
        double[] out = new double[1];
        model.scoreAll(cols, out);
        assertThat(out[0]).isCloseTo(model.score(signals(x)).value(), within(1e-9));
    }
}
