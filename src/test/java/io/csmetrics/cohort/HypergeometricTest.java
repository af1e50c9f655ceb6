package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.UndefinedMetricException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HypergeometricTest {

    /** Abramowitz &amp; Stegun 15.1.3: 2F1(1, 1; 2; z) = −ln(1 − z)/z. */
    @ParameterizedTest
    @CsvSource({"0.1", "0.5", "0.9", "0.99", "0.999"})
    void logarithm(double z) {
        assertThat(Hypergeometric.f21(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, within(1e-12));
    }

    /** A&amp;S 15.1.8: 2F1(a, b; b; z) = (1 − z)^−a, here with a &gt; 1 and b large (the A &gt; 0 branch of the bound). */
    @ParameterizedTest
    @CsvSource({"2.5, 7, 0.3", "0.5, 0.2, 0.8", "3, 30, 0.95"})
    void binomial(double a, double b, double z) {
        assertThat(Hypergeometric.f21(a, b, b, z)).isCloseTo(Math.pow(1 - z, -a), within(1e-10 * Math.pow(1 - z, -a)));
    }

    @Test
    void gaussAtOne() {
        // Γ(3)Γ(1)/(Γ(2)Γ(2)) = 2.
        assertThat(Hypergeometric.f21(1, 1, 3, 1)).isCloseTo(2, within(1e-12));
        assertThat(Hypergeometric.f21(1, 1, 2, 0)).isEqualTo(1);
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1)).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("diverges");
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> Hypergeometric.f21(0, 1, 2, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a, b, c > 0 and 0 <= z <= 1");
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
