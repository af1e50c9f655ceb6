package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Issue 14: the matrix's long sums never wrap round; they are exact or fail with nothing changed. */
class RetentionMatrixOverflowTest {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2024, 1);
    static final YearMonth FEB = YearMonth.of(2024, 2);
    static final long BIG = 6_000_000_000_000_000_000L;

    @Test
    void pooledAverageIsExactBeyondALong() {
        // Two cohorts of 6e18 minor units each: the pooled base is 1.2e19, beyond a long, and
        // wrapped round it used to give a negative base and a retention like -112 %.
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(List.of(MrrHistory.of("a", USD, JAN, BIG, BIG / 40),
                MrrHistory.of("b", USD, JAN, 0, BIG, BIG / 40)));
        CohortAverage avg = m.average(RetentionMeasure.GROSS_REVENUE, 1, CohortAveraging.POOLED);
        BigDecimal twice = new BigDecimal(BigInteger.valueOf(BIG).multiply(BigInteger.TWO));
        assertThat(avg.value()).isEqualTo(Ratio.of(twice.divide(BigDecimal.valueOf(40)), twice));
        assertThat(avg.value().toPercent(1, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("2.5");
        assertThat(m.average(RetentionMeasure.GROSS_REVENUE, 1, CohortAveraging.SIMPLE_MEAN).value().isEquivalent(
                Ratio.of(1, 40))).isTrue();
    }

    @Test
    void acceptThatWouldOverflowACellFailsAndChangesNothing() {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(FEB);
        acc.accept(MrrHistory.of("a", USD, JAN, BIG, BIG / 40));
        RetentionMatrix<YearMonth> before = acc.result();
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("b", USD, JAN, BIG, BIG / 40)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("starting MRR")
                .hasMessageContaining("2024-01").hasMessageContaining("overflows");
        assertThat(acc.result()).isEqualTo(before);
        // The grossly wrong answer of the issue (50 % for 2.5 %) is gone: what is there is exact.
        assertThat(acc.result().grossRevenueRetention(JAN, 1)).isEqualTo(Ratio.of(BIG / 40, BIG));
    }

    /** An overflow in a later month takes back the months already added, in place and in a grown row. */
    @Test
    void anOverflowInALaterMonthTakesBackTheEarlierMonths() {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(FEB);
        acc.accept(MrrHistory.of("a", USD, JAN, 1, Long.MAX_VALUE - 5));
        RetentionMatrix<YearMonth> before = acc.result();
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("b", USD, JAN, 1, 10)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("net retained MRR")
                .hasMessageContaining("in month 1");
        assertThat(acc.result()).isEqualTo(before);
        assertThat(acc.result().cell(JAN, 0).startingMrrMinor()).isEqualTo(1);

        YearMonth mar = FEB.plusMonths(1);
        RetentionMatrixAccumulator<String> one = RetentionMatrixAccumulator.create((h, m) -> "all", mar,
                CohortReactivationRule.COUNTS_AS_RETAINED);
        one.accept(MrrHistory.of("f", USD, FEB, 1, Long.MAX_VALUE - 5));
        RetentionMatrix<String> shorter = one.result();
        assertThatThrownBy(() -> one.accept(MrrHistory.of("j", USD, JAN, 1, 10, 10)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("net retained MRR");
        assertThat(one.result()).isEqualTo(shorter);
        one.accept(MrrHistory.of("k", USD, JAN, 1, 1, 1));
        assertThat(one.result().cell("all", 1).netRetainedMrrMinor()).isEqualTo(Long.MAX_VALUE - 4);
    }

    /**
     * The take-back undoes several months exactly, under both rules: unpaid months in the middle (reactivation
     * counted as retained) and paying months before the overflow (a lapse ends retention).
     */
    @Test
    void theTakeBackUndoesEveryEarlierMonthUnderBothRules() {
        YearMonth apr = JAN.plusMonths(3);
        for (CohortReactivationRule rule : CohortReactivationRule.values()) {
            RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(CohortKey.acquisitionMonth(),
                    apr, rule);
            acc.accept(MrrHistory.of("a", USD, JAN, 7, 0, 3, 4));
            acc.accept(MrrHistory.of("b", USD, JAN, 2, 4, 9, Long.MAX_VALUE - 5));
            RetentionMatrix<YearMonth> before = acc.result();
            // Under NOT_RETAINED an unpaid month would end c's retention before the overflow, so c pays throughout.
            long middle = rule == CohortReactivationRule.COUNTS_AS_RETAINED ? 0 : 6;
            assertThatThrownBy(() -> acc.accept(MrrHistory.of("c", USD, JAN, 5, middle, 1, 10)))
                    .as("%s", rule).isInstanceOf(ArithmeticException.class).hasMessageContaining("in month 3");
            assertThat(acc.result()).as("%s", rule).isEqualTo(before);
        }
    }

    @Test
    void combineThatWouldOverflowFailsAndChangesNothing() {
        RetentionMatrixAccumulator<YearMonth> left = RetentionMatrixAccumulator.create(FEB);
        left.accept(MrrHistory.of("a", USD, JAN, BIG, BIG));
        RetentionMatrixAccumulator<YearMonth> right = RetentionMatrixAccumulator.create(FEB);
        right.accept(MrrHistory.of("b", USD, JAN, BIG, BIG));
        RetentionMatrix<YearMonth> before = left.result();
        assertThatThrownBy(() -> left.combine(right)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("2024-01");
        assertThat(left.result()).isEqualTo(before);
    }

    @Test
    void farFutureAsOfIsRejectedByName() {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(YearMonth.of(999_999_999, 12));
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("a", USD, JAN, 100))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf").hasMessageContaining("999999999-12");
        assertThat(acc.result().keys()).isEmpty();
        assertThatThrownBy(() -> RetentionMatrix.of(List.of(MrrHistory.of("a", USD, YearMonth.of(-999_999_999, 1), 1),
                MrrHistory.of("b", USD, YearMonth.of(999_999_999, 12), 1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf");
    }

    /** The overflow property of the bulk accumulator: near Long.MAX_VALUE, exact or a named failure. */
    @Property(tries = 200)
    void nearLongMaxTheSumsAreExactOrTheAccumulatorIsUnchanged(@ForAll("amounts") List<Long> amounts) {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(FEB);
        BigInteger exact = BigInteger.ZERO;
        List<MrrHistory> accepted = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            MrrHistory h = MrrHistory.of("a" + i, USD, JAN, amounts.get(i), amounts.get(i));
            RetentionMatrix<YearMonth> before = acc.result();
            BigInteger next = exact.add(BigInteger.valueOf(amounts.get(i)));
            if (next.bitLength() < 64) {
                acc.accept(h);
                exact = next;
                accepted.add(h);
            } else {
                assertThatThrownBy(() -> acc.accept(h)).isInstanceOf(ArithmeticException.class)
                        .hasMessageContaining("overflows");
                assertThat(acc.result()).isEqualTo(before);
            }
        }
        if (!accepted.isEmpty()) {
            assertThat(acc.result().cell(JAN, 1).startingMrrMinor()).isEqualTo(exact.longValueExact());
            assertThat(acc.result().cell(JAN, 1).netRetainedMrrMinor()).isEqualTo(exact.longValueExact());
        }
    }

    @Provide
    Arbitrary<List<Long>> amounts() {
        return Arbitraries.longs().between(1, Long.MAX_VALUE).edgeCases(e -> e.add(Long.MAX_VALUE))
                .list().ofMinSize(1).ofMaxSize(6);
    }
}
