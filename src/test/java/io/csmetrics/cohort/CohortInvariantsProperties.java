package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
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
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of retention matrices and survival curves over random books: bounded rates, net at
 * least gross, scale invariance, every accumulation path agreeing, and serialised copies.
 */
class CohortInvariantsProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth AS_OF = YearMonth.of(2024, 12);

    @Provide
    Arbitrary<List<long[]>> books() {
        // each row: first-month offset (0..5), then up to six monthly MRRs in minor units
        Arbitrary<long[]> row = Combinators.combine(Arbitraries.longs().between(0, 5),
                Arbitraries.longs().between(0, 1000).list().ofMinSize(1).ofMaxSize(6))
                .as((offset, mrr) -> {
                    long[] r = new long[mrr.size() + 1];
                    r[0] = offset;
                    for (int i = 0; i < mrr.size(); i++) {
                        r[i + 1] = mrr.get(i);
                    }
                    return r;
                });
        return row.list().ofMinSize(1).ofMaxSize(25);
    }

    private static List<MrrHistory> histories(List<long[]> book, long k) {
        List<MrrHistory> out = new ArrayList<>();
        for (int i = 0; i < book.size(); i++) {
            long[] r = book.get(i);
            long[] mrr = new long[r.length - 1];
            for (int j = 0; j < mrr.length; j++) {
                mrr[j] = r[j + 1] * k;
            }
            out.add(MrrHistory.of("A" + i, USD, YearMonth.of(2024, 1).plusMonths(r[0]), mrr));
        }
        return out;
    }

    private static RetentionMatrix<YearMonth> matrix(List<MrrHistory> histories) {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(AS_OF);
        histories.forEach(acc);
        return acc.result();
    }

    private static boolean within01(Ratio r) {
        return !r.isDefined() || (r.compareTo(Ratio.ZERO) >= 0 && r.compareTo(Ratio.ONE) <= 0);
    }

    @Property
    void everyAccumulationPathAgreesAndTheResultShipsIntact(@ForAll("books") List<long[]> book) {
        RetentionMatrix<YearMonth> m = AccumulatorChecks.assertAllPathsAgree(histories(book, 1),
                () -> RetentionMatrixAccumulator.create(AS_OF), RetentionMatrixAccumulator::result);
        assertThat(AccumulatorChecks.roundTrip(m)).isEqualTo(m);
    }

    @Property
    void logoAndGrossRetentionAreBoundedAndNetIsAtLeastGross(@ForAll("books") List<long[]> book) {
        RetentionMatrix<YearMonth> m = matrix(histories(book, 1));
        for (YearMonth key : m.keys()) {
            for (RetentionCell c : m.row(key)) {
                assertThat(within01(c.logoRetention())).as("logo %s", c).isTrue();
                assertThat(within01(c.grossRevenueRetention())).as("GRR %s", c).isTrue();
                assertThat(c.netRetainedMrr().isLessThan(c.grossRetainedMrr())).as("NRR ≥ GRR %s", c).isFalse();
                assertThat(c.retainedAccounts()).isLessThanOrEqualTo(c.observedAccounts());
            }
        }
    }

    @Property
    void scalingEveryAmountScalesMoneyAndKeepsRates(@ForAll("books") List<long[]> book,
            @ForAll @LongRange(min = 2, max = 1000) long k) {
        RetentionMatrix<YearMonth> m = matrix(histories(book, 1));
        RetentionMatrix<YearMonth> mk = matrix(histories(book, k));
        assertThat(mk.keys()).isEqualTo(m.keys());
        for (YearMonth key : m.keys()) {
            List<RetentionCell> row = m.row(key);
            List<RetentionCell> rowK = mk.row(key);
            assertThat(rowK).hasSameSizeAs(row);
            for (int i = 0; i < row.size(); i++) {
                assertThat(rowK.get(i).startingMrr()).isEqualTo(row.get(i).startingMrr().multipliedBy(k));
                assertThat(rowK.get(i).netRetainedMrr()).isEqualTo(row.get(i).netRetainedMrr().multipliedBy(k));
                assertThat(rowK.get(i).logoRetention()).isEqualTo(row.get(i).logoRetention());
                assertThat(rowK.get(i).grossRevenueRetention().isEquivalent(row.get(i).grossRevenueRetention())).isTrue();
                assertThat(rowK.get(i).netRevenueRetention().isEquivalent(row.get(i).netRevenueRetention())).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<List<Lifetime>> lifetimes() {
        return Combinators.combine(Arbitraries.integers().between(0, 24), Arbitraries.of(true, false))
                .as((t, churned) -> churned ? Lifetime.churnedAt(t) : Lifetime.censoredAt(t)).list().ofMinSize(1)
                .ofMaxSize(40);
    }

    @Property
    void survivalIsABoundedNonIncreasingCurveThatShipsIntact(@ForAll("lifetimes") List<Lifetime> lifetimes) {
        KaplanMeier km = KaplanMeier.fit(lifetimes);
        double previous = 1;
        for (int t = 0; t <= 25; t++) {
            double s = km.survival((double) t);
            assertThat(s).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = s;
        }
        assertThat(AccumulatorChecks.roundTrip(km)).isEqualTo(km);
    }
}
