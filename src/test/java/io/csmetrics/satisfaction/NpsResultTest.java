package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsResultTest {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final double TOLERANCE = 1e-9;
    private static final NpsResult FIFTY_THIRTY_TWENTY = NpsResult.of(50, 30, 20);

    @Test
    void scoreIsPromotersMinusDetractorsInPercent() {
        // DESIGN.md worked example: NPS = %promoters − %detractors from 0–10 answers.
        NpsResult r = NpsResult.ofScores(10, 9, 9, 8, 7, 6, 0, 10, 3, 9);
        assertThat(r).isEqualTo(NpsResult.of(5, 2, 3));
        assertThat(r.net()).isEqualTo(Ratio.of(2, 10));
        assertThat(r.score(0, RoundingMode.UNNECESSARY)).isEqualByComparingTo("20");
        assertThat(r.scoreAsDouble()).isEqualTo(20.0);
        assertThat(r.promoterShare()).isEqualTo(Ratio.of(5, 10));
        assertThat(r.passiveShare()).isEqualTo(Ratio.of(2, 10));
        assertThat(r.detractorShare()).isEqualTo(Ratio.of(3, 10));
        assertThat(r).hasToString("NpsResult{nps=20.0, n=10, promoters=5, passives=2, detractors=3}");
    }

    @Test
    void exactWhenTheDecimalDoesNotTerminate() {
        NpsResult third = NpsResult.of(2, 1, 0);
        assertThat(third.net()).isEqualTo(Ratio.of(2, 3));
        assertThat(third.score(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("66.6667");
        assertThatThrownBy(() -> third.score(2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void classJavadocWorkedExample() {
        NpsResult r = FIFTY_THIRTY_TWENTY;
        assertThat(r.variance()).isEqualTo(Ratio.of(6100, 10000));
        assertThat(r.standardError()).isCloseTo(100 * Math.sqrt(0.0061), within(TOLERANCE));
        assertThat(r.marginOfError(0.95)).isCloseTo(15.3078, within(1e-4));
        NpsInterval wald = r.waldInterval(0.95);
        assertThat(wald.lower()).isCloseTo(14.6922, within(1e-4));
        assertThat(wald.upper()).isCloseTo(45.3078, within(1e-4));
        assertThat(wald).hasToString("NpsInterval{WALD 95%: 30.00 [14.69, 45.31], se=7.81}");
    }

    @Test
    void publishedMarginOfError() {
        // talkstats.com thread "Net Promoter Score - Calculating Confidence Intervals and Margin of Error"
        // (2014): 1162 answers, 291 promoters, 476 passives, 395 detractors; the poster reports NPS -9 and a
        // 95 % margin of 4.4 points.
        NpsResult r = NpsResult.of(291, 476, 395);
        assertThat(r.score(0, RoundingMode.HALF_UP)).isEqualByComparingTo("-9");
        assertThat(BigDecimal.valueOf(r.marginOfError(0.95)).setScale(1, RoundingMode.HALF_UP))
                .isEqualByComparingTo("4.4");
    }

    // Rows: promoters, passives, detractors, confidence, its two-sided normal critical value from the standard
    // table (1.6448536269514722 = Φ⁻¹(0.95), 1.959963984540054 = Φ⁻¹(0.975), 2.5758293035489004 = Φ⁻¹(0.995)).
    @ParameterizedTest
    @CsvSource({
        "50, 30, 20, 0.95, 1.959963984540054",
        "291, 476, 395, 0.95, 1.959963984540054",
        "1, 0, 0, 0.95, 1.959963984540054",
        "0, 0, 7, 0.90, 1.6448536269514722",
        "3, 4, 5, 0.99, 2.5758293035489004",
        "12, 0, 11, 0.95, 1.959963984540054",
        "400, 250, 350, 0.90, 1.6448536269514722",
        "9, 1, 0, 0.99, 2.5758293035489004",
    })
    void intervalsMatchAnIndependentBigDecimalOracle(long p, long passives, long d, double confidence, String z) {
        // Oracle: Rocks (2016) / Lewis & Sauro, "Confidence Intervals for Net Promoter Scores" (MeasuringU):
        // adjusted-Wald adds 3 to n and 3/4 to promoters and detractors; Wald adds nothing. Computed here in
        // 34-digit decimals, independently of the double code path.
        NpsResult r = NpsResult.of(p, passives, d);
        assertOracle(r.waldInterval(confidence), p, d, r.responses(), BigDecimal.ZERO, new BigDecimal(z));
        assertOracle(r.adjustedWaldInterval(confidence), p, d, r.responses(), new BigDecimal("0.75"), new BigDecimal(z));
    }

    private static void assertOracle(NpsInterval interval, long p, long d, long n, BigDecimal a, BigDecimal z) {
        BigDecimal size = BigDecimal.valueOf(n).add(a.multiply(BigDecimal.valueOf(4)));
        BigDecimal pp = BigDecimal.valueOf(p).add(a).divide(size, MC);
        BigDecimal pd = BigDecimal.valueOf(d).add(a).divide(size, MC);
        BigDecimal centre = pp.subtract(pd);
        BigDecimal variance = pp.add(pd).subtract(centre.pow(2));
        BigDecimal se = variance.divide(size, MC).sqrt(MC);
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal lower = centre.subtract(z.multiply(se)).multiply(hundred).max(hundred.negate());
        BigDecimal upper = centre.add(z.multiply(se)).multiply(hundred).min(hundred);
        assertThat(interval.estimate()).isCloseTo(centre.multiply(hundred).doubleValue(), within(TOLERANCE));
        assertThat(interval.standardError()).isCloseTo(se.multiply(hundred).doubleValue(), within(TOLERANCE));
        assertThat(interval.lower()).isCloseTo(lower.doubleValue(), within(TOLERANCE));
        assertThat(interval.upper()).isCloseTo(upper.doubleValue(), within(TOLERANCE));
    }

    @Test
    void adjustedWaldOfOnePromoterExcludesTheObservedScore() {
        // Documented behaviour of NpsIntervalMethod.ADJUSTED_WALD: n' = 4, p_P = 1.75/4, p_D = 0.75/4.
        NpsInterval i = NpsResult.of(1, 0, 0).adjustedWaldInterval(0.95);
        assertThat(i.estimate()).isCloseTo(25.0, within(TOLERANCE));
        assertThat(i.standardError()).isCloseTo(37.5, within(TOLERANCE));
        assertThat(i.contains(100)).isFalse();
    }

    @Test
    void waldIntervalIsTruncatedToTheNpsRange() {
        NpsInterval i = NpsResult.of(4, 0, 1).waldInterval(0.95);
        assertThat(i.upper()).isEqualTo(100.0);
        assertThat(i.marginOfError()).isGreaterThan(100.0 - i.estimate());
        assertThat(NpsResult.of(5, 0, 0).waldInterval(0.95).width()).isZero();
    }

    @Test
    void noResponsesIsExplicitlyUndefined() {
        NpsResult empty = NpsResult.empty();
        assertThat(empty.isDefined()).isFalse();
        assertThat(empty.net().isDefined()).isFalse();
        assertThat(empty.variance().isDefined()).isFalse();
        assertThat(empty).hasToString("NpsResult{nps=undefined, n=0, promoters=0, passives=0, detractors=0}");
        assertThatThrownBy(() -> empty.score(1, RoundingMode.HALF_EVEN)).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("no responses");
        assertThatThrownBy(empty::scoreAsDouble).isInstanceOf(UndefinedMetricException.class);
        assertThatThrownBy(empty::standardError).isInstanceOf(UndefinedMetricException.class);
        assertThatThrownBy(() -> empty.marginOfError(0.95)).isInstanceOf(UndefinedMetricException.class);
        assertThatThrownBy(() -> empty.adjustedWaldInterval(0.95)).isInstanceOf(UndefinedMetricException.class);
        assertThat(NpsResult.ofScores()).isEqualTo(empty);
    }

    @Test
    void plusPoolsTheCounts() {
        assertThat(NpsResult.of(1, 2, 3).plus(NpsResult.of(10, 20, 30))).isEqualTo(NpsResult.of(11, 22, 33));
        assertThatThrownBy(() -> NpsResult.of(Long.MAX_VALUE, 0, 0).plus(NpsResult.of(1, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> NpsResult.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("promoters must not be negative: -1");
        assertThatThrownBy(() -> NpsResult.of(0, -2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("passives must not be negative: -2");
        assertThatThrownBy(() -> NpsResult.of(0, 0, -3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detractors must not be negative: -3");
        assertThatThrownBy(() -> NpsResult.of(Long.MAX_VALUE, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> NpsResult.ofScores(5, 12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12");
        assertThatThrownBy(() -> FIFTY_THIRTY_TWENTY.waldInterval(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence must be in (0, 1)").hasMessageContaining("1.0");
        assertThatThrownBy(() -> FIFTY_THIRTY_TWENTY.marginOfError(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> FIFTY_THIRTY_TWENTY.interval(NpsIntervalMethod.WALD, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> FIFTY_THIRTY_TWENTY.interval(null, 0.95)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("method must not be null");
        assertThatThrownBy(() -> FIFTY_THIRTY_TWENTY.plus(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("other must not be null");
    }
}
