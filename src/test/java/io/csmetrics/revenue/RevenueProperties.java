package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the MRR bridge and revenue retention over random accounts. */
class RevenueProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth FIRST = YearMonth.of(2024, 1);

    /** One account's consecutive months, starting {@code offset} months after the window's first month. */
    record Account(int offset, long[] values) {
        long at(int month) {
            int i = month - offset;
            return i < 0 || i >= values.length ? 0 : values[i];
        }

        MrrHistory history(int id) {
            return MrrHistory.of("acc-" + id, USD, FIRST.plusMonths(offset), values);
        }

        Account scaled(long k) {
            return new Account(offset, Arrays.stream(values).map(v -> v * k).toArray());
        }

        @Override
        public String toString() {
            return "Account" + offset + Arrays.toString(values);
        }
    }

    @Provide
    Arbitrary<List<Account>> accounts() {
        return books(25);
    }

    /** Books of up to {@code maxAccounts} accounts, each a run of months (zeros included) from an offset. */
    static Arbitrary<List<Account>> books(int maxAccounts) {
        Arbitrary<Long> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.of(1_000L, 2_500L, 4_900L)),
                Tuple.of(2, Arbitraries.longs().between(1, 10_000_000)));
        Arbitrary<Account> account = Combinators.combine(Arbitraries.integers().between(-4, 10),
                value.list().ofMaxSize(14)).as((o, v) -> new Account(o, v.stream().mapToLong(Long::longValue).toArray()));
        return account.list().ofMaxSize(maxAccounts);
    }

    static List<MrrHistory> histories(List<Account> accounts) {
        List<MrrHistory> h = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            h.add(accounts.get(i).history(i));
        }
        return h;
    }

    static MrrBridge bridge(List<Account> accounts, int months) {
        return histories(accounts).stream().collect(MrrBridgeAccumulator.collector(USD, FIRST, FIRST.plusMonths(months - 1)));
    }

    /** Brute force: classify each account and month from scratch, summing in BigDecimal. */
    private static MrrBridge oracle(List<Account> accounts, int months) {
        List<MrrBridgePeriod> periods = new ArrayList<>();
        for (int w = 1; w < months; w++) {
            BigDecimal[] amounts = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            long[] counts = new long[5];
            BigDecimal start = BigDecimal.ZERO;
            BigDecimal end = BigDecimal.ZERO;
            long startAccounts = 0;
            long endAccounts = 0;
            for (Account a : accounts) {
                long p = a.at(w - 1);
                long c = a.at(w);
                boolean paidBefore = false;
                for (int j = Math.min(a.offset(), 0); j < w; j++) {
                    paidBefore |= a.at(j) > 0;
                }
                start = start.add(BigDecimal.valueOf(p));
                end = end.add(BigDecimal.valueOf(c));
                startAccounts += p > 0 ? 1 : 0;
                endAccounts += c > 0 ? 1 : 0;
                MovementType t = p == c ? null : p == 0 ? (paidBefore ? MovementType.REACTIVATION : MovementType.NEW)
                        : c == 0 ? MovementType.CHURN : c > p ? MovementType.EXPANSION : MovementType.CONTRACTION;
                if (t != null) {
                    amounts[t.ordinal()] = amounts[t.ordinal()].add(BigDecimal.valueOf(Math.abs(c - p)));
                    counts[t.ordinal()]++;
                }
            }
            periods.add(new MrrBridgePeriod(FIRST.plusMonths(w - 1), FIRST.plusMonths(w), cents(start), startAccounts,
                    total(amounts, counts, MovementType.NEW), total(amounts, counts, MovementType.EXPANSION),
                    total(amounts, counts, MovementType.REACTIVATION), total(amounts, counts, MovementType.CONTRACTION),
                    total(amounts, counts, MovementType.CHURN), cents(end), endAccounts));
        }
        BigDecimal opening = BigDecimal.ZERO;
        long openingAccounts = 0;
        for (Account a : accounts) {
            opening = opening.add(BigDecimal.valueOf(a.at(0)));
            openingAccounts += a.at(0) > 0 ? 1 : 0;
        }
        return new MrrBridge(FIRST, cents(opening), openingAccounts, periods);
    }

    private static Money cents(BigDecimal minor) {
        return Money.of(minor.movePointLeft(2), USD);
    }

    private static MovementTotal total(BigDecimal[] amounts, long[] counts, MovementType t) {
        return MovementTotal.of(cents(amounts[t.ordinal()]), counts[t.ordinal()]);
    }

    @Property
    void bridgeEqualsBruteForceAndSumsExactly(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        MrrBridge bridge = bridge(accounts, months);

        assertThat(bridge).isEqualTo(oracle(accounts, months));
        for (MrrBridgePeriod p : bridge.periods()) {
            Money gains = p.newBusiness().amount().plus(p.expansion().amount()).plus(p.reactivation().amount());
            Money losses = p.contraction().amount().plus(p.churn().amount());
            assertThat(p.startMrr().plus(gains).minus(losses)).isEqualTo(p.endMrr());
            assertThat(p.startAccounts() + p.newBusiness().count() + p.reactivation().count() - p.churn().count())
                    .isEqualTo(p.endAccounts());
        }
        if (months > 1) {
            MrrBridgePeriod whole = bridge.between(FIRST, bridge.lastMonth());
            assertThat(whole.netNewMrr()).isEqualTo(bridge.closingMrr().minus(bridge.openingMrr()));
        }
    }

    @Property(tries = 100)
    void parallelEqualsSequentialEqualsEverySplit(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        YearMonth last = FIRST.plusMonths(months - 1);
        AccumulatorChecks.assertAllPathsAgree(histories(accounts), () -> MrrBridgeAccumulator.create(USD, FIRST, last),
                MrrBridgeAccumulator::bridge);
        AccumulatorChecks.assertAllPathsAgree(histories(accounts),
                () -> RevenueRetentionAccumulator.create(USD, FIRST, FIRST.plusMonths(months)),
                RevenueRetentionAccumulator::retention);
    }

    @Property
    void objectBulkAndColumnarApisAgree(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        MrrBridgeAccumulator bulk = MrrBridgeAccumulator.create(USD, FIRST, FIRST.plusMonths(months - 1));
        RevenueRetentionAccumulator retentionBulk = RevenueRetentionAccumulator.create(USD, FIRST, FIRST.plusMonths(months));
        List<Long> keys = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            long[] padded = new long[a.values().length + 4];
            System.arraycopy(a.values(), 0, padded, 2, a.values().length);
            bulk.accept(a.offset(), padded, 2, a.values().length);
            retentionBulk.accept(a.offset(), padded, 2, a.values().length);
            for (int j = 0; j < a.values().length; j++) {
                if (a.values()[j] != 0 || j % 2 == 0) {
                    keys.add((long) i);
                    offsets.add(a.offset() + j);
                    values.add(a.values()[j]);
                }
            }
        }
        MrrBridgeAccumulator columns = MrrBridgeAccumulator.create(USD, FIRST, FIRST.plusMonths(months - 1));
        columns.acceptColumns(keys.stream().mapToLong(Long::longValue).toArray(),
                offsets.stream().mapToInt(Integer::intValue).toArray(), values.stream().mapToLong(Long::longValue).toArray());

        MrrBridge expected = bridge(accounts, months);
        assertThat(bulk.bridge()).isEqualTo(expected);
        assertThat(columns.bridge()).isEqualTo(expected);
        assertThat(retentionBulk.retention()).isEqualTo(histories(accounts).stream()
                .collect(RevenueRetentionAccumulator.collector(USD, FIRST, FIRST.plusMonths(months))));
    }

    @Property
    void scalingEveryAmountScalesMoneyAndKeepsRates(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 2, max = 12) int months, @ForAll @LongRange(min = 2, max = 1000) long k) {
        List<Account> scaled = accounts.stream().map(a -> a.scaled(k)).toList();
        MrrBridge b = bridge(accounts, months);
        MrrBridge bk = bridge(scaled, months);

        assertThat(bk.openingMrr()).isEqualTo(b.openingMrr().multipliedBy(k).rounded(java.math.RoundingMode.UNNECESSARY));
        for (int i = 0; i < b.periods().size(); i++) {
            MrrBridgePeriod p = b.periods().get(i);
            MrrBridgePeriod pk = bk.periods().get(i);
            for (MovementType t : MovementType.values()) {
                assertThat(pk.movement(t).amount().isEqual(p.movement(t).amount().multipliedBy(k))).isTrue();
                assertThat(pk.movement(t).count()).isEqualTo(p.movement(t).count());
            }
            for (QuickRatioBasis basis : QuickRatioBasis.values()) {
                assertThat(pk.quickRatio(basis).isEquivalent(p.quickRatio(basis))).isTrue();
            }
            assertEquivalentArpa(p, pk, k);
        }
        RevenueRetention r = retention(accounts, months);
        RevenueRetention rk = retention(scaled, months);
        assertThat(rk.endMrr().isEqual(r.endMrr().multipliedBy(k))).isTrue();
        for (NrrFormula f : NrrFormula.values()) {
            for (ReactivationRule rule : ReactivationRule.values()) {
                assertThat(rk.nrr(f, rule).isEquivalent(r.nrr(f, rule))).isTrue();
                assertThat(rk.grr(rule).isEquivalent(r.grr(rule))).isTrue();
            }
        }
    }

    private static void assertEquivalentArpa(MrrBridgePeriod p, MrrBridgePeriod pk, long k) {
        assertThat(pk.endArpa()).isEqualTo(p.endArpa().map(a -> a.multipliedBy(k)));
    }

    private static RevenueRetention retention(List<Account> accounts, int months) {
        return histories(accounts).stream()
                .collect(RevenueRetentionAccumulator.collector(USD, FIRST, FIRST.plusMonths(months)));
    }

    @Property
    void retentionRatesStayInBounds(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 1, max = 12) int months) {
        RevenueRetention r = retention(accounts, months);
        if (r.startAccounts() == 0) {
            assertThat(r.nrr().isDefined()).isFalse();
            assertThat(r.grr().isDefined()).isFalse();
            return;
        }
        for (ReactivationRule rule : ReactivationRule.values()) {
            Ratio grr = r.grr(rule);
            Ratio standard = r.nrr(NrrFormula.STANDARD, rule);
            Ratio simple = r.nrr(NrrFormula.DOCUMENTS_SIMPLE, rule);
            assertThat(grr.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(grr.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
            assertThat(standard.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(grr.compareTo(standard)).isLessThanOrEqualTo(0);
            assertThat(standard.compareTo(simple)).isLessThanOrEqualTo(0);
        }
        assertThat(r.nrr(NrrFormula.STANDARD, ReactivationRule.EXCLUDE_REACTIVATED)
                .compareTo(r.nrr())).isLessThanOrEqualTo(0);
        BigDecimal sumOfMin = BigDecimal.ZERO;
        BigDecimal sumOfEnd = BigDecimal.ZERO;
        long returned = 0;
        for (Account a : accounts) {
            if (a.at(0) > 0) {
                sumOfMin = sumOfMin.add(BigDecimal.valueOf(Math.min(a.at(0), a.at(months))));
                sumOfEnd = sumOfEnd.add(BigDecimal.valueOf(a.at(months)));
                boolean dipped = false;
                for (int m = 1; m < months; m++) {
                    dipped |= a.at(m) == 0;
                }
                returned += dipped && a.at(months) > 0 ? 1 : 0;
            }
        }
        assertThat(r.grr().isEquivalent(Ratio.of(cents(sumOfMin).amount(), r.startMrr().amount()))).isTrue();
        assertThat(r.nrr().isEquivalent(Ratio.of(cents(sumOfEnd).amount(), r.startMrr().amount()))).isTrue();
        assertThat(r.reactivated().accounts()).isEqualTo(returned);
        if (months == 1) {
            assertThat(r.reactivated().accounts()).isZero();
        }
    }

    @Property
    void aPeriodWithNoChangeHasNoMovements(@ForAll("accounts") List<Account> accounts,
            @ForAll @IntRange(min = 2, max = 12) int months) {
        List<Account> constant = accounts.stream()
                .map(a -> new Account(-1, filled(months + 2, a.values().length == 0 ? 0 : a.values()[0]))).toList();
        MrrBridge bridge = bridge(constant, months);

        assertThat(bridge.periods()).allMatch(MrrBridgePeriod::hasNoMovement);
        assertThat(bridge.periods()).allMatch(p -> p.startMrr().equals(p.endMrr()));
        RevenueRetention r = retention(constant, months);
        if (r.startAccounts() > 0) {
            assertThat(r.nrr().isEquivalent(Ratio.ONE)).isTrue();
            assertThat(r.grr().isEquivalent(Ratio.ONE)).isTrue();
        }
    }

    private static long[] filled(int n, long v) {
        long[] a = new long[n];
        Arrays.fill(a, v);
        return a;
    }
}
