package io.csmetrics.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnboardingDefinitionTest {

    private static final Set<String> REQUIRED = Set.of("sso", "import");
    private static final String VALUE = "first-report";

    @Test
    void defaultTargetIsTheSeedsSevenDays() {
        OnboardingDefinition d = OnboardingDefinition.of(REQUIRED, VALUE);
        assertThat(d.targetDays()).isEqualTo(7).isEqualTo(OnboardingDefinition.DEFAULT_TARGET_DAYS);
        assertThat(d.requiredMilestones()).containsExactly("import", "sso");
        assertThat(d.valueMilestone()).isEqualTo(VALUE);
        assertThat(d).hasToString("OnboardingDefinition{required=[import, sso], value=first-report, targetDays=7}");
    }

    @Test
    void withTargetDaysChangesOnlyTheTarget() {
        OnboardingDefinition d = OnboardingDefinition.of(REQUIRED, VALUE);
        OnboardingDefinition twoWeeks = d.withTargetDays(14);
        assertThat(twoWeeks.targetDays()).isEqualTo(14);
        assertThat(twoWeeks.requiredMilestones()).isEqualTo(d.requiredMilestones());
        assertThat(d.withTargetDays(7)).isSameAs(d);
        assertThat(twoWeeks).isNotEqualTo(d).isEqualTo(OnboardingDefinition.of(REQUIRED, VALUE).withTargetDays(14));
        assertThat(twoWeeks.hashCode()).isEqualTo(OnboardingDefinition.of(REQUIRED, VALUE).withTargetDays(14).hashCode());
        assertThat(AccumulatorChecks.roundTrip(twoWeeks)).isEqualTo(twoWeeks);
    }

    @Test
    void requiredMilestonesAreCopiedAndUnmodifiable() {
        Set<String> mutable = new HashSet<>(REQUIRED);
        OnboardingDefinition d = OnboardingDefinition.of(mutable, VALUE);
        mutable.add("billing");
        assertThat(d.requiredMilestones()).hasSize(2);
        assertThatThrownBy(() -> d.requiredMilestones().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> OnboardingDefinition.of(null, VALUE)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("requiredMilestones");
        assertThatThrownBy(() -> OnboardingDefinition.of(REQUIRED, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("valueMilestone");
        assertThatThrownBy(() -> OnboardingDefinition.of(Set.of(), VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> OnboardingDefinition.of(Set.of(" "), VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requiredMilestones");
        assertThatThrownBy(() -> OnboardingDefinition.of(new HashSet<>(Arrays.asList("a", null)), VALUE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("requiredMilestones");
        assertThatThrownBy(() -> OnboardingDefinition.of(REQUIRED, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valueMilestone");
        assertThatThrownBy(() -> OnboardingDefinition.of(REQUIRED, VALUE).withTargetDays(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetDays").hasMessageContaining("-1");
    }
}
