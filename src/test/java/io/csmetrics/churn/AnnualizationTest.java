package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnualizationTest {

    private static final Ratio ONE_SIXTIETH = Ratio.of(10, 600);

    @Test
    void compoundOfOneSixtiethOverTwelveMonths() {
        // DESIGN.md: 1 − (1 − 1/60)^12 = 18.26…%; the exact value is (60^12 − 59^12) / 60^12 with
        // 60^12 = 2176782336000000000000 and 59^12 = 1779197418239532716881.
        Ratio annual = Annualization.COMPOUND.annualize(Ratio.of(1, 60));

        assertThat(annual).isEqualTo(Ratio.of(new BigDecimal("397584917760467283119"),
                new BigDecimal("2176782336000000000000")));
        assertThat(annual.toBigDecimal(new MathContext(10))).isEqualByComparingTo("0.1826479897");
    }

    @Test
    void simpleOfOneSixtiethIsTwentyPercentExactly() {
        assertThat(Annualization.SIMPLE.annualize(ONE_SIXTIETH)).isEqualTo(Ratio.of(120, 600));
    }

    // Independent check: 1 − (1 − m)^n in 34-digit decimal arithmetic against the exact ratio.
    @ParameterizedTest(name = "{0}/{1} over {2}")
    @CsvSource({
        "1, 60, 12",
        "3, 100, 24",
        "1, 2, 3",
        "0, 7, 12",
        "7, 7, 5",
        "5, 100, 1",
        "2, 1000, 365",
    })
    void compoundMatchesDecimalOracle(long n, long d, int periods) {
        BigDecimal m = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), MathContext.DECIMAL128);
        BigDecimal oracle = BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(m).pow(periods, MathContext.DECIMAL128));

        Ratio exact = Annualization.COMPOUND.cumulative(Ratio.of(n, d), periods);

        assertThat(exact.toBigDecimal(MathContext.DECIMAL128).subtract(oracle).abs())
                .isLessThan(new BigDecimal("1e-28"));
    }

    @Test
    void zeroPeriodsGiveZeroAndOnePeriodGivesTheRate() {
        assertThat(Annualization.COMPOUND.cumulative(ONE_SIXTIETH, 0).toBigDecimal(MathContext.DECIMAL64)).isZero();
        assertThat(Annualization.SIMPLE.cumulative(ONE_SIXTIETH, 0).toBigDecimal(MathContext.DECIMAL64)).isZero();
        assertThat(Annualization.COMPOUND.cumulative(ONE_SIXTIETH, 1).isEquivalent(ONE_SIXTIETH)).isTrue();
    }

    @Test
    void negativeRatesCompoundAsGrowth() {
        // Net revenue churn of −5 % a month: 1 − 1.05^12 = −79.59 %.
        assertThat(Annualization.COMPOUND.annualize(Ratio.of(-5, 100)).toPercent(2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("-79.59");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Annualization.COMPOUND.cumulative(null, 12)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("periodRate must not be null");
        assertThatThrownBy(() -> Annualization.SIMPLE.cumulative(Ratio.of(3, 2), 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodRate must be at most 1: 3/2");
        assertThatThrownBy(() -> Annualization.SIMPLE.annualize(Ratio.of(0, 0)))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("monthlyRate 0/0 is undefined");
        assertThatThrownBy(() -> Annualization.COMPOUND.cumulative(ONE_SIXTIETH, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periods must be in 0..10000: -1");
    }

    @Test
    void acceptsExactlyMaxPeriods() {
        // A rate with denominator 1 keeps the compound power cheap: (1 − 0)^10000 = 1.
        assertThat(Annualization.COMPOUND.cumulative(Ratio.ZERO, Annualization.MAX_PERIODS).isEquivalent(Ratio.ZERO))
                .isTrue();
        assertThat(Annualization.SIMPLE.cumulative(Ratio.of(1, 100_000), Annualization.MAX_PERIODS)
                .isEquivalent(Ratio.of(1, 10))).isTrue();
        assertThatThrownBy(() -> Annualization.SIMPLE.cumulative(Ratio.ZERO, Annualization.MAX_PERIODS + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periods must be in 0..10000: 10001");
    }
}
