package io.csmetrics.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.usage.UsageEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UsageMilestonesTest {

    private static final Map<String, String> FEATURES = Map.of("sso", "sso", "report", "first-report");

    private static UsageEvent use(String account, String day, String feature) {
        return UsageEvent.of(account, "u1", Instant.parse("2024-03-" + day + "T10:00:00Z"), feature);
    }

    @Test
    void javadocExample() {
        UsageMilestones m = List.of(use("A", "09", "report"), use("A", "05", "report"), use("A", "02", "sso"),
                use("A", "01", "chat"), UsageEvent.of("A", "u1", Instant.parse("2024-02-01T10:00:00Z")))
                .stream().collect(UsageMilestones.collector(FEATURES, ZoneOffset.UTC));
        assertThat(m.milestones("A")).isEqualTo(Map.of("sso", LocalDate.of(2024, 3, 2), "first-report",
                LocalDate.of(2024, 3, 5)));
        assertThat(m.milestones("B")).isEmpty();
        List<OnboardingRecord> records = m.records(Map.of("A", LocalDate.of(2024, 3, 1), "B",
                LocalDate.of(2024, 3, 1)), Set.of("A"));
        assertThat(records).hasSize(2);
        OnboardingDefinition def = OnboardingDefinition.of(Set.of("sso"), "first-report");
        assertThat(records.get(0).daysToOnboard(def)).isEqualTo(OptionalLong.of(1));
        assertThat(records.get(0).daysToValue(def)).isEqualTo(OptionalLong.of(4));
        assertThat(records.get(0).attendedSeminar()).isTrue();
        assertThat(records.get(1).milestones()).isEmpty();
    }

    @Test
    void trialUseCountsOnDayZeroAndZoneDecidesTheDay() {
        UsageMilestones m = UsageMilestones.create(FEATURES, ZoneId.of("Asia/Tokyo"));
        // 2024-03-04T20:00Z is 03-05 in Tokyo.
        m.accept(UsageEvent.of("A", "u", Instant.parse("2024-03-04T20:00:00Z"), "sso"));
        assertThat(m.milestones("A")).containsEntry("sso", LocalDate.of(2024, 3, 5));
        OnboardingRecord r = m.records(Map.of("A", LocalDate.of(2024, 3, 10)), Set.of()).get(0);
        assertThat(r.milestoneDate("sso")).contains(LocalDate.of(2024, 3, 10));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> UsageMilestones.create(Map.of(), ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("milestoneByFeature must not be empty");
        assertThatThrownBy(() -> UsageMilestones.create(Map.of(" ", "x"), ZoneOffset.UTC))
                .hasMessage("milestoneByFeature must not contain a blank feature: ' '");
        assertThatThrownBy(() -> UsageMilestones.create(Map.of("x", ""), ZoneOffset.UTC))
                .hasMessageContaining("blank milestone name");
        assertThatThrownBy(() -> UsageMilestones.create(FEATURES, ZoneOffset.UTC)
                .combine(UsageMilestones.create(FEATURES, ZoneId.of("Asia/Tokyo")))).hasMessageStartingWith("cannot combine");
        assertThatThrownBy(() -> UsageMilestones.create(FEATURES, ZoneOffset.UTC).accept(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Provide
    Arbitrary<List<UsageEvent>> events() {
        return Combinators.combine(Arbitraries.of("A", "B", "C"), Arbitraries.integers().between(1, 31),
                Arbitraries.of("sso", "report", "chat").injectNull(0.2))
                .as((a, d, f) -> {
                    Instant t = Instant.parse("2024-03-01T12:00:00Z").plusSeconds(86400L * (d - 1));
                    return f == null ? UsageEvent.of(a, "u", t) : UsageEvent.of(a, "u", t, f);
                })
                .list().ofMaxSize(40);
    }

    @Property(tries = 100)
    void allPathsAgree(@ForAll("events") List<UsageEvent> events) {
        AccumulatorChecks.assertAllPathsAgree(events, () -> UsageMilestones.create(FEATURES, ZoneOffset.UTC),
                m -> List.of(m.milestones("A"), m.milestones("B"), m.milestones("C")));
    }
}
