package io.csmetrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 14: the hostile inputs HostileInputTest found in this package get named errors. */
class HostileInputRegressionTest {

    private static final Instant AS_OF = Instant.parse("2024-01-15T10:00:00Z");

    @Test
    void proportionDifferenceRefusesNonFiniteNumbers() {
        Ratio half = Ratio.of(1, 2);
        assertThatThrownBy(() -> new ProportionDifference(half, half, Double.NaN, 0, 0, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("difference");
        assertThatThrownBy(() -> new ProportionDifference(half, half, 0, 0, 0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidenceLevel");
    }

    @Test
    void compareNamesANullResult() {
        assertThatThrownBy(() -> ActivityVsResults.compare(Arrays.asList((AccountResult) null), Set.of(), "a", Set.of(),
                "b", 0.95)).isInstanceOf(NullPointerException.class).hasMessage("results must not contain null");
    }

    @Test
    void combiningWithItselfDoublesInsteadOfLoopingForever() {
        SupportStats s = SupportStats.create(AS_OF, Duration.ofHours(24));
        s.accept(SupportCase.of("c1", "a", CasePriority.LOW, AS_OF.minusSeconds(3600), AS_OF.minusSeconds(1800),
                AS_OF.minusSeconds(600)));
        s.combine(s);
        assertThat(s.firstResponseTimes().count()).isEqualTo(2);
        assertThat(s.resolutionTimes().count()).isEqualTo(2);
    }
}
