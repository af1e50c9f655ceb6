package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NpsIntervalTest {

    private static final NpsIntervalMethod WALD = NpsIntervalMethod.WALD;

    @Test
    void widthContainsAndMargin() {
        NpsInterval i = new NpsInterval(WALD, 0.95, 30, 7.81, 14.69, 45.31);
        assertThat(i.width()).isCloseTo(30.62, within(1e-9));
        assertThat(i.contains(14.69)).isTrue();
        assertThat(i.contains(45.32)).isFalse();
        assertThat(i.marginOfError()).isCloseTo(1.959963984540054 * 7.81, within(1e-9));
        assertThat(i).hasToString("NpsInterval{WALD 95%: 30.00 [14.69, 45.31], se=7.81}");
    }

    @Test
    void methodsCarryTheirPseudoCounts() {
        assertThat(NpsIntervalMethod.WALD.pseudoCount()).isZero();
        assertThat(NpsIntervalMethod.ADJUSTED_WALD.pseudoCount()).isEqualTo(0.75);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> new NpsInterval(null, 0.95, 0, 1, -1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("method must not be null");
        assertThatThrownBy(() -> new NpsInterval(WALD, 1.5, 0, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence").hasMessageContaining("1.5");
        assertThatThrownBy(() -> new NpsInterval(WALD, 0.95, 101, 1, 100, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("estimate must be in -100..100: 101");
        assertThatThrownBy(() -> new NpsInterval(WALD, 0.95, 0, -1, -1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("standardError");
        assertThatThrownBy(() -> new NpsInterval(WALD, 0.95, 0, 1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower (2.0)");
        assertThatThrownBy(() -> new NpsInterval(WALD, 0.95, 0, 1, -1, -0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper (-0.5)");
    }
}
