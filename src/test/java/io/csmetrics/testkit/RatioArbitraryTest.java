package io.csmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RatioArbitraryTest {

    private static final long SEED = 7L;

    @Property
    void defaultRatiosAreDefinedRatesBetweenZeroAndOne(@ForAll("rates") Ratio r) {
        assertThat(r.isDefined()).isTrue();
        assertThat(r.denominator()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(1000));
        assertThat(r.numerator()).isBetween(BigDecimal.ZERO, r.denominator());
    }

    @Provide
    Arbitrary<Ratio> rates() {
        return CsArbitraries.ratios();
    }

    @Provide
    Arbitrary<Ratio> improper() {
        return CsArbitraries.ratios().denominatorBetween(5, 10).numeratorBetween(-20, 30);
    }

    @Property
    void independentNumeratorsKeepTheirOwnRange(@ForAll("improper") Ratio r) {
        assertThat(r.denominator()).isBetween(BigDecimal.valueOf(5), BigDecimal.TEN);
        assertThat(r.numerator()).isBetween(BigDecimal.valueOf(-20), BigDecimal.valueOf(30));
    }

    @Example
    void undefinedRatiosComeOnlyOnRequest() {
        assertThat(Samples.draw(CsArbitraries.ratios(), SEED, 1000)).allMatch(Ratio::isDefined);
        List<Ratio> withUndefined = Samples.draw(CsArbitraries.ratios().withUndefined(), SEED, 1000);
        assertThat(withUndefined).anyMatch(r -> !r.isDefined()).anyMatch(Ratio::isDefined);
        assertThat(withUndefined).filteredOn(r -> !r.isDefined())
                .allSatisfy(r -> assertThat(r.denominator()).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Example
    void theSameSeedGivesTheSameRatios() {
        assertThat(Samples.draw(CsArbitraries.ratios().withUndefined(), SEED, 100))
                .isEqualTo(Samples.draw(CsArbitraries.ratios().withUndefined(), SEED, 100));
    }

    @Example
    void aFailingPropertyShrinksToZeroOverOne() {
        Ratio shrunk = Samples.shrunkCounterexample(CsArbitraries.ratios(), SEED, r -> false);
        assertThat(shrunk).isEqualTo(Ratio.of(0, 1));
        Ratio aboveHalf = Samples.shrunkCounterexample(CsArbitraries.ratios(), SEED,
                r -> r.compareTo(Ratio.of(1, 2)) <= 0);
        assertThat(aboveHalf.compareTo(Ratio.of(1, 2))).isPositive();
        assertThat(aboveHalf.denominator()).isLessThanOrEqualTo(BigDecimal.valueOf(3));
    }

    @Example
    void invalidConfigurationsAreRejected() {
        assertThatThrownBy(() -> CsArbitraries.ratios().denominatorBetween(0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("denominator range (valid: 1 <= min <= max): [0, 5]");
        assertThatThrownBy(() -> CsArbitraries.ratios().numeratorBetween(3, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numerator min (3) must not exceed max (2)");
    }
}
