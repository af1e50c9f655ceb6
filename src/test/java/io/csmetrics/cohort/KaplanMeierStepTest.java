package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 14: a curve step refuses NaN, infinities and impossible counts. */
class KaplanMeierStepTest {

    @Test
    void validStepIsKept() {
        assertThat(new KaplanMeier.Step(3, 10, 2, 1, 0.8).survival()).isEqualTo(0.8);
    }

    @Test
    void nanAndOutOfRangeAreRejected() {
        assertThatThrownBy(() -> new KaplanMeier.Step(Double.NaN, 10, 2, 1, 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new KaplanMeier.Step(Double.POSITIVE_INFINITY, 10, 2, 1, 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> new KaplanMeier.Step(3, 10, 2, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("survival must be in 0..1: NaN");
        assertThatThrownBy(() -> new KaplanMeier.Step(3, 10, 2, 1, 7.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7.5");
        assertThatThrownBy(() -> new KaplanMeier.Step(3, 10, 12, 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events (12)");
        assertThatThrownBy(() -> new KaplanMeier.Step(3, -1, 0, 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atRisk (-1)");
    }
}
