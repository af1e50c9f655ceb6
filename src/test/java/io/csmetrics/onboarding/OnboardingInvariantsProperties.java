package io.csmetrics.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the onboarding family that hold for every input: serialisation of the accumulator and of
 * every value it is built from, partitions that sum to the whole, and the monotonicity of the definition's
 * knobs (a later target never lowers the share within it, an extra required milestone never raises the
 * number onboarded). Bounds and path agreement of {@link OnboardingStats} live in {@link OnboardingStatsTest}.
 */
class OnboardingInvariantsProperties {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final OnboardingDefinition SSO_ONLY = OnboardingDefinition.of(Set.of("sso"), "report");
    private static final OnboardingDefinition SSO_AND_IMPORT = OnboardingDefinition.of(Set.of("sso", "import"),
            "report");

    @Provide
    Arbitrary<List<OnboardingRecord>> accounts() {
        Arbitrary<OnboardingRecord> one = Combinators.combine(Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(-1, 30), Arbitraries.integers().between(-1, 30),
                Arbitraries.integers().between(-1, 30), Arbitraries.of(true, false))
                .as((startBack, sso, imp, report, seminar) -> {
                    LocalDate start = AS_OF.minusDays(startBack);
                    Map<String, LocalDate> m = new HashMap<>();
                    putIfObserved(m, "sso", start, sso, startBack);
                    putIfObserved(m, "import", start, imp, startBack);
                    putIfObserved(m, "report", start, report, startBack);
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

    private static void putIfObserved(Map<String, LocalDate> m, String name, LocalDate start, int day, int startBack) {
        if (day >= 0 && day <= startBack) {
            m.put(name, start.plusDays(day));
        }
    }

    private static OnboardingSummary summarise(List<OnboardingRecord> records, OnboardingDefinition definition) {
        return records.stream().collect(OnboardingStats.collector(definition, AS_OF));
    }

    @Property
    void aSerialisedPartialAccumulatorGivesTheSameSummary(@ForAll("accounts") List<OnboardingRecord> records) {
        OnboardingStats acc = OnboardingStats.create(SSO_AND_IMPORT, AS_OF);
        records.forEach(acc);
        OnboardingStats copy = AccumulatorChecks.roundTrip(acc);
        assertThat(copy.summary()).isEqualTo(acc.summary());
        assertThat(copy.summary().timeToValue()).isEqualTo(acc.summary().timeToValue());
    }

    @Property
    void recordsDefinitionsAndDistributionsSurviveSerialisation(@ForAll("accounts") List<OnboardingRecord> records,
            @ForAll @IntRange(max = 60) int targetDays) {
        for (OnboardingRecord r : records) {
            OnboardingRecord copy = AccumulatorChecks.roundTrip(r);
            assertThat(copy).isEqualTo(r).hasSameHashCodeAs(r);
            assertThat(copy.milestones()).isEqualTo(r.milestones());
        }
        OnboardingDefinition d = SSO_AND_IMPORT.withTargetDays(targetDays);
        assertThat(AccumulatorChecks.roundTrip(d)).isEqualTo(d).hasSameHashCodeAs(d);
        DaysDistribution dist = summarise(records, d).timeToOnboard();
        DaysDistribution distCopy = AccumulatorChecks.roundTrip(dist);
        assertThat(distCopy).isEqualTo(dist).hasSameHashCodeAs(dist).hasToString(dist.toString());
        assertThat(distCopy.mean()).isEqualTo(dist.mean());
    }

    @Property
    void groupsByContractMonthPartitionTheWhole(@ForAll("accounts") List<OnboardingRecord> records) {
        OnboardingSummary whole = summarise(records, SSO_AND_IMPORT);
        SortedMap<YearMonth, OnboardingSummary> byMonth = records.stream()
                .collect(OnboardingStats.byContractMonth(SSO_AND_IMPORT, AS_OF));
        assertThat(byMonth.values().stream().mapToLong(OnboardingSummary::accounts).sum()).isEqualTo(whole.accounts());
        assertThat(byMonth.values().stream().mapToLong(OnboardingSummary::completed).sum())
                .isEqualTo(whole.completed());
        assertThat(byMonth.values().stream().mapToLong(OnboardingSummary::attendedSeminar).sum())
                .isEqualTo(whole.attendedSeminar());
        assertThat(byMonth.keySet()).isEqualTo(
                records.stream().map(OnboardingRecord::contractMonth).collect(Collectors.toCollection(java.util.TreeSet::new)));
        Map<Boolean, OnboardingSummary> bySeminar = records.stream()
                .collect(OnboardingStats.groupingBy(OnboardingRecord::attendedSeminar, SSO_AND_IMPORT, AS_OF));
        bySeminar.forEach((attended, s) -> assertThat(s.attendedSeminar()).isEqualTo(attended ? s.accounts() : 0));
    }

    @Property
    void aLaterTargetNeverLowersTheShareOnboardedWithinIt(@ForAll("accounts") List<OnboardingRecord> records,
            @ForAll @IntRange(max = 60) int target, @ForAll @IntRange(max = 30) int extra) {
        OnboardingSummary tight = summarise(records, SSO_AND_IMPORT.withTargetDays(target));
        OnboardingSummary loose = summarise(records, SSO_AND_IMPORT.withTargetDays(target + extra));
        assertThat(loose.completionRate()).isEqualTo(tight.completionRate());
        if (tight.shareOnboardedWithinTarget().isDefined() && loose.shareOnboardedWithinTarget().isDefined()) {
            assertThat(loose.shareOnboardedWithinTarget().compareTo(tight.shareOnboardedWithinTarget()))
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Property
    void requiringAnotherMilestoneNeverOnboardsMoreAccountsOrOnboardsThemSooner(
            @ForAll("accounts") List<OnboardingRecord> records) {
        OnboardingSummary fewer = summarise(records, SSO_ONLY);
        OnboardingSummary more = summarise(records, SSO_AND_IMPORT);
        assertThat(more.completed()).isLessThanOrEqualTo(fewer.completed());
        for (OnboardingRecord r : records) {
            r.daysToOnboard(SSO_AND_IMPORT).ifPresent(
                    days -> assertThat(r.daysToOnboard(SSO_ONLY).getAsLong()).isLessThanOrEqualTo(days));
        }
        assertThat(more.timeToValue()).isEqualTo(fewer.timeToValue());
    }

    @Property
    void aLaterAsOfKeepsEveryCountAndOnlyLengthensTheCensoredTimes(@ForAll("accounts") List<OnboardingRecord> records,
            @ForAll @IntRange(min = 1, max = 40) int laterBy) {
        OnboardingSummary now = summarise(records, SSO_AND_IMPORT);
        OnboardingSummary later = records.stream()
                .collect(OnboardingStats.collector(SSO_AND_IMPORT, AS_OF.plusDays(laterBy)));
        assertThat(later.completed()).isEqualTo(now.completed());
        assertThat(later.timeToOnboard().eventHistogram()).isEqualTo(now.timeToOnboard().eventHistogram());
        assertThat(later.timeToOnboard().censored()).isEqualTo(now.timeToOnboard().censored());
        now.timeToOnboard().censoredHistogram().keySet().stream().findFirst().ifPresent(
                first -> assertThat(later.timeToOnboard().censoredHistogram().firstKey()).isEqualTo(first + laterBy));
    }

    @Example
    void aTargetOfZeroDaysIsValidAndMeansOnboardedOnTheContractDay() {
        OnboardingDefinition sameDay = SSO_ONLY.withTargetDays(0);
        assertThat(sameDay.targetDays()).isZero();
        OnboardingSummary s = summarise(List.of(
                OnboardingRecord.of("a", AS_OF.minusDays(5), Map.of("sso", AS_OF.minusDays(5)), false),
                OnboardingRecord.of("b", AS_OF.minusDays(5), Map.of("sso", AS_OF.minusDays(4)), false)), sameDay);
        assertThat(s.shareOnboardedWithinTarget()).isEqualTo(io.csmetrics.Ratio.of(1, 2));
        assertThatThrownBy(() -> SSO_ONLY.withTargetDays(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetDays (valid values 0 or more)").hasMessageContaining("-1");
    }
}
