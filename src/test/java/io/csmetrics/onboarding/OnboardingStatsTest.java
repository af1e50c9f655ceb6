package io.csmetrics.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OnboardingStatsTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final OnboardingDefinition DEFINITION = OnboardingDefinition.of(Set.of("sso", "import"), "report");

    private static OnboardingRecord onboardedIn(String id, LocalDate start, int days, boolean seminar) {
        return OnboardingRecord.of(id, start, Map.of("sso", start, "import", start.plusDays(days)), seminar);
    }

    private static OnboardingRecord notOnboarded(String id, LocalDate start, boolean seminar) {
        return OnboardingRecord.of(id, start, Map.of("sso", start), seminar);
    }

    /** The OnboardingSummary Javadoc example. */
    private static List<OnboardingRecord> javadocAccounts() {
        return List.of(onboardedIn("a", MARCH_1, 3, true), onboardedIn("b", MARCH_1, 6, true),
                onboardedIn("c", MARCH_1, 12, false), notOnboarded("d", MARCH_1, true));
    }

    @Test
    void seedsSevenDayTargetAndSeminarAttendance() {
        // The seeds: "onboarded within 7 days" and "required-seminar attendance rate".
        OnboardingSummary s = javadocAccounts().stream().collect(OnboardingStats.collector(DEFINITION, AS_OF));
        assertThat(s.accounts()).isEqualTo(4);
        assertThat(s.completionRate()).isEqualTo(Ratio.of(3, 4));
        assertThat(s.shareOnboardedWithinTarget()).isEqualTo(Ratio.of(2, 4));
        assertThat(s.seminarAttendanceRate()).isEqualTo(Ratio.of(3, 4));
        assertThat(s.timeToOnboard().count()).isEqualTo(3);
        assertThat(s.timeToOnboard().censored()).isEqualTo(1);
        assertThat(s.timeToOnboard().censoredHistogram()).containsEntry(30L, 1L);
        assertThat(s.timeToOnboard().median()).isEqualTo(OptionalLong.of(6));
        assertThat(s.timeToOnboard().mean()).isEqualTo(Ratio.of(21, 3));
        // No account reached the value milestone: time to value is all censored.
        assertThat(s.timeToValue().count()).isZero();
        assertThat(s.timeToValue().censored()).isEqualTo(4);
        assertThat(s.timeToValue().mean().isDefined()).isFalse();
    }

    @Test
    void targetIsConfigurable() {
        OnboardingDefinition twoWeeks = DEFINITION.withTargetDays(14);
        OnboardingSummary s = javadocAccounts().stream().collect(OnboardingStats.collector(twoWeeks, AS_OF));
        assertThat(s.shareOnboardedWithinTarget()).isEqualTo(Ratio.of(3, 4));
    }

    @Test
    void recentAccountsAreLeftOutOfTheTargetShareUntilTheirOutcomeIsKnown() {
        OnboardingStats acc = OnboardingStats.create(DEFINITION, AS_OF);
        acc.accept(onboardedIn("a", MARCH_1, 2, false));
        acc.accept(notOnboarded("new", AS_OF.minusDays(3), false));
        assertThat(acc.summary().shareOnboardedWithinTarget()).isEqualTo(Ratio.of(1, 1));
        assertThat(acc.summary().completionRate()).isEqualTo(Ratio.of(1, 2));
    }

    @Test
    void timeToValueUsesTheNamedMilestone() {
        OnboardingStats acc = OnboardingStats.create(DEFINITION, AS_OF);
        acc.accept(OnboardingRecord.of("a", MARCH_1, Map.of("report", MARCH_1.plusDays(4)), false));
        acc.accept(OnboardingRecord.of("b", MARCH_1, Map.of("report", MARCH_1.plusDays(10)), false));
        DaysDistribution ttv = acc.summary().timeToValue();
        assertThat(ttv.count()).isEqualTo(2);
        assertThat(ttv.median()).isEqualTo(OptionalLong.of(4));
        assertThat(ttv.max()).isEqualTo(OptionalLong.of(10));
    }

    @Test
    void emptyAccumulatorHasUndefinedRates() {
        OnboardingSummary s = OnboardingStats.create(DEFINITION, AS_OF).summary();
        assertThat(s.accounts()).isZero();
        assertThat(s.completionRate().isDefined()).isFalse();
        assertThat(s.seminarAttendanceRate().isDefined()).isFalse();
        assertThat(s.shareOnboardedWithinTarget().isDefined()).isFalse();
        assertThat(s.timeToOnboard().median()).isEmpty();
    }

    @Test
    void groupsByContractMonthAndByAnyKey() {
        List<OnboardingRecord> records = new ArrayList<>(javadocAccounts());
        records.add(onboardedIn("e", LocalDate.of(2024, 2, 10), 1, false));
        SortedMap<YearMonth, OnboardingSummary> cohorts = records.stream()
                .collect(OnboardingStats.byContractMonth(DEFINITION, AS_OF));
        assertThat(cohorts).containsOnlyKeys(YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(cohorts.get(YearMonth.of(2024, 2)).completionRate()).isEqualTo(Ratio.of(1, 1));
        assertThat(cohorts.get(YearMonth.of(2024, 3)).completionRate()).isEqualTo(Ratio.of(3, 4));
        Map<Boolean, OnboardingSummary> bySeminar = records.parallelStream()
                .collect(OnboardingStats.groupingBy(OnboardingRecord::attendedSeminar, DEFINITION, AS_OF));
        assertThat(bySeminar.get(true).accounts()).isEqualTo(3);
        assertThat(bySeminar.get(false).completionRate()).isEqualTo(Ratio.of(2, 2));
    }

    @Test
    void allPathsAgree() {
        List<OnboardingRecord> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate start = MARCH_1.minusDays(i % 17);
            records.add(i % 5 == 0 ? notOnboarded("n" + i, start, i % 2 == 0)
                    : OnboardingRecord.of("o" + i, start, Map.of("sso", start, "import", start.plusDays(i % 11),
                            "report", start.plusDays(i % 13)), i % 3 == 0));
        }
        OnboardingSummary s = AccumulatorChecks.assertAllPathsAgree(records,
                () -> OnboardingStats.create(DEFINITION, AS_OF), OnboardingStats::summary);
        assertThat(s.accounts()).isEqualTo(60);
    }

    @Test
    void rejectsRecordsOutsideThePeriodAndDuplicates() {
        OnboardingStats acc = OnboardingStats.create(DEFINITION, AS_OF);
        assertThatThrownBy(() -> acc.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("record");
        assertThatThrownBy(() -> acc.accept(notOnboarded("late", AS_OF.plusDays(1), false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contractStart (2024-04-01)")
                .hasMessageContaining("after asOf (2024-03-31)");
        assertThatThrownBy(() -> acc.accept(onboardedIn("future", AS_OF.minusDays(2), 5, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-04-03")
                .hasMessageContaining("after asOf");
        acc.accept(onboardedIn("a", MARCH_1, 1, true));
        assertThatThrownBy(() -> acc.accept(onboardedIn("a", MARCH_1, 2, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account a was already accepted");
        assertThat(acc.summary().accounts()).isEqualTo(1);
        assertThat(acc.summary().timeToOnboard().max()).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void rejectsIncompatibleOrOverlappingCombine() {
        OnboardingStats acc = OnboardingStats.create(DEFINITION, AS_OF);
        acc.accept(onboardedIn("a", MARCH_1, 1, true));
        OnboardingStats same = OnboardingStats.create(DEFINITION, AS_OF);
        same.accept(onboardedIn("a", MARCH_1, 1, true));
        assertThatThrownBy(() -> acc.combine(same)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account a is in both");
        assertThatThrownBy(() -> acc.combine(OnboardingStats.create(DEFINITION.withTargetDays(3), AS_OF)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot combine");
        assertThatThrownBy(() -> acc.combine(OnboardingStats.create(DEFINITION, MARCH_1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-03-01");
        assertThatThrownBy(() -> acc.combine(null)).isInstanceOf(NullPointerException.class);
        assertThat(acc.summary().accounts()).isEqualTo(1);
        assertThatThrownBy(() -> OnboardingStats.create(null, AS_OF)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("definition");
        assertThatThrownBy(() -> OnboardingStats.collector(DEFINITION, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> OnboardingStats.groupingBy(null, DEFINITION, AS_OF))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
    }

    @Provide
    Arbitrary<List<OnboardingRecord>> accounts() {
        Arbitrary<OnboardingRecord> one = Combinators.combine(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(-1, 20), Arbitraries.integers().between(-1, 20), Arbitraries.of(true, false))
                .as((startBack, sso, imp, seminar) -> {
                    LocalDate start = AS_OF.minusDays(startBack);
                    Map<String, LocalDate> m = new HashMap<>();
                    if (sso >= 0 && sso <= startBack) {
                        m.put("sso", start.plusDays(sso));
                    }
                    if (imp >= 0 && imp <= startBack) {
                        m.put("import", start.plusDays(imp));
                        m.put("report", start.plusDays(imp));
                    }
                    return OnboardingRecord.of("x", start, m, seminar);
                });
        return one.list().ofMaxSize(40).map(list -> {
            List<OnboardingRecord> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                OnboardingRecord r = list.get(i);
                unique.add(OnboardingRecord.of("acc" + i, r.contractStart(), r.milestones(), r.attendedSeminar()));
            }
            return unique;
        });
    }

    @Property
    void ratesAreWithinZeroAndOneAndPathsAgree(@ForAll("accounts") List<OnboardingRecord> records) {
        OnboardingSummary s = AccumulatorChecks.assertAllPathsAgree(records,
                () -> OnboardingStats.create(DEFINITION, AS_OF), OnboardingStats::summary);
        for (Ratio r : List.of(s.completionRate(), s.seminarAttendanceRate(), s.shareOnboardedWithinTarget())) {
            if (r.isDefined()) {
                assertThat(r.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
                assertThat(r.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
            }
        }
        assertThat(s.timeToOnboard().total()).isEqualTo(records.size());
        assertThat(s.timeToOnboard().count()).isEqualTo(s.completed());
    }
}
