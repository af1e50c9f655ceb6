package io.csmetrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProportionDifferenceTest {

    // Newcombe, R. G. (1998), Interval estimation for the difference between independent proportions:
    // comparison of eleven methods, Statistics in Medicine 17, 873-890, Table II, method 10 (hybrid
    // score), 95 %; examples (a) to (f).
    @ParameterizedTest
    @CsvSource({
        "56, 70, 48, 80,  0.0524, 0.3339",
        " 9, 10,  3, 10,  0.1705, 0.8090",
        " 6,  7,  2,  7,  0.0582, 0.8062",
        " 5, 56,  0, 29, -0.0381, 0.1926",
        " 0, 10,  0, 20, -0.1611, 0.2775",
        " 0, 10,  0, 10, -0.2775, 0.2775",
        "10, 10,  0, 20,  0.6791, 1.0000"})
    void newcombeTableTwo(long x1, long n1, long x2, long n2, double lower, double upper) {
        ProportionDifference d = ProportionDifference.newcombe(x1, n1, x2, n2, 0.95);
        assertThat(d.lower()).isCloseTo(lower, within(0.00005));
        assertThat(d.upper()).isCloseTo(upper, within(0.00005));
        assertThat(d.first()).isEqualTo(Ratio.of(x1, n1));
        assertThat(d.difference()).isCloseTo((double) x1 / n1 - (double) x2 / n2, within(1e-15));
    }

    @Test
    void readable() {
        assertThat(ProportionDifference.newcombe(56, 70, 48, 80, 0.95)).hasToString(
                "56/70 − 48/80 = 0.2000 (95 % CI 0.0524 to 0.3339, Newcombe hybrid score)");
        assertThat(ProportionDifference.newcombe(56, 70, 48, 80, 0.95).excludesZero()).isTrue();
        assertThat(ProportionDifference.newcombe(0, 10, 0, 10, 0.95).excludesZero()).isFalse();
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ProportionDifference.newcombe(11, 10, 1, 10, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first group: successes (11) must be within 0..10 and the size (10) not negative");
        assertThatThrownBy(() -> ProportionDifference.newcombe(1, 10, -1, 10, 0.95))
                .hasMessageStartingWith("second group: successes (-1)");
        assertThatThrownBy(() -> ProportionDifference.newcombe(1, 10, 1, 10, 1.0))
                .hasMessage("confidenceLevel must be within (0, 1): 1.0");
        assertThatThrownBy(() -> ProportionDifference.newcombe(0, 0, 1, 10, 0.95))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("first group is empty");
    }

    @Property(tries = 200)
    void intervalContainsTheEstimateAndStaysWithinBounds(@ForAll @IntRange(min = 1, max = 200) int n1,
            @ForAll @IntRange(min = 1, max = 200) int n2, @ForAll @IntRange(min = 0, max = 200) int a,
            @ForAll @IntRange(min = 0, max = 200) int b) {
        int x1 = a % (n1 + 1);
        int x2 = b % (n2 + 1);
        ProportionDifference d = ProportionDifference.newcombe(x1, n1, x2, n2, 0.95);
        assertThat(d.lower()).isBetween(-1.0, d.difference() + 1e-12);
        assertThat(d.upper()).isBetween(d.difference() - 1e-12, 1.0);
        ProportionDifference wider = ProportionDifference.newcombe(x1, n1, x2, n2, 0.99);
        assertThat(wider.lower()).isLessThanOrEqualTo(d.lower() + 1e-12);
        assertThat(wider.upper()).isGreaterThanOrEqualTo(d.upper() - 1e-12);
        // Swapping the groups mirrors the interval.
        ProportionDifference swapped = ProportionDifference.newcombe(x2, n2, x1, n1, 0.95);
        assertThat(swapped.lower()).isCloseTo(-d.upper(), within(1e-12));
    }
}
