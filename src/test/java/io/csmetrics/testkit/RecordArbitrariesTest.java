package io.csmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.BillingPeriod;
import io.csmetrics.MrrSnapshot;
import io.csmetrics.activity.Activity;
import io.csmetrics.activity.ActivityKind;
import io.csmetrics.activity.ActivityStats;
import io.csmetrics.activity.CasePriority;
import io.csmetrics.activity.SupportCase;
import io.csmetrics.activity.SupportStats;
import io.csmetrics.health.AccountSignals;
import io.csmetrics.onboarding.OnboardingRecord;
import io.csmetrics.outcome.CustomerGoal;
import io.csmetrics.outcome.GoalDirection;
import io.csmetrics.outcome.GoalObservation;
import io.csmetrics.roi.Deal;
import io.csmetrics.roi.RevenueStream;
import io.csmetrics.usage.UsageEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RecordArbitrariesTest {

    private static final long SEED = 5L;
    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2024-05-02T00:00:00Z");
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2024, 6, 30);

    @Example
    void billingPeriodsAreMostlyNamedAndShrinkToMonthly() {
        List<BillingPeriod> drawn = Samples.draw(CsArbitraries.billingPeriods(), SEED, 500);
        assertThat(drawn).contains(BillingPeriod.MONTHLY, BillingPeriod.ANNUAL, BillingPeriod.QUARTERLY);
        assertThat(drawn).allSatisfy(p -> assertThat(p.months().isDefined()).isTrue());
        assertThat(Samples.shrunkCounterexample(CsArbitraries.billingPeriods(), SEED, p -> false))
                .isEqualTo(BillingPeriod.MONTHLY);
    }

    @Property
    void snapshotsAreWholeCentsInTheWindow(@ForAll("snapshots") MrrSnapshot s) {
        assertThat(s.month()).isBetween(YearMonth.of(2024, 1), YearMonth.of(2026, 12));
        assertThat(s.mrr().amount()).isBetween(BigDecimal.ZERO, new BigDecimal("10000"));
    }

    @Provide
    Arbitrary<MrrSnapshot> snapshots() {
        return CsArbitraries.mrrSnapshots();
    }

    @Provide
    Arbitrary<List<UsageEvent>> streams() {
        return CsArbitraries.usageEvents().accounts(2).usersPerAccount(3).between(T0, T1).features("a", "b")
                .streams(1, 100);
    }

    @Property
    void usageStreamsAreOrderedAndWithinTheConfiguration(@ForAll("streams") List<UsageEvent> events) {
        assertThat(events).hasSizeBetween(1, 100).isSortedAccordingTo(Comparator.comparing(UsageEvent::timestamp));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.accountId()).isIn("ACC-1", "ACC-2");
            assertThat(e.userId()).isIn("u-1", "u-2", "u-3");
            assertThat(e.timestamp()).isAfterOrEqualTo(T0).isBefore(T1);
            assertThat(e.feature()).hasValueSatisfying(f -> assertThat(f).isIn("a", "b"));
        });
    }

    @Example
    void withoutFeaturesEventsCarryNone() {
        assertThat(Samples.draw(CsArbitraries.usageEvents().features(), SEED, 50))
                .allSatisfy(e -> assertThat(e.feature()).isEmpty());
    }

    @Provide
    Arbitrary<AccountSignals> signals() {
        return CsArbitraries.accountSignals().signal("seats", 5, 50).only("nps", "seats").segments("smb", "ent")
                .withMissing(0.3);
    }

    @Property
    void signalsStayInTheirRanges(@ForAll("signals") AccountSignals s) {
        assertThat(s.segment()).isIn("smb", "ent");
        assertThat(s.signals().keySet()).isSubsetOf("nps", "seats");
        s.signal("nps").ifPresent(v -> assertThat(v).isBetween(0.0, 10.0));
        s.signal("seats").ifPresent(v -> assertThat(v).isBetween(5.0, 50.0));
    }

    @Example
    void defaultSignalsAreTheSampleOnesAndNoneMissing() {
        assertThat(Samples.draw(CsArbitraries.accountSignals(), SEED, 100)).allSatisfy(s -> {
            assertThat(s.signals()).containsOnlyKeys("seat_use", "logins_trend", "nps", "tickets");
            assertThat(s.segment()).isEmpty();
        });
        assertThat(Samples.draw(signals(), SEED, 200)).anyMatch(s -> s.signals().size() < 2);
        assertThat(Samples.draw(CsArbitraries.accountSignals().only(), SEED, 10))
                .allSatisfy(s -> assertThat(s.signals()).isEmpty());
    }

    @Provide
    Arbitrary<List<Deal>> batches() {
        return CsArbitraries.deals().arrBetween(1000, 5000).closingBetween(JAN_1, JUN_30)
                .ownedBy(List.of("ann"), List.of("emea")).batches(0, 30);
    }

    @Property
    void dealBatchesHaveDistinctIdsAndConfiguredParts(@ForAll("batches") List<Deal> deals) {
        assertThat(deals).extracting(Deal::id).doesNotHaveDuplicates();
        assertThat(deals).allSatisfy(d -> {
            assertThat(d.arr().amount()).isBetween(new BigDecimal("1000"), new BigDecimal("5000"));
            assertThat(d.date()).isBetween(JAN_1, JUN_30);
            assertThat(d.csm()).isEqualTo("ann");
            assertThat(d.team()).isEqualTo("emea");
            assertThat(RevenueStream.builtIn()).contains(d.stream());
        });
    }

    @Provide
    Arbitrary<OnboardingRecord> onboarding() {
        return CsArbitraries.onboardingRecords().milestones("kickoff", "live").startingBetween(JAN_1, JUN_30)
                .withinDays(30);
    }

    @Property
    void onboardingMilestonesFollowTheStartWithinTheDays(@ForAll("onboarding") OnboardingRecord r) {
        assertThat(r.contractStart()).isBetween(JAN_1, JUN_30);
        assertThat(r.milestones().keySet()).isSubsetOf("kickoff", "live");
        assertThat(r.milestones().values())
                .allSatisfy(d -> assertThat(d).isBetween(r.contractStart(), r.contractStart().plusDays(30)));
    }

    @Provide
    Arbitrary<CustomerGoal> decreasing() {
        return CsArbitraries.customerGoals().direction(GoalDirection.DECREASE);
    }

    @Property
    void goalsAreValidWithObservationsInsideTheGoal(@ForAll("decreasing") CustomerGoal g) {
        assertThat(g.direction()).isEqualTo(GoalDirection.DECREASE);
        assertThat(g.target()).isLessThan(g.baseline());
        assertThat(g.deadline()).isAfter(g.start());
        assertThat(g.observations()).extracting(GoalObservation::date)
                .allSatisfy(d -> assertThat(d).isBetween(g.start(), g.deadline())).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<Activity>> activityLogs() {
        return CsArbitraries.activities().accounts(2).kinds(ActivityKind.QBR, ActivityKind.EMAIL).between(JAN_1, JUN_30)
                .ownedBy(5, "emea", "amer").lastingUpTo(30).logs(0, 60);
    }

    @Property
    void activityLogsAreOrderedAndWithinTheConfiguration(@ForAll("activityLogs") List<Activity> log) {
        assertThat(log).hasSizeLessThanOrEqualTo(60).isSortedAccordingTo(Comparator.comparing(Activity::date));
        assertThat(log).allSatisfy(a -> {
            assertThat(a.accountId()).isIn("ACC-1", "ACC-2");
            assertThat(a.kind()).isIn(ActivityKind.QBR, ActivityKind.EMAIL);
            assertThat(a.date()).isBetween(JAN_1, JUN_30);
            int k = Integer.parseInt(a.csm().substring("csm-".length()));
            assertThat(k).isBetween(1, 5);
            assertThat(a.team()).isEqualTo(k % 2 == 1 ? "emea" : "amer");
            assertThat(a.duration()).isBetween(Duration.ZERO, Duration.ofMinutes(30));
        });
        // A log is what ActivityStats takes: every record is accepted.
        ActivityStats stats = log.stream().collect(ActivityStats.collector(JAN_1, JUN_30));
        assertThat(stats.activitiesByKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(log.size());
    }

    @Provide
    Arbitrary<List<SupportCase>> caseBatches() {
        return CsArbitraries.supportCases().accounts(3).priorities(CasePriority.HIGH, CasePriority.URGENT)
                .openedBetween(T0, T1).responseWithin(Duration.ofHours(2)).resolutionWithin(Duration.ofHours(6))
                .batches(0, 80);
    }

    @Property
    void supportCasesAreValidDistinctAndWithinTheirBounds(@ForAll("caseBatches") List<SupportCase> cases) {
        assertThat(cases).extracting(SupportCase::caseId).doesNotHaveDuplicates();
        assertThat(cases).isSortedAccordingTo(Comparator.comparing(SupportCase::opened));
        for (int i = 0; i < cases.size(); i++) {
            SupportCase c = cases.get(i);
            assertThat(c.caseId()).isEqualTo("C-" + (i + 1));
            assertThat(c.accountId()).isIn("ACC-1", "ACC-2", "ACC-3");
            assertThat(c.priority()).isIn(CasePriority.HIGH, CasePriority.URGENT);
            assertThat(c.opened()).isAfterOrEqualTo(T0).isBefore(T1);
            c.firstResponse().ifPresent(r -> assertThat(Duration.between(c.opened(), r)).isBetween(Duration.ZERO,
                    Duration.ofHours(2)));
            Instant base = c.firstResponse().orElse(c.opened());
            c.resolved().ifPresent(r -> assertThat(Duration.between(base, r)).isBetween(Duration.ZERO,
                    Duration.ofHours(6)));
        }
        // Every case is accepted by the support statistics as of the latest instant any case carries.
        SupportStats stats = SupportStats.create(T1.plus(Duration.ofHours(8)), Duration.ofHours(4));
        cases.forEach(stats::accept);
        assertThat(stats.cases()).isEqualTo(cases.size());
    }

    @Example
    void defaultCasesAreMostlyAnsweredAndResolvedAndShrinkToTheSimplest() {
        List<SupportCase> drawn = Samples.draw(CsArbitraries.supportCases(), SEED, 1000);
        long answered = drawn.stream().filter(c -> c.firstResponse().isPresent()).count();
        long resolved = drawn.stream().filter(c -> c.resolved().isPresent()).count();
        assertThat(answered).isBetween(800L, 980L);
        assertThat(resolved).isBetween(700L, 900L);
        assertThat(drawn).anyMatch(c -> c.resolved().isPresent() && c.firstResponse().isEmpty());
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        assertThat(Samples.shrunkCounterexample(CsArbitraries.supportCases(), SEED, c -> false)).isEqualTo(
                new SupportCase("C-1", "ACC-1", CasePriority.LOW, start, java.util.Optional.of(start),
                        java.util.Optional.of(start)));
        assertThat(Samples.shrunkCounterexample(CsArbitraries.activities(), SEED, a -> false)).isEqualTo(Activity.of(
                "ACC-1", ActivityKind.TOUCH, JAN_1, "csm-1", "team-a", Duration.ZERO, ""));
    }

    @Example
    void theSameSeedGivesTheSameRecords() {
        assertThat(Samples.draw(CsArbitraries.deals(), SEED, 20)).isEqualTo(Samples.draw(CsArbitraries.deals(), SEED, 20));
        assertThat(Samples.draw(CsArbitraries.customerGoals(), SEED, 20))
                .isEqualTo(Samples.draw(CsArbitraries.customerGoals(), SEED, 20));
        assertThat(Samples.draw(CsArbitraries.usageEvents(), SEED, 20))
                .isEqualTo(Samples.draw(CsArbitraries.usageEvents(), SEED, 20));
    }

    @Example
    void failingPropertiesShrinkToReadableRecords() {
        Deal deal = Samples.shrunkCounterexample(CsArbitraries.deals(), SEED, d -> false);
        assertThat(deal).isEqualTo(Deal.of("D-1", RevenueStream.CS_SOURCED_NEW, io.csmetrics.Money.of("0.00", "USD"),
                JAN_1, "ACC-1", "csm-1", "team-a", io.csmetrics.roi.Involvement.SOURCED));
        CustomerGoal goal = Samples.shrunkCounterexample(CsArbitraries.customerGoals(), SEED, g -> false);
        assertThat(goal.observations()).isEmpty();
        assertThat(goal.deadline()).isEqualTo(goal.start().plusDays(1));
        AccountSignals signals = Samples.shrunkCounterexample(CsArbitraries.accountSignals(), SEED, s -> false);
        assertThat(signals.signals()).isEqualTo(Map.of("seat_use", 0.0, "logins_trend", 0.0, "nps", 0.0, "tickets", 0.0));
    }

    @Example
    void invalidConfigurationsAreRejected() {
        assertThatThrownBy(() -> CsArbitraries.usageEvents().between(T1, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one second");
        assertThatThrownBy(() -> CsArbitraries.usageEvents().streams(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3, 2]");
        assertThatThrownBy(() -> CsArbitraries.accountSignals().signal("x", 2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range of signal 'x'");
        assertThatThrownBy(() -> CsArbitraries.accountSignals().only("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signal 'nope' is not configured");
        assertThatThrownBy(() -> CsArbitraries.accountSignals().withMissing(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability (valid values 0 - 1): 1.5");
        assertThatThrownBy(() -> CsArbitraries.deals().arrBetween(-1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min ARR must not be negative: -1");
        assertThatThrownBy(() -> CsArbitraries.deals().ownedBy(List.of(), List.of("t")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csmNames must not be empty");
        assertThatThrownBy(() -> CsArbitraries.activities().ownedBy(0, "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSM count must be at least 1: 0");
        assertThatThrownBy(() -> CsArbitraries.activities().ownedBy(2, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("team names must not be blank");
        assertThatThrownBy(() -> CsArbitraries.activities().kinds()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kinds must not be empty");
        assertThatThrownBy(() -> CsArbitraries.activities().lastingUpTo(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minutes (valid: 0 - 525600): -1");
        assertThatThrownBy(() -> CsArbitraries.activities().logs(5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[5, 1]");
        assertThatThrownBy(() -> CsArbitraries.supportCases().responseWithin(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("response bound (valid: 0 to 3653 days): PT-1S");
        assertThatThrownBy(() -> CsArbitraries.supportCases().openedBetween(T1, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one second");
        assertThatThrownBy(() -> CsArbitraries.supportCases().priorities()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priorities must not be empty");
        assertThatThrownBy(() -> CsArbitraries.supportCases().batches(-1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[-1, 3]");
        assertThatThrownBy(() -> CsArbitraries.onboardingRecords().withinDays(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days must not be negative: -1");
    }
}
