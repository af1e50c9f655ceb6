package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RetentionMatrixTest {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final YearMonth JAN = YearMonth.of(2024, 1);
    static final YearMonth FEB = YearMonth.of(2024, 2);
    static final YearMonth MAR = YearMonth.of(2024, 3);
    static final YearMonth AS_OF = MAR;

    /**
     * The hand-computed triangle of the RetentionMatrix Javadoc. Cohort 2024-01 (4 accounts):
     * a 100,100,150; b 100,0,100 (reactivated); c 200,200,0; d 400,300,300. Cohort 2024-02
     * (2 accounts): e 50,50 (its history starts in January at 0); f 100,0.
     */
    static final List<MrrHistory> EXAMPLE = List.of(
            MrrHistory.of("a", USD, JAN, 100, 100, 150),
            MrrHistory.of("b", USD, JAN, 100, 0, 100),
            MrrHistory.of("c", USD, JAN, 200, 200),
            MrrHistory.of("d", USD, JAN, 400, 300, 300),
            MrrHistory.of("e", USD, JAN, 0, 50, 50),
            MrrHistory.of("f", USD, FEB, 100),
            MrrHistory.of("never", USD, JAN, 0, 0, 0));

    @Test
    void handComputedTriangle() {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(EXAMPLE);
        assertThat(m.asOf()).isEqualTo(AS_OF);
        assertThat(m.keys()).containsExactly(JAN, FEB);
        assertThat(m.width()).isEqualTo(3);
        assertThat(m.cohortSize(JAN)).isEqualTo(4);
        // Month 0: everybody, starting MRR 100 + 100 + 200 + 400 = 800.
        assertThat(m.cell(JAN, 0)).isEqualTo(new RetentionCell(4, 4, 800, 800, 800, USD));
        // Month 1: a, c, d pay; GRR = min(100,100) + min(200,200) + min(300,400) = 600 of 800.
        assertThat(m.cell(JAN, 1)).isEqualTo(new RetentionCell(4, 3, 800, 600, 600, USD));
        // Month 2: a (150, capped at 100) and d (300); b's reactivation does not count; c has no row
        // for March, so it paid 0 (churned, not censored). GRR 100 + 300 = 400, NRR 150 + 300 = 450.
        assertThat(m.cell(JAN, 2)).isEqualTo(new RetentionCell(4, 2, 800, 400, 450, USD));
        assertThat(m.logoRetention(JAN, 2)).isEqualTo(Ratio.of(2, 4));
        assertThat(m.grossRevenueRetention(JAN, 2)).isEqualTo(Ratio.of(400, 800));
        assertThat(m.netRevenueRetention(JAN, 2)).isEqualTo(Ratio.of(450, 800));
        // Cohort 2024-02: e (50) and f (100); month 1: e 50; month 2 is after March: right-censored.
        assertThat(m.cell(FEB, 1)).isEqualTo(new RetentionCell(2, 1, 150, 50, 50, USD));
        assertThat(m.cell(FEB, 2).isObservable()).isFalse();
        assertThat(m.logoRetention(FEB, 2).isDefined()).isFalse();
        assertThat(m.netRevenueRetention(FEB, 2).isDefined()).isFalse();
        assertThat(m.cell(FEB, 2).toString()).isEqualTo("not observable");
    }

    @Test
    void reactivationCountsWhenAsked() {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(EXAMPLE, CohortKey.acquisitionMonth(), AS_OF,
                CohortReactivationRule.COUNTS_AS_RETAINED);
        // b's 100 in March now counts: 3 retained, GRR 400 + 100, NRR 450 + 100.
        assertThat(m.cell(JAN, 2)).isEqualTo(new RetentionCell(4, 3, 800, 500, 550, USD));
        assertThat(m.rule()).isEqualTo(CohortReactivationRule.COUNTS_AS_RETAINED);
    }

    @Test
    void averagesAcrossCohortsAreNamed() {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(EXAMPLE);
        // Month 1: pooled (3 + 1) / (4 + 2) = 4/6; simple mean (3/4 + 1/2) / 2 = 5/8.
        CohortAverage pooled = m.average(RetentionMeasure.LOGO, 1, CohortAveraging.POOLED);
        CohortAverage simple = m.average(RetentionMeasure.LOGO, 1, CohortAveraging.SIMPLE_MEAN);
        assertThat(pooled.value()).isEqualTo(Ratio.of(4, 6));
        assertThat(pooled.cohorts()).isEqualTo(2);
        assertThat(simple.value().isEquivalent(Ratio.of(5, 8))).isTrue();
        // Revenue, month 1: pooled GRR (600 + 50) / (800 + 150); simple (600/800 + 50/150) / 2 = 13/24.
        assertThat(m.average(RetentionMeasure.GROSS_REVENUE, 1, CohortAveraging.POOLED).value())
                .isEqualTo(Ratio.of(650, 950));
        assertThat(m.average(RetentionMeasure.NET_REVENUE, 1, CohortAveraging.SIMPLE_MEAN).value()
                .isEquivalent(Ratio.of(13, 24))).isTrue();
        // Month 2: only the January cohort is observable; the censored one is left out, not counted as 0.
        CohortAverage month2 = m.average(RetentionMeasure.LOGO, 2, CohortAveraging.SIMPLE_MEAN);
        assertThat(month2.cohorts()).isEqualTo(1);
        assertThat(month2.value().isEquivalent(Ratio.of(1, 2))).isTrue();
        // Beyond the triangle nothing is observable: undefined.
        CohortAverage month9 = m.average(RetentionMeasure.LOGO, 9, CohortAveraging.POOLED);
        assertThat(month9.cohorts()).isZero();
        assertThat(month9.value().isDefined()).isFalse();
    }

    @Test
    void sizeWeightedAndSimpleMeanDiffer() {
        // The CohortAveraging Javadoc: 9 of 10 and 495 of 990 retained in month 1.
        List<MrrHistory> h = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            h.add(MrrHistory.of("s" + i, USD, JAN, 100, i < 9 ? 100 : 0));
        }
        for (int i = 0; i < 990; i++) {
            h.add(MrrHistory.of("b" + i, USD, FEB, 100, i < 495 ? 100 : 0));
        }
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(h, CohortKey.acquisitionMonth(), MAR, CohortReactivationRule.NOT_RETAINED);
        assertThat(m.average(RetentionMeasure.LOGO, 1, CohortAveraging.POOLED).value()).isEqualTo(Ratio.of(504, 1000));
        assertThat(m.average(RetentionMeasure.LOGO, 1, CohortAveraging.SIMPLE_MEAN).value().isEquivalent(Ratio.of(7, 10)))
                .isTrue();
    }

    @Test
    void userKeyCohortsHoldTheObservableMembersPerMonth() {
        RetentionMatrix<String> m = RetentionMatrix.of(EXAMPLE, CohortKey.acquisitionQuarter(), AS_OF,
                CohortReactivationRule.NOT_RETAINED);
        assertThat(m.keys()).containsExactly("2024-Q1");
        // Month 2 of Q1: only the January accounts are observable (4), not e and f.
        assertThat(m.cell("2024-Q1", 1)).isEqualTo(new RetentionCell(6, 4, 950, 650, 650, USD));
        assertThat(m.cell("2024-Q1", 2)).isEqualTo(new RetentionCell(4, 2, 800, 400, 450, USD));
    }

    @Test
    void historiesAfterAsOfAreIgnoredAndLaterMonthsCut() {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(EXAMPLE, CohortKey.acquisitionMonth(), FEB,
                CohortReactivationRule.NOT_RETAINED);
        assertThat(m.width()).isEqualTo(2);
        assertThat(m.cell(JAN, 1)).isEqualTo(new RetentionCell(4, 3, 800, 600, 600, USD));
        assertThat(m.cell(FEB, 0).observedAccounts()).isEqualTo(2);
    }

    @Test
    void emptyMatrix() {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(List.of());
        assertThat(m.keys()).isEmpty();
        assertThat(m.width()).isZero();
        assertThat(m.currency()).isEmpty();
        assertThat(m.average(RetentionMeasure.LOGO, 0, CohortAveraging.POOLED).value().isDefined()).isFalse();
    }

    @Test
    void allPathsAgree() {
        RetentionMatrix<YearMonth> r = AccumulatorChecks.assertAllPathsAgree(EXAMPLE,
                () -> RetentionMatrixAccumulator.create(AS_OF), RetentionMatrixAccumulator::result);
        assertThat(r).isEqualTo(RetentionMatrix.of(EXAMPLE));
        assertThat(AccumulatorChecks.roundTrip(r)).isEqualTo(r);
        assertThat(EXAMPLE.stream().collect(RetentionMatrixAccumulator.collector(CohortKey.acquisitionQuarter(), AS_OF,
                CohortReactivationRule.NOT_RETAINED)).keys()).containsExactly("2024-Q1");
    }

    @Test
    void theCollectorOverAYearBoundaryEqualsTheFactoryAndReportsItsSettings() {
        YearMonth nov = YearMonth.of(2023, 11);
        YearMonth jan = YearMonth.of(2024, 1);
        List<MrrHistory> book = List.of(MrrHistory.of("x", EUR, nov, 100, 100, 0), MrrHistory.of("y", EUR, nov, 100, 100, 100));
        RetentionMatrix<YearMonth> m = book.stream().collect(RetentionMatrixAccumulator.collector(jan));

        assertThat(m).isEqualTo(RetentionMatrix.of(book));
        assertThat(m.width()).isEqualTo(3);
        assertThat(m.logoRetention(nov, 2)).isEqualTo(Ratio.of(1, 2));
        assertThat(m.currency()).contains(EUR);
        assertThat(m).isNotEqualTo(RetentionMatrix.of(book.subList(0, 1)));
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(jan);
        book.forEach(acc);
        assertThat(acc.asOf()).isEqualTo(jan);
        assertThat(acc.rule()).isEqualTo(CohortReactivationRule.NOT_RETAINED);
        assertThat(acc).hasToString("RetentionMatrixAccumulator{asOf=2024-01, rule=NOT_RETAINED, cohorts=1}");
    }

    @Test
    void toStringShowsTheTriangle() {
        assertThat(RetentionMatrix.of(EXAMPLE).toString()).contains("2024-01 (4): 100.0 75.0 50.0")
                .contains("2024-02 (2): 100.0 50.0 -");
    }

    @Test
    void badInput() {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(AS_OF);
        acc.accept(EXAMPLE.get(0));
        RetentionMatrix<YearMonth> before = acc.result();
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("x", EUR, JAN, 100))).isInstanceOf(CurrencyMismatchException.class);
        assertThat(acc.result()).isEqualTo(before);
        assertThatThrownBy(() -> acc.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("history must not be null");
        RetentionMatrixAccumulator<YearMonth> eur = RetentionMatrixAccumulator.create(AS_OF);
        eur.accept(MrrHistory.of("x", EUR, JAN, 100));
        assertThatThrownBy(() -> acc.combine(eur)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> acc.combine(RetentionMatrixAccumulator.create(FEB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf 2024-03 / 2024-02");
        assertThatThrownBy(() -> acc.combine(RetentionMatrixAccumulator.create(CohortKey.acquisitionMonth(), AS_OF,
                CohortReactivationRule.COUNTS_AS_RETAINED))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule NOT_RETAINED / COUNTS_AS_RETAINED");
        assertThat(acc.result()).isEqualTo(before);
        RetentionMatrixAccumulator<String> nullKey = RetentionMatrixAccumulator.create((h, month) -> null, AS_OF,
                CohortReactivationRule.NOT_RETAINED);
        assertThatThrownBy(() -> nullKey.accept(EXAMPLE.get(0))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("cohort key of account a");
        assertThatThrownBy(() -> RetentionMatrixAccumulator.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf must not be null");
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(EXAMPLE);
        assertThatThrownBy(() -> m.cell(YearMonth.of(2020, 1), 0)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no cohort 2020-01");
        assertThatThrownBy(() -> m.cell(JAN, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> m.average(RetentionMeasure.LOGO, -1, CohortAveraging.POOLED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("month must not be negative: -1");
        assertThatThrownBy(() -> new RetentionCell(2, 3, 0, 0, 0, USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retainedAccounts (3) must be in 0..2");
        assertThatThrownBy(() -> new RetentionCell(2, 1, 10, 11, 0, USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grossRetainedMrrMinor (11) must be in 0..10");
        assertThatThrownBy(() -> new RetentionCell(-1, 0, 0, 0, 0, USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new CohortAverage(RetentionMeasure.LOGO, -1, CohortAveraging.POOLED, 0, Ratio.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("month must not be negative");
    }

    // ---- properties over random books of accounts ----

    static final YearMonth PROPERTY_AS_OF = YearMonth.of(2024, 8);

    @Provide
    Arbitrary<List<MrrHistory>> books() {
        return books(Arbitraries.strings().alpha().ofLength(6));
    }

    /** Up to 40 USD histories starting in 2024-01 .. 2024-10, up to 12 months, a quarter of them zero. */
    static Arbitrary<List<MrrHistory>> books(Arbitrary<String> ids) {
        Arbitrary<Long> mrr = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 100_000)));
        Arbitrary<MrrHistory> history = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                mrr.list().ofMinSize(0).ofMaxSize(12),
                ids)
                .as((start, values, id) -> MrrHistory.of(id, USD, YearMonth.of(2024, 1).plusMonths(start),
                        values.stream().mapToLong(Long::longValue).toArray()));
        return history.list().ofMaxSize(40);
    }

    @Property
    void logoCellsWithinZeroAndOneAndMonthZeroIsOne(@ForAll("books") List<MrrHistory> book) {
        for (CohortReactivationRule rule : CohortReactivationRule.values()) {
            RetentionMatrix<YearMonth> m = RetentionMatrix.of(book, CohortKey.acquisitionMonth(), PROPERTY_AS_OF, rule);
            for (YearMonth key : m.keys()) {
                assertThat(m.logoRetention(key, 0)).isEqualTo(Ratio.of(m.cohortSize(key), m.cohortSize(key)));
                assertThat(m.grossRevenueRetention(key, 0).isEquivalent(Ratio.ONE)).isTrue();
                for (RetentionCell c : m.row(key)) {
                    if (c.isObservable()) {
                        assertThat(c.logoRetention().toDouble()).isBetween(0.0, 1.0);
                        assertThat(c.grossRevenueRetention().toDouble()).isBetween(0.0, 1.0);
                    } else {
                        assertThat(c.logoRetention().isDefined()).isFalse();
                    }
                }
            }
        }
    }

    @Property
    void logoRetentionNeverIncreasesWithoutReactivation(@ForAll("books") List<MrrHistory> book) {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(book, CohortKey.acquisitionMonth(), PROPERTY_AS_OF,
                CohortReactivationRule.NOT_RETAINED);
        for (YearMonth key : m.keys()) {
            List<RetentionCell> row = m.row(key);
            for (int k = 1; k < row.size() && row.get(k).isObservable(); k++) {
                assertThat(row.get(k).logoRetention()).isLessThanOrEqualTo(row.get(k - 1).logoRetention());
            }
        }
    }

    @Property
    void parallelEqualsSequential(@ForAll("books") List<MrrHistory> book) {
        AccumulatorChecks.assertAllPathsAgree(book, () -> RetentionMatrixAccumulator.create(CohortKey.acquisitionQuarter(),
                PROPERTY_AS_OF, CohortReactivationRule.NOT_RETAINED), RetentionMatrixAccumulator::result);
    }
}
