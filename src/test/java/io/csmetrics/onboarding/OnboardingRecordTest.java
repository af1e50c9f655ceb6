package io.csmetrics.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnboardingRecordTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);
    private static final OnboardingDefinition DEFINITION = OnboardingDefinition.of(Set.of("sso", "import"), "report");

    @Test
    void daysToOnboardRunsToTheLastRequiredMilestone() {
        // Class Javadoc example: sso on day 1, import on day 5 -> onboarded in 5 days.
        OnboardingRecord r = OnboardingRecord.of("acme", START,
                Map.of("sso", START.plusDays(1), "import", START.plusDays(5), "report", START.plusDays(9)), true);
        assertThat(r.onboardedOn(DEFINITION)).contains(START.plusDays(5));
        assertThat(r.daysToOnboard(DEFINITION)).isEqualTo(OptionalLong.of(5));
        assertThat(r.daysToValue(DEFINITION)).isEqualTo(OptionalLong.of(9));
        assertThat(r.contractMonth()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(r.milestoneDate("sso")).contains(START.plusDays(1));
        assertThat(r.milestoneDate("billing")).isEmpty();
        assertThat(r.attendedSeminar()).isTrue();
        assertThat(r.accountId()).isEqualTo("acme");
        assertThat(r.contractStart()).isEqualTo(START);
    }

    @Test
    void missingRequiredMilestoneMeansNotOnboarded() {
        OnboardingRecord r = OnboardingRecord.of("acme", START, Map.of("sso", START), false);
        assertThat(r.onboardedOn(DEFINITION)).isEmpty();
        assertThat(r.daysToOnboard(DEFINITION)).isEmpty();
        assertThat(r.daysToValue(DEFINITION)).isEmpty();
    }

    @Test
    void milestoneOnContractStartIsDayZero() {
        OnboardingRecord r = OnboardingRecord.of("acme", START, Map.of("sso", START, "import", START), false);
        assertThat(r.daysToOnboard(DEFINITION)).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void valueObjectBehaviour() {
        Map<String, LocalDate> m = new HashMap<>(Map.of("sso", START));
        OnboardingRecord r = OnboardingRecord.of("acme", START, m, true);
        m.put("import", START);
        assertThat(r.milestones()).containsOnlyKeys("sso");
        assertThat(r).isEqualTo(OnboardingRecord.of("acme", START, Map.of("sso", START), true))
                .isNotEqualTo(OnboardingRecord.of("acme", START, Map.of("sso", START), false));
        assertThat(r.hashCode()).isEqualTo(OnboardingRecord.of("acme", START, Map.of("sso", START), true).hashCode());
        assertThat(r).hasToString("OnboardingRecord{acme, start=2024-03-01, milestones={sso=2024-03-01}, seminar=true}");
        assertThat(AccumulatorChecks.roundTrip(r)).isEqualTo(r);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> OnboardingRecord.of(null, START, Map.of(), true))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("accountId");
        assertThatThrownBy(() -> OnboardingRecord.of(" ", START, Map.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId");
        assertThatThrownBy(() -> OnboardingRecord.of("a", null, Map.of(), true))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("contractStart");
        assertThatThrownBy(() -> OnboardingRecord.of("a", START, null, true))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("milestones");
        Map<String, LocalDate> nullDate = new HashMap<>();
        nullDate.put("sso", null);
        assertThatThrownBy(() -> OnboardingRecord.of("a", START, nullDate, true))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sso");
        assertThatThrownBy(() -> OnboardingRecord.of("a", START, Map.of("", START), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("milestone");
        assertThatThrownBy(() -> OnboardingRecord.of("a", START, Map.of("sso", START.minusDays(1)), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sso")
                .hasMessageContaining("2024-02-29").hasMessageContaining("before contractStart (2024-03-01)");
        OnboardingRecord r = OnboardingRecord.of("a", START, Map.of(), true);
        assertThatThrownBy(() -> r.daysToOnboard(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("definition");
        assertThatThrownBy(() -> r.daysToValue(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("definition");
        assertThatThrownBy(() -> r.milestoneDate(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("milestone");
    }
}
