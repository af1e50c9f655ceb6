package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.cohort.RetentionCell;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.RetentionMatrixAccumulator;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import io.csmetrics.revenue.SegmentedBridge;
import io.csmetrics.revenue.SegmentedBridgeAccumulator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Σ segments = total for every metric family, over random books and random (time-varying) segments. */
class SegmentedProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final YearMonth LAST = FIRST.plusMonths(7);
    private static final String[] PLANS = {"basic", "pro", "enterprise"};

    /** A book with, per account, a plan per month (index into PLANS). */
    record Book(List<MrrHistory> histories, Map<String, Map<YearMonth, String>> plans) {
        Segmentation byMonth() {
            return Segmentation.byAccountMonth(plans, "basic");
        }

        Segmentation atStart() {
            Segmentation s = byMonth();
            return (account, month) -> s.segmentOf(account, FIRST);
        }
    }

    @Provide
    Arbitrary<Book> books() {
        Arbitrary<long[]> series = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 1_000_000))).list().ofMaxSize(12)
                .map(l -> l.stream().mapToLong(Long::longValue).toArray());
        Arbitrary<int[]> plans = Arbitraries.integers().between(0, 2).list().ofSize(16)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        Arbitrary<Object[]> account = Combinators.combine(Arbitraries.integers().between(-3, 7), series, plans)
                .as((o, s, p) -> new Object[] {o, s, p});
        return account.list().ofMaxSize(20).map(list -> {
            List<MrrHistory> h = new ArrayList<>();
            Map<String, Map<YearMonth, String>> p = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                Object[] a = list.get(i);
                String id = "acc-" + i;
                h.add(MrrHistory.of(id, USD, FIRST.plusMonths((int) a[0]), (long[]) a[1]));
                Map<YearMonth, String> byMonth = new HashMap<>();
                int[] plan = (int[]) a[2];
                for (int m = 0; m < plan.length; m++) {
                    byMonth.put(FIRST.plusMonths(m - 4L), PLANS[plan[m]]);
                }
                p.put(id, byMonth);
            }
            return new Book(h, p);
        });
    }

    /** The MRR bridge with time-varying segments: the record checks Σ segments = total, and the total is the plain bridge. */
    @Property
    void segmentedBridgeSumsToTheTotal(@ForAll("books") Book book) {
        SegmentedBridge b = book.histories().stream()
                .collect(SegmentedBridgeAccumulator.collector(USD, book.byMonth(), FIRST, LAST));
        MrrBridge plain = book.histories().stream().collect(MrrBridgeAccumulator.collector(USD, FIRST, LAST));
        assertThat(b.total()).isEqualTo(plain);
        SegmentedBridge parallel = book.histories().parallelStream()
                .collect(SegmentedBridgeAccumulator.collector(USD, book.byMonth(), FIRST, LAST));
        assertThat(parallel).isEqualTo(b);
    }

    /** NRR/GRR by the segment at the start month: every numerator and denominator sums to the total's. */
    @Property
    void retentionBySegmentSumsToTheTotal(@ForAll("books") Book book) {
        Segmentation start = book.atStart();
        SegmentedAccumulator<MrrHistory, RevenueRetentionAccumulator> acc = book.histories().stream().collect(
                SegmentedAccumulator.collector(() -> RevenueRetentionAccumulator.create(USD, FIRST, LAST),
                        h -> start.checkedSegmentOf(h.accountId(), FIRST)));
        SortedMap<String, RevenueRetention> parts = acc.results(RevenueRetentionAccumulator::retention);
        RevenueRetention total = acc.total(RevenueRetentionAccumulator::retention);
        Money startMrr = Money.zero(USD);
        Money endMrr = Money.zero(USD);
        Money expansion = Money.zero(USD);
        Money contraction = Money.zero(USD);
        Money churn = Money.zero(USD);
        long accounts = 0;
        for (RevenueRetention r : parts.values()) {
            startMrr = startMrr.plus(r.startMrr());
            endMrr = endMrr.plus(r.endMrr());
            expansion = expansion.plus(r.expansion().amount());
            contraction = contraction.plus(r.contraction().amount());
            churn = churn.plus(r.churn().amount());
            accounts += r.startAccounts();
        }
        assertThat(startMrr).isEqualTo(total.startMrr());
        assertThat(endMrr).isEqualTo(total.endMrr());
        assertThat(expansion).isEqualTo(total.expansion().amount());
        assertThat(contraction).isEqualTo(total.contraction().amount());
        assertThat(churn).isEqualTo(total.churn().amount());
        assertThat(accounts).isEqualTo(total.startAccounts());
        assertThat(total.nrr().numerator()).isEqualByComparingTo(
                parts.values().stream().map(r -> r.nrr().numerator()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
    }

    /** Bridge (hence churn counts and revenue churn) and retention matrix by a fixed per-account segment. */
    @Property
    void bridgeAndRetentionMatrixBySegmentSumToTheTotal(@ForAll("books") Book book) {
        Segmentation start = book.atStart();
        SegmentedAccumulator.Key<MrrHistory> key = h -> start.checkedSegmentOf(h.accountId(), FIRST);
        SegmentedAccumulator<MrrHistory, MrrBridgeAccumulator> bridges = book.histories().stream().collect(
                SegmentedAccumulator.collector(() -> MrrBridgeAccumulator.create(USD, FIRST, LAST), key));
        SortedMap<String, MrrBridge> parts = bridges.results(MrrBridgeAccumulator::bridge);
        MrrBridge total = bridges.total(MrrBridgeAccumulator::bridge);
        for (int k = 0; k < total.periods().size(); k++) {
            int kk = k;
            for (io.csmetrics.revenue.MovementType t : io.csmetrics.revenue.MovementType.values()) {
                long count = parts.values().stream().mapToLong(b -> b.periods().get(kk).movement(t).count()).sum();
                Money amount = parts.values().stream().map(b -> b.periods().get(kk).movement(t).amount())
                        .reduce(Money.zero(USD), Money::plus);
                assertThat(count).isEqualTo(total.periods().get(k).movement(t).count());
                assertThat(amount).isEqualTo(total.periods().get(k).movement(t).amount());
            }
        }
        SegmentedAccumulator<MrrHistory, RetentionMatrixAccumulator<YearMonth>> matrices = book.histories().stream()
                .collect(SegmentedAccumulator.collector(() -> RetentionMatrixAccumulator.create(LAST), key));
        RetentionMatrix<YearMonth> all = matrices.total(RetentionMatrixAccumulator::result);
        SortedMap<String, RetentionMatrix<YearMonth>> byPlan = matrices.results(RetentionMatrixAccumulator::result);
        for (YearMonth cohort : all.keys()) {
            for (int m = 0; m < all.row(cohort).size(); m++) {
                RetentionCell cell = all.cell(cohort, m);
                long observed = 0;
                long retained = 0;
                long netMrr = 0;
                for (RetentionMatrix<YearMonth> part : byPlan.values()) {
                    if (part.keys().contains(cohort) && m < part.row(cohort).size()) {
                        observed += part.cell(cohort, m).observedAccounts();
                        retained += part.cell(cohort, m).retainedAccounts();
                        netMrr += part.cell(cohort, m).netRetainedMrrMinor();
                    }
                }
                assertThat(observed).isEqualTo(cell.observedAccounts());
                assertThat(retained).isEqualTo(cell.retainedAccounts());
                assertThat(netMrr).isEqualTo(cell.netRetainedMrrMinor());
            }
        }
    }

    /** Parallel == sequential and every accumulation path agrees for the generic segmented accumulator. */
    @Property(tries = 30)
    void segmentedAccumulatorPathsAgree(@ForAll("books") Book book) {
        Segmentation start = book.atStart();
        AccumulatorChecks.assertAllPathsAgree(book.histories(),
                () -> SegmentedAccumulator.<MrrHistory, MrrBridgeAccumulator>create(
                        () -> MrrBridgeAccumulator.create(USD, FIRST, LAST), h -> start.checkedSegmentOf(h.accountId(), FIRST)),
                acc -> List.of(acc.results(MrrBridgeAccumulator::bridge), acc.total(MrrBridgeAccumulator::bridge)));
    }
}
