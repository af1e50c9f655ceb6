package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioTest {

    private static final Ratio TEN_OF_600 = Ratio.of(10, 600);

    @ParameterizedTest(name = "{0}/{1} = {2} %")
    @CsvSource({
        // DESIGN.md worked examples: monthly churn 10 of 600 truncated to one decimal; 10 of 100; 3 of 20.
        "10, 600, 1, DOWN, 1.6",
        "10, 600, 4, HALF_EVEN, 1.6667",
        "10, 100, 0, UNNECESSARY, 10",
        "3, 20, 0, UNNECESSARY, 15",
        // DESIGN.md revenue churn: 300,000 / 1,200,000 (end basis) and / 1,500,000 (start basis).
        "300000, 1200000, 0, UNNECESSARY, 25",
        "300000, 1500000, 0, UNNECESSARY, 20",
    })
    void percentOfWorkedExamples(long numerator, long denominator, int scale, RoundingMode mode, String percent) {
        assertThat(Ratio.of(numerator, denominator).toPercent(scale, mode)).isEqualByComparingTo(percent);
    }

    @Test
    void keepsNumeratorAndDenominator() {
        assertThat(TEN_OF_600.numerator()).isEqualByComparingTo("10");
        assertThat(TEN_OF_600.denominator()).isEqualByComparingTo("600");
        assertThat(TEN_OF_600).hasToString("10/600");
        assertThat(TEN_OF_600.toDouble()).isEqualTo(1.0 / 60);
        assertThat(TEN_OF_600.toBigDecimal(new MathContext(5))).isEqualByComparingTo("0.016667");
    }

    @Test
    void equalityIsOfPartsAndEquivalenceIsOfRates() {
        assertThat(TEN_OF_600).isNotEqualTo(Ratio.of(1, 60));
        assertThat(TEN_OF_600.isEquivalent(Ratio.of(1, 60))).isTrue();
        assertThat(TEN_OF_600).isEqualTo(Ratio.of(new BigDecimal("10.0"), new BigDecimal("600")));
        assertThat(TEN_OF_600.hashCode()).isEqualTo(Ratio.of(new BigDecimal("10.0"), new BigDecimal("600")).hashCode());
        assertThat(TEN_OF_600.compareTo(Ratio.of(1, 50))).isNegative();
    }

    @Test
    void negativeDenominatorIsNormalised() {
        Ratio r = Ratio.of(3, -4);
        assertThat(r.numerator()).isEqualByComparingTo("-3");
        assertThat(r.denominator()).isEqualByComparingTo("4");
    }

    @Test
    void complementAndMultiple() {
        assertThat(TEN_OF_600.complement()).isEqualTo(Ratio.of(590, 600));
        // The documents' simple annualisation multiplies the monthly rate by 12: 10/600 × 12 = 120/600.
        assertThat(TEN_OF_600.multipliedBy(12).toPercent(0, RoundingMode.UNNECESSARY)).isEqualByComparingTo("20");
    }

    @Test
    void moneyRatioChecksCurrency() {
        assertThat(Ratio.of(Money.of("300000", "JPY"), Money.of("1500000", "JPY")).toPercent(0, RoundingMode.UNNECESSARY))
                .isEqualByComparingTo("20");
        assertThatThrownBy(() -> Ratio.of(Money.of("1", "JPY"), Money.of("2", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void zeroDenominatorIsUndefinedNeverNaN() {
        Ratio undefined = Ratio.of(0, 0);
        assertThat(undefined.isDefined()).isFalse();
        assertThatThrownBy(undefined::toDouble).isInstanceOf(UndefinedMetricException.class)
                .hasMessage("Ratio 0/0 is undefined: denominator is zero");
        assertThatThrownBy(() -> undefined.toPercent(1, RoundingMode.DOWN)).isInstanceOf(UndefinedMetricException.class);
        assertThatThrownBy(() -> undefined.toBigDecimal(MathContext.DECIMAL64)).isInstanceOf(UndefinedMetricException.class);
        assertThatThrownBy(() -> undefined.compareTo(Ratio.ONE)).isInstanceOf(UndefinedMetricException.class);
        assertThat(Ratio.of(5, 0).isEquivalent(Ratio.of(7, 0))).isTrue();
        assertThat(Ratio.of(5, 0).isEquivalent(Ratio.of(5, 1))).isFalse();
        assertThat(Ratio.of(5, 0).isEquivalent(Ratio.of(-5, 0))).isFalse();
        assertThatThrownBy(() -> Ratio.ONE.compareTo(undefined)).isInstanceOf(UndefinedMetricException.class)
                .hasMessage("Ratio 0/0 is undefined: denominator is zero");
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> Ratio.of(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
                .hasMessage("numerator must not be null");
        assertThatThrownBy(() -> Ratio.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("denominator must not be null");
        assertThatThrownBy(() -> TEN_OF_600.toPercent(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("roundingMode must not be null");
    }

    @Property
    void percentAgreesWithExactDivision(@ForAll @IntRange(min = 0, max = 100_000) int n,
            @ForAll @IntRange(min = 1, max = 100_000) int d) {
        Ratio r = Ratio.of(n, d);
        assertThat(r.toPercent(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo(BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(d), 6, RoundingMode.HALF_EVEN));
        assertThat(r.complement().complement()).isEqualTo(r);
        assertThat(r.isEquivalent(Ratio.of(2L * n, 2L * d))).isTrue();
    }
}
