package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

/**
 * Invariants of the cohort family that its tests (cell bounds, logo monotonicity, path agreement,
 * Kaplan–Meier bounds and the empirical case) do not state: money scale invariance of the
 * retention matrix, gross ≤ net with exact money behind each rate, serialisation of the matrix,
 * and a Kaplan–Meier fit that ignores input order, survives serialisation and whose restricted
 * mean stays within its horizon and grows with it.
 */
class CohortInvariantsProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth AS_OF = YearMonth.of(2024, 8);

    @Provide
    Arbitrary<List<MrrHistory>> books() {
        Arbitrary<Long> mrr = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.longs().between(1, 100_000)));
        return Combinators.combine(Arbitraries.integers().between(0, 9), mrr.list().ofMaxSize(12))
                .as((start, values) -> new long[][] {{start}, values.stream().mapToLong(Long::longValue).toArray()})
                .list().ofMaxSize(30).map(rows -> {
                    List<MrrHistory> book = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        book.add(MrrHistory.of("a" + i, USD, YearMonth.of(2024, 1).plusMonths(rows.get(i)[0][0]),
                                rows.get(i)[1]));
                    }
                    return book;
                });
    }

    private static List<MrrHistory> scaled(List<MrrHistory> book, long k) {
        return book.stream().map(h -> MrrHistory.of(h.accountId(), USD, h.firstMonth(),
                Arrays.stream(h.toMinorUnitsArray()).map(v -> v * k).toArray())).toList();
    }

    @Property
    void scalingEveryMrrScalesMoneyAndKeepsEveryRate(@ForAll("books") List<MrrHistory> book,
            @ForAll @IntRange(min = 2, max = 1000) int k, @ForAll ReactivationRule rule) {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(book, CohortKey.acquisitionMonth(), AS_OF, rule);
        RetentionMatrix<YearMonth> mk = RetentionMatrix.of(scaled(book, k), CohortKey.acquisitionMonth(), AS_OF, rule);

        assertThat(mk.keys()).isEqualTo(m.keys());
        for (YearMonth key : m.keys()) {
            assertThat(mk.cohortSize(key)).isEqualTo(m.cohortSize(key));
            List<RetentionCell> row = m.row(key);
            List<RetentionCell> rowK = mk.row(key);
            for (int i = 0; i < row.size(); i++) {
                RetentionCell c = row.get(i);
                RetentionCell ck = rowK.get(i);
                assertThat(ck.logoRetention()).isEqualTo(c.logoRetention());
                assertThat(ck.grossRevenueRetention().isEquivalent(c.grossRevenueRetention())).isTrue();
                assertThat(ck.netRevenueRetention().isEquivalent(c.netRevenueRetention())).isTrue();
                if (c.isObservable()) {
                    assertThat(ck.startingMrr()).isEqualTo(c.startingMrr().multipliedBy(k));
                    assertThat(ck.netRetainedMrr()).isEqualTo(c.netRetainedMrr().multipliedBy(k));
                }
            }
        }
    }

    @Property
    void grossNeverExceedsNetAndEachRateIsItsMoney(@ForAll("books") List<MrrHistory> book, @ForAll ReactivationRule rule) {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(book, CohortKey.acquisitionMonth(), AS_OF, rule);
        for (YearMonth key : m.keys()) {
            for (RetentionCell c : m.row(key)) {
                if (!c.isObservable() || c.startingMrr().isZero()) {
                    continue;
                }
                assertThat(c.grossRetainedMrr().compareTo(c.netRetainedMrr())).isLessThanOrEqualTo(0);
                assertThat(c.grossRetainedMrr().compareTo(c.startingMrr())).isLessThanOrEqualTo(0);
                assertThat(c.grossRevenueRetention().isEquivalent(Ratio.of(c.grossRetainedMrr(), c.startingMrr())))
                        .isTrue();
                assertThat(c.netRevenueRetention().isEquivalent(Ratio.of(c.netRetainedMrr(), c.startingMrr())))
                        .isTrue();
                assertThat(c.grossRevenueRetention().compareTo(c.netRevenueRetention())).isLessThanOrEqualTo(0);
            }
        }
    }

    @Property
    void theMatrixSurvivesSerialisationAndIgnoresInputOrder(@ForAll("books") List<MrrHistory> book) {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(book);
        assertThat(AccumulatorChecks.roundTrip(m)).isEqualTo(m);
        List<MrrHistory> reversed = new ArrayList<>(book);
        Collections.reverse(reversed);
        assertThat(RetentionMatrix.of(reversed)).isEqualTo(m);
    }

    @Provide
    Arbitrary<List<Lifetime>> lifetimes() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of(true, false))
                .as((t, e) -> e ? Lifetime.churnedAt(t) : Lifetime.censoredAt(t)).list().ofMinSize(1).ofMaxSize(50);
    }

    @Property
    void kaplanMeierIgnoresOrderAndSurvivesSerialisation(@ForAll("lifetimes") List<Lifetime> lifetimes) {
        KaplanMeier km = KaplanMeier.fit(lifetimes);
        List<Lifetime> reversed = new ArrayList<>(lifetimes);
        Collections.reverse(reversed);
        assertThat(KaplanMeier.fit(reversed)).isEqualTo(km);
        assertThat(AccumulatorChecks.roundTrip(km)).isEqualTo(km).hasSameHashCodeAs(km);
        List<Lifetime> oneMore = new ArrayList<>(lifetimes);
        oneMore.add(Lifetime.churnedAt(31));
        assertThat(KaplanMeier.fit(oneMore)).isNotEqualTo(km);
        assertThat(km.accounts()).isEqualTo(lifetimes.size());
        assertThat(km.events()).isEqualTo(lifetimes.stream().filter(Lifetime::churned).count());
    }

    @Property
    void restrictedMeanStaysWithinItsHorizonAndGrowsWithIt(@ForAll("lifetimes") List<Lifetime> lifetimes,
            @ForAll @IntRange(max = 40) int horizon, @ForAll @IntRange(max = 10) int more) {
        KaplanMeier km = KaplanMeier.fit(lifetimes);
        double mean = km.restrictedMean(horizon);
        assertThat(mean).isBetween(0.0, horizon + 1e-9);
        assertThat(km.restrictedMean(horizon + more)).isGreaterThanOrEqualTo(mean - 1e-9);
        for (int t = 0; t <= 31; t++) {
            double s = km.survival(t);
            km.confidenceInterval(t).ifPresent(ci -> {
                assertThat(ci.lower()).isBetween(0.0, s + 1e-12);
                assertThat(ci.upper()).isBetween(s - 1e-12, 1.0);
            });
        }
    }
}
