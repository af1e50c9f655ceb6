package io.csmetrics.revenue;

import static io.csmetrics.revenue.RevenueProperties.bridge;
import static io.csmetrics.revenue.RevenueProperties.histories;
import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import io.csmetrics.Ratio;
import io.csmetrics.revenue.RevenueProperties.Account;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the revenue family that {@link RevenueProperties} (bridge oracle, path agreement,
 * scale invariance, NRR/GRR bounds) does not state: every result survives serialisation, a bridge
 * over sub-ranges composes, the balances it reports agree with its periods, quick ratios and ARPA
 * keep their bounds and money bridges, snapshots and histories give one bridge, and an account's
 * history from events is the sum of its subscriptions' histories.
 */
class RevenueInvariantsProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth FIRST = YearMonth.of(2024, 1);

    @Provide
    Arbitrary<List<Account>> accounts() {
        return RevenueProperties.books(20);
    }

    private static RevenueRetention retention(List<Account> accounts, int months) {
        return histories(accounts).stream()
                .collect(RevenueRetentionAccumulator.collector(USD, FIRST, FIRST.plusMonths(months)));
    }

    @Property
    void everyResultSurvivesSerialisation(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        MrrBridge bridge = bridge(accounts, months);
        assertThat(AccumulatorChecks.roundTrip(bridge)).isEqualTo(bridge);
        for (MrrBridgePeriod p : bridge.periods()) {
            assertThat(AccumulatorChecks.roundTrip(p)).isEqualTo(p);
            assertThat(AccumulatorChecks.roundTrip(p.churn())).isEqualTo(p.churn());
        }
        RevenueRetention r = retention(accounts, months);
        assertThat(AccumulatorChecks.roundTrip(r)).isEqualTo(r);
        assertThat(AccumulatorChecks.roundTrip(r.reactivated())).isEqualTo(r.reactivated());
    }

    @Property
    void aShippedAccumulatorKeepsAccepting(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        List<MrrHistory> h = histories(accounts);
        int half = h.size() / 2;
        MrrBridgeAccumulator bridge = MrrBridgeAccumulator.create(USD, FIRST, FIRST.plusMonths(months - 1));
        RevenueRetentionAccumulator retention = RevenueRetentionAccumulator.create(USD, FIRST, FIRST.plusMonths(months));
        h.subList(0, half).forEach(bridge);
        h.subList(0, half).forEach(retention);
        MrrBridgeAccumulator bridgeCopy = AccumulatorChecks.roundTrip(bridge);
        RevenueRetentionAccumulator retentionCopy = AccumulatorChecks.roundTrip(retention);
        h.subList(half, h.size()).forEach(bridgeCopy);
        h.subList(half, h.size()).forEach(retentionCopy);

        assertThat(bridgeCopy.bridge()).isEqualTo(bridge(accounts, months));
        assertThat(retentionCopy.retention()).isEqualTo(retention(accounts, months));
    }

    @Property
    void betweenComposesOverAdjacentRanges(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 3, max = 12) int months, @ForAll @IntRange(min = 1, max = 10) int cut) {
        MrrBridge bridge = bridge(accounts, months);
        YearMonth last = bridge.lastMonth();
        YearMonth middle = FIRST.plusMonths(Math.min(cut, months - 2));
        MrrBridgePeriod left = bridge.between(FIRST, middle);
        MrrBridgePeriod right = bridge.between(middle, last);
        MrrBridgePeriod whole = bridge.between(FIRST, last);

        assertThat(left.endMrr()).isEqualTo(right.startMrr()).isEqualTo(bridge.mrrAt(middle));
        assertThat(left.endAccounts()).isEqualTo(right.startAccounts()).isEqualTo(bridge.accountsAt(middle));
        for (MovementType t : MovementType.values()) {
            assertThat(whole.movement(t)).isEqualTo(left.movement(t).plus(right.movement(t)));
        }
        assertThat(whole.startMrr()).isEqualTo(bridge.openingMrr());
        assertThat(whole.endMrr()).isEqualTo(bridge.closingMrr());
        assertThat(whole.endAccounts()).isEqualTo(bridge.closingAccounts());
    }

    @Property
    void balancesAtEachMonthAreThePeriodsBalances(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        MrrBridge bridge = bridge(accounts, months);
        assertThat(bridge.periods()).hasSize(months - 1);
        assertThat(bridge.lastMonth()).isEqualTo(FIRST.plusMonths(months - 1));
        assertThat(bridge.mrrAt(FIRST)).isEqualTo(bridge.openingMrr());
        assertThat(bridge.accountsAt(FIRST)).isEqualTo(bridge.openingAccounts());
        for (MrrBridgePeriod p : bridge.periods()) {
            assertThat(bridge.period(p.endMonth())).isEqualTo(p);
            assertThat(bridge.mrrAt(p.endMonth())).isEqualTo(p.endMrr());
            assertThat(bridge.mrrAt(p.startMonth())).isEqualTo(p.startMrr());
            assertThat(bridge.accountsAt(p.endMonth())).isEqualTo(p.endAccounts());
            assertThat(p.netNewMrr()).isEqualTo(p.endMrr().minus(p.startMrr()));
        }
    }

    @Property
    void quickRatiosAreNonNegativeAndReactivationOnlyRaisesThem(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 2, max = 12) int months) {
        for (MrrBridgePeriod p : bridge(accounts, months).periods()) {
            Ratio without = p.quickRatio(QuickRatioBasis.WITHOUT_REACTIVATION);
            Ratio with = p.quickRatio(QuickRatioBasis.WITH_REACTIVATION);
            Money losses = p.contraction().amount().plus(p.churn().amount());
            assertThat(without.isDefined()).isEqualTo(with.isDefined()).isEqualTo(!losses.isZero());
            if (with.isDefined()) {
                assertThat(without.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
                assertThat(with.compareTo(without)).isGreaterThanOrEqualTo(0);
                assertThat(with.compareTo(without) > 0).isEqualTo(p.reactivation().count() > 0);
                Money gains = p.newBusiness().amount().plus(p.expansion().amount());
                assertThat(without.isEquivalent(Ratio.of(gains, losses))).isTrue();
            }
        }
    }

    @Property
    void arrIsTwelveTimesMrrAndArpaTimesAccountsIsMrr(@ForAll @LongRange(max = 1_000_000_000L) long minor,
            @ForAll @LongRange(min = 1, max = 10_000) long accounts) {
        Money mrr = Money.ofMinor(minor, USD);
        assertThat(RevenueMetrics.arr(mrr).toMoneyExact().isEqual(mrr.multipliedBy(12))).isTrue();
        Mrr arpa = RevenueMetrics.arpa(mrr, accounts).orElseThrow();
        assertThat(arpa.multipliedBy(accounts)).isEqualTo(Mrr.of(mrr));
        assertThat(arpa.compareTo(Mrr.of(mrr)) <= 0).isTrue();
        assertThat(RevenueMetrics.arpa(Money.zero(USD), 0)).isEmpty();
    }

    @Property
    void snapshotsAndHistoriesGiveOneBridge(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        List<MrrSnapshot> snapshots = new ArrayList<>();
        for (MrrHistory h : histories(accounts)) {
            snapshots.addAll(h.toSnapshots());
        }
        if (snapshots.isEmpty()) {
            return;
        }
        YearMonth last = FIRST.plusMonths(months - 1);
        assertThat(MrrBridge.fromSnapshots(snapshots, FIRST, last))
                .isEqualTo(MrrHistory.fromSnapshots(snapshots).stream()
                        .collect(MrrBridgeAccumulator.collector(USD, FIRST, last)));
    }

    /** One subscription: its start, an optional price change and an optional end, months after its start. */
    record Plan(int start, long mrr, int changeAfter, long newMrr, int endAfter) {
        List<SubscriptionEvent> events(String account, String id) {
            List<SubscriptionEvent> e = new ArrayList<>();
            YearMonth s = FIRST.plusMonths(start);
            e.add(SubscriptionEvent.start(account, id, s, Mrr.of(Money.ofMinor(mrr, USD))));
            if (changeAfter > 0) {
                e.add(SubscriptionEvent.priceChange(account, id, s.plusMonths(changeAfter), Mrr.of(Money.ofMinor(newMrr, USD))));
            }
            if (endAfter > 0) {
                e.add(SubscriptionEvent.end(account, id, s.plusMonths(changeAfter + endAfter)));
            }
            return e;
        }
    }

    @Provide
    Arbitrary<List<Plan>> plans() {
        Arbitrary<Long> mrr = Arbitraries.longs().between(1, 1_000_000);
        return Combinators.combine(Arbitraries.integers().between(-3, 12), mrr, Arbitraries.integers().between(0, 6),
                mrr, Arbitraries.integers().between(0, 6)).as(Plan::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void anAccountsHistoryIsTheSumOfItsSubscriptions(@ForAll("plans") List<Plan> plans,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        YearMonth last = FIRST.plusMonths(months - 1);
        List<SubscriptionEvent> all = new ArrayList<>();
        long[] expected = new long[months];
        for (int i = 0; i < plans.size(); i++) {
            List<SubscriptionEvent> one = plans.get(i).events("acme", "s" + i);
            all.addAll(one);
            long[] alone = SubscriptionEvents.toHistories(one, FIRST, last, RoundingMode.UNNECESSARY).get(0).toMinorUnitsArray();
            for (int m = 0; m < months; m++) {
                expected[m] += alone[m];
            }
        }
        List<MrrHistory> histories = SubscriptionEvents.toHistories(all, FIRST, last, RoundingMode.UNNECESSARY);
        assertThat(histories).containsExactly(MrrHistory.of("acme", USD, FIRST, expected));
        assertThat(MrrHistory.fromSnapshots(SubscriptionEvents.toSnapshots(all, FIRST, last, RoundingMode.UNNECESSARY)))
                .isEqualTo(histories);
    }

    @Property
    void aSubscriptionPaysItsPriceFromStartUntilItsEnd(@ForAll("plans") List<Plan> plans) {
        Plan p = plans.get(0);
        YearMonth last = FIRST.plusMonths(11);
        long[] values = SubscriptionEvents.toHistories(p.events("a", "s"), FIRST, last, RoundingMode.UNNECESSARY)
                .get(0).toMinorUnitsArray();
        int change = p.changeAfter() > 0 ? p.start() + p.changeAfter() : Integer.MAX_VALUE;
        int end = p.endAfter() > 0 ? p.start() + p.changeAfter() + p.endAfter() : Integer.MAX_VALUE;
        for (int m = 0; m < values.length; m++) {
            long expected = m < p.start() || m >= end ? 0 : m < change ? p.mrr() : p.newMrr();
            assertThat(values[m]).as("month %d of %s", m, p).isEqualTo(expected);
        }
    }
}
