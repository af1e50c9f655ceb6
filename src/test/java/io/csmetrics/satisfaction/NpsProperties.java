package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class NpsProperties {

    @Provide
    Arbitrary<List<Integer>> scores() {
        return Arbitraries.integers().between(0, 10).list().ofMinSize(1).ofMaxSize(300);
    }

    @Property
    void npsIsWithinBoundsAndEqualsHundredTimesPromotersMinusDetractorsOverN(@ForAll("scores") List<Integer> scores) {
        NpsResult r = NpsResult.ofScores(scores.stream().mapToInt(Integer::intValue).toArray());
        long p = scores.stream().filter(s -> s >= 9).count();
        long d = scores.stream().filter(s -> s <= 6).count();
        long n = scores.size();
        BigDecimal nps = r.score(10, RoundingMode.HALF_EVEN);
        assertThat(nps).isBetween(BigDecimal.valueOf(-100), BigDecimal.valueOf(100));
        assertThat(r.net().isEquivalent(Ratio.of(p - d, n))).isTrue();
        assertThat(nps).isEqualByComparingTo(
                BigDecimal.valueOf(100 * (p - d)).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_EVEN));
        assertThat(r.responses()).isEqualTo(n);
    }

    @Property
    void waldIntervalContainsTheNpsAndStaysInRange(@ForAll @IntRange(max = 500) int p,
            @ForAll @IntRange(max = 500) int passives, @ForAll @IntRange(max = 500) int d,
            @ForAll @DoubleRange(min = 0.5, max = 0.99) double confidence) {
        NpsResult r = NpsResult.of(p, passives, d);
        if (!r.isDefined()) {
            return;
        }
        for (NpsIntervalMethod m : NpsIntervalMethod.values()) {
            NpsInterval i = r.interval(m, confidence);
            assertThat(i.lower()).isBetween(-100.0, 100.0);
            assertThat(i.upper()).isBetween(-100.0, 100.0);
            assertThat(i.contains(i.estimate())).isTrue();
        }
        assertThat(r.waldInterval(confidence).contains(r.scoreAsDouble())).isTrue();
    }

    @Property
    void adjustedWaldAtNinetyFivePercentContainsTheObservedNpsFromTwoResponses(@ForAll @IntRange(max = 300) int p,
            @ForAll @IntRange(max = 300) int passives, @ForAll @IntRange(max = 300) int d,
            @ForAll @DoubleRange(min = 0.95, max = 0.99) double confidence) {
        NpsResult r = NpsResult.of(p, passives, d);
        if (r.responses() < 2) {
            return;
        }
        assertThat(r.adjustedWaldInterval(confidence).contains(r.scoreAsDouble())).isTrue();
    }

    @Property
    void intervalsNarrowAsTheSampleGrowsForAFixedMix(@ForAll @IntRange(max = 40) int p,
            @ForAll @IntRange(max = 40) int passives, @ForAll @IntRange(max = 40) int d,
            @ForAll @IntRange(min = 1, max = 20) int k, @ForAll @DoubleRange(min = 0.8, max = 0.99) double confidence) {
        NpsResult small = NpsResult.of(p * (long) k, passives * (long) k, d * (long) k);
        NpsResult large = NpsResult.of(p * (k + 1L), passives * (k + 1L), d * (k + 1L));
        if (!small.isDefined()) {
            return;
        }
        for (NpsIntervalMethod m : NpsIntervalMethod.values()) {
            assertThat(large.interval(m, confidence).width()).isLessThanOrEqualTo(small.interval(m, confidence).width());
        }
        assertThat(large.standardError()).isLessThanOrEqualTo(small.standardError());
    }

    @Property(tries = 50)
    void accumulatorsCombineToTheSequentialAnswer(@ForAll("scores") List<Integer> scores) {
        List<NpsResponse> records = scores.stream().map(s -> NpsResponse.of("u", s)).collect(Collectors.toList());
        AccumulatorChecks.assertAllPathsAgree(records, NpsAccumulator::create, NpsAccumulator::result);
        AccumulatorChecks.assertAllPathsAgree(records, () -> NpsBreakdown.by(r -> r.score() % 3),
                NpsBreakdown::results);
    }

    @Property
    void comparisonIsAntisymmetric(@ForAll @IntRange(max = 200) int p1, @ForAll @IntRange(min = 1, max = 200) int n1,
            @ForAll @IntRange(max = 200) int d2, @ForAll @IntRange(min = 1, max = 200) int n2) {
        NpsResult a = NpsResult.of(Math.min(p1, n1), n1 - Math.min(p1, n1), 0);
        NpsResult b = NpsResult.of(0, n2 - Math.min(d2, n2), Math.min(d2, n2));
        NpsComparison ab = NpsComparison.of(a, b);
        NpsComparison ba = NpsComparison.of(b, a);
        assertThat(ab.z()).isEqualTo(-ba.z());
        assertThat(ab.pValue()).isEqualTo(ba.pValue()).isBetween(0.0, 1.0);
    }

    @Property
    void scoresOutsideZeroToTenAreRejected(@ForAll int score, @ForAll @Size(max = 5) List<@IntRange(max = 10) Integer> ok) {
        if (score >= 0 && score <= 10) {
            return;
        }
        NpsAccumulator acc = NpsAccumulator.create();
        ok.forEach(acc::acceptScore);
        NpsResult before = acc.result();
        assertThatThrownBy(() -> acc.acceptScore(score)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(score));
        assertThatThrownBy(() -> NpsResponse.of("u", score)).isInstanceOf(IllegalArgumentException.class);
        assertThat(acc.result()).isEqualTo(before);
    }
}
