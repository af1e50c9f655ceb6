package io.csmetrics.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnboardingSummaryTest {

    private static final OnboardingDefinition DEFINITION = OnboardingDefinition.of(Set.of("go-live"), "go-live");
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final DaysDistribution TWO_OF_THREE = DaysDistribution.of(new long[] {3, 9}, new long[] {20});

    @Test
    void ratesComeFromTheCounts() {
        OnboardingSummary s = new OnboardingSummary(DEFINITION, AS_OF, 3, 2, 1, TWO_OF_THREE, TWO_OF_THREE);
        assertThat(s.completionRate()).isEqualTo(Ratio.of(2, 3));
        assertThat(s.seminarAttendanceRate()).isEqualTo(Ratio.of(1, 3));
        assertThat(s.shareOnboardedWithinTarget()).isEqualTo(Ratio.of(1, 3));
        assertThat(s.toString()).contains("accounts=3", "completed=2");
    }

    @Test
    void rejectsInconsistentComponents() {
        assertThatThrownBy(() -> new OnboardingSummary(null, AS_OF, 3, 2, 1, TWO_OF_THREE, TWO_OF_THREE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("definition");
        assertThatThrownBy(() -> new OnboardingSummary(DEFINITION, AS_OF, -1, 0, 0, TWO_OF_THREE, TWO_OF_THREE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accounts");
        assertThatThrownBy(() -> new OnboardingSummary(DEFINITION, AS_OF, 3, 2, 4, TWO_OF_THREE, TWO_OF_THREE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attendedSeminar (4)");
        assertThatThrownBy(() -> new OnboardingSummary(DEFINITION, AS_OF, 3, 1, 1, TWO_OF_THREE, TWO_OF_THREE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeToOnboard");
        assertThatThrownBy(() -> new OnboardingSummary(DEFINITION, AS_OF, 3, 2, 1, TWO_OF_THREE,
                DaysDistribution.of(new long[] {1}, new long[] {}))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeToValue");
    }
}
