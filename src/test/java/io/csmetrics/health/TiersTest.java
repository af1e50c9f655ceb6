package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TiersTest {

    private static Tiers tiers(TierBoundary rule) {
        return Tiers.builder(rule).tier(0, 2, 0).tier(2, 10, 50).tier(10, Double.POSITIVE_INFINITY, 100).build();
    }

    @ParameterizedTest
    @CsvSource({
        // ChurnZero ("upper bound inclusive") / Gainsight ("From excluded except the first range"):
        // a boundary value belongs to the lower tier; the first tier includes its From.
        "UPPER_INCLUSIVE, 0, 0",
        "UPPER_INCLUSIVE, 2, 0",
        "UPPER_INCLUSIVE, 3, 50",
        "UPPER_INCLUSIVE, 10, 50",
        "UPPER_INCLUSIVE, 11, 100",
        // half-open thresholds: a boundary value belongs to the higher tier
        "LOWER_INCLUSIVE, 0, 0",
        "LOWER_INCLUSIVE, 2, 50",
        "LOWER_INCLUSIVE, 10, 100",
    })
    void boundaryRule(TierBoundary rule, double signal, double expected) {
        assertThat(tiers(rule).scoreOf(signal)).isEqualTo(expected);
        assertThat(Measure.tiered("logins", tiers(rule)).score(signal)).isEqualTo(expected);
    }

    @Test
    void lastTierIsClosedUnderLowerInclusive() {
        Tiers t = Tiers.builder(TierBoundary.LOWER_INCLUSIVE).tier(0, 5, 10).tier(5, 10, 90).build();
        assertThat(t.scoreOf(10)).isEqualTo(90);
        assertThat(Measure.tiered("t", t).monotonicity()).isEqualTo(Measure.Monotonicity.INCREASING);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(0, 5, 0).tier(6, 10, 50).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a gap");
        assertThatThrownBy(() -> Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(0, 5, 0).tier(4, 10, 50).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an overlap");
        assertThatThrownBy(() -> Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(5, 5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from < to");
        assertThatThrownBy(() -> Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(0, 5, 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..100");
        assertThatThrownBy(() -> Tiers.builder(TierBoundary.UPPER_INCLUSIVE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one tier");
        assertThatThrownBy(() -> tiers(TierBoundary.UPPER_INCLUSIVE).scoreOf(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the tiers");
        assertThatThrownBy(() -> Tiers.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("boundary");
    }
}
