package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: the hostile inputs HostileInputTest found in this package get named errors. */
class HostileInputRegressionTest {

    private static final ShiftedBetaGeometric SBG = ShiftedBetaGeometric.of(0.5, 0.5);

    @Test
    void projectSurvivalBoundsTheHorizon() {
        assertThatThrownBy(() -> SBG.projectSurvival(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must be at most 1000000: 2147483647");
        assertThat(SBG.projectSurvival(3)).hasSize(4);
    }

    @Test
    void sbgFitNamesNullSeriesAndElements() {
        assertThatThrownBy(() -> new SbgFit(SBG, -1, 0.1, 0.1, 0, null, List.of(), 1))
                .isInstanceOf(NullPointerException.class).hasMessage("observed must not be null");
        assertThatThrownBy(() -> new SbgFit(SBG, -1, 0.1, 0.1, 0, List.of(), Arrays.asList((Double) null), 1))
                .isInstanceOf(NullPointerException.class).hasMessage("fitted[0] must not be null");
    }
}
