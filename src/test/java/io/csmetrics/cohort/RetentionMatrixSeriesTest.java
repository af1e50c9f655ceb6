package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.MrrHistory;
import io.csmetrics.Tamper;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link RetentionMatrixAccumulator#acceptSeries}: the same matrix as {@code accept} of the history,
 * for the built-in keys (which key an account from its acquisition month, remembered per month) and
 * for any other key; and the built-in keys' remembered path against the same keys written as plain
 * lambdas, which take the history path.
 */
class RetentionMatrixSeriesTest {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final YearMonth JAN = YearMonth.of(2024, 1);
    static final YearMonth AS_OF = YearMonth.of(2024, 8);

    /** The built-in keys as lambdas: no {@link AcquisitionKey}, so the accumulator builds and passes the history. */
    static final CohortKey<YearMonth> MONTH_LAMBDA = (h, month) -> month;
    static final CohortKey<String> QUARTER_LAMBDA = (h, month) -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    /** A key that reads the history, not only the acquisition month. */
    static final CohortKey<String> BY_ID = (h, month) -> h.accountId().substring(0, 1);

    @Provide
    Arbitrary<List<MrrHistory>> books() {
        // Ids over three letters, so that the key by first letter groups several accounts.
        return RetentionMatrixTest.books(Arbitraries.strings().withChars("abc").ofLength(4));
    }

    /** Each history's values at a random place in a larger array with garbage around it, as a table's row is. */
    static <K extends Comparable<? super K>> void acceptAsSeries(RetentionMatrixAccumulator<K> acc, MrrHistory h,
            Random r) {
        int from = r.nextInt(4);
        long[] units = new long[from + h.length() + r.nextInt(4)];
        Arrays.fill(units, -7);
        h.getMinorUnits(0, h.length(), units, from);
        long[] before = units.clone();
        acc.acceptSeries(h.accountId(), h.currency(), h.firstMonth(), units, from, h.length());
        assertThat(units).as("acceptSeries leaves the array as it was").isEqualTo(before);
    }

    static <K extends Comparable<? super K>> RetentionMatrix<K> bySeries(List<MrrHistory> book, CohortKey<K> key,
            CohortReactivationRule rule, long seed) {
        RetentionMatrixAccumulator<K> acc = RetentionMatrixAccumulator.create(key, AS_OF, rule);
        Random r = new Random(seed);
        for (MrrHistory h : book) {
            acceptAsSeries(acc, h, r);
        }
        return acc.result();
    }

    @Property
    void acceptSeriesEqualsAcceptOfTheHistory(@ForAll("books") List<MrrHistory> book, @ForAll long seed) {
        for (CohortReactivationRule rule : CohortReactivationRule.values()) {
            assertThat(bySeries(book, CohortKey.acquisitionMonth(), rule, seed))
                    .isEqualTo(RetentionMatrix.of(book, CohortKey.acquisitionMonth(), AS_OF, rule));
            assertThat(bySeries(book, CohortKey.acquisitionQuarter(), rule, seed))
                    .isEqualTo(RetentionMatrix.of(book, CohortKey.acquisitionQuarter(), AS_OF, rule));
            assertThat(bySeries(book, BY_ID, rule, seed)).isEqualTo(RetentionMatrix.of(book, BY_ID, AS_OF, rule));
        }
    }

    @Property
    void builtInKeysEqualTheSameKeysAsLambdas(@ForAll("books") List<MrrHistory> book, @ForAll long seed) {
        for (CohortReactivationRule rule : CohortReactivationRule.values()) {
            assertThat(bySeries(book, CohortKey.acquisitionQuarter(), rule, seed))
                    .isEqualTo(RetentionMatrix.of(book, QUARTER_LAMBDA, AS_OF, rule));
            assertThat(bySeries(book, CohortKey.acquisitionMonth(), rule, seed))
                    .isEqualTo(RetentionMatrix.of(book, MONTH_LAMBDA, AS_OF, rule));
        }
    }

    /**
     * Accepting after a combine: the combine grows and adds rows the accumulator remembers per
     * acquisition month, and later series must land in the combined rows.
     */
    @Property
    void seriesAndCombineInAnyMixEqualTheLambdaKey(@ForAll("books") List<MrrHistory> book, @ForAll long seed) {
        Random r = new Random(seed);
        int a = r.nextInt(book.size() + 1);
        int b = a + r.nextInt(book.size() - a + 1);
        RetentionMatrixAccumulator<String> acc = RetentionMatrixAccumulator.create(CohortKey.acquisitionQuarter(), AS_OF,
                CohortReactivationRule.NOT_RETAINED);
        RetentionMatrixAccumulator<String> other = RetentionMatrixAccumulator.create(CohortKey.acquisitionQuarter(),
                AS_OF, CohortReactivationRule.NOT_RETAINED);
        for (MrrHistory h : book.subList(0, a)) {
            acceptAsSeries(acc, h, r);
        }
        for (MrrHistory h : book.subList(a, b)) {
            other.accept(h);
        }
        acc.combine(other);
        for (MrrHistory h : book.subList(b, book.size())) {
            if (r.nextBoolean()) {
                acceptAsSeries(acc, h, r);
            } else {
                acc.accept(h);
            }
        }
        assertThat(acc.result()).isEqualTo(RetentionMatrix.of(book, QUARTER_LAMBDA, AS_OF,
                CohortReactivationRule.NOT_RETAINED));
    }

    @Property
    void seriesPartialsCombineAsSequential(@ForAll("books") List<MrrHistory> book) {
        Supplier<RetentionMatrixAccumulator<String>> factory = () -> RetentionMatrixAccumulator.create(
                CohortKey.acquisitionQuarter(), AS_OF, CohortReactivationRule.NOT_RETAINED);
        RetentionMatrix<String> sequential = AccumulatorChecks.assertAllPathsAgree(book, factory,
                RetentionMatrixAccumulator::result);
        assertThat(bySeries(book, CohortKey.acquisitionQuarter(), CohortReactivationRule.NOT_RETAINED, 1))
                .isEqualTo(sequential);
    }

    @Test
    void aQuarterRowGrownByAnEarlierMonthKeepsTakingTheLaterMonths() {
        // March first, twice (a one-month row as of March, then remembered for March), then January grows
        // the quarter's row, then March again must add to the grown row, not to the one it replaced.
        RetentionMatrixAccumulator<String> acc = RetentionMatrixAccumulator.create(CohortKey.acquisitionQuarter(),
                YearMonth.of(2024, 3), CohortReactivationRule.NOT_RETAINED);
        long[] units = {0, 0, 100};
        acc.acceptSeries("m1", USD, JAN, units, 0, 3);
        acc.acceptSeries("m2", USD, JAN, units, 0, 3);
        acc.acceptSeries("j", USD, JAN, new long[] {10, 10, 0}, 0, 3);
        acc.acceptSeries("m3", USD, JAN, units, 0, 3);
        RetentionMatrix<String> m = acc.result();
        assertThat(m.keys()).containsExactly("2024-Q1");
        assertThat(m.cell("2024-Q1", 0)).isEqualTo(new RetentionCell(4, 4, 310, 310, 310, USD));
        assertThat(m.cell("2024-Q1", 1)).isEqualTo(new RetentionCell(1, 1, 10, 10, 10, USD));
        assertThat(m.cell("2024-Q1", 2)).isEqualTo(new RetentionCell(1, 0, 10, 0, 0, USD));
    }

    @Test
    void theBuiltInKeysSurviveSerialisationAsThemselves() throws Exception {
        RetentionMatrixAccumulator<String> acc = RetentionMatrixAccumulator.create(CohortKey.acquisitionQuarter(), AS_OF,
                CohortReactivationRule.NOT_RETAINED);
        acc.acceptSeries("a", USD, JAN, new long[] {100, 100}, 0, 2);
        @SuppressWarnings("unchecked")
        RetentionMatrixAccumulator<String> copy = (RetentionMatrixAccumulator<String>) Tamper.read(Tamper.write(acc));
        copy.acceptSeries("b", USD, JAN, new long[] {0, 50}, 0, 2);
        acc.acceptSeries("b", USD, JAN, new long[] {0, 50}, 0, 2);
        assertThat(copy.result()).isEqualTo(acc.result());
        assertThat(Tamper.read(Tamper.write(CohortKey.acquisitionMonth()))).isSameAs(CohortKey.acquisitionMonth());
        assertThat(CohortKey.acquisitionQuarter().keyOf(null, YearMonth.of(2024, 2))).isEqualTo("2024-Q1");
        assertThat(CohortKey.acquisitionQuarter()).hasToString("CohortKey.acquisitionQuarter()");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(AS_OF);
        acc.acceptSeries("a", USD, JAN, new long[] {100, 100}, 0, 2);
        RetentionMatrix<YearMonth> before = acc.result();
        long[] ok = {1, 2, 3};
        assertThatThrownBy(() -> acc.acceptSeries(null, USD, JAN, ok, 0, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("accountId must not be null");
        assertThatThrownBy(() -> acc.acceptSeries("a", null, JAN, ok, 0, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency must not be null");
        assertThatThrownBy(() -> acc.acceptSeries("a", USD, null, ok, 0, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("firstMonth must not be null");
        assertThatThrownBy(() -> acc.acceptSeries("a", USD, JAN, null, 0, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("minorUnits must not be null");
        assertThatThrownBy(() -> acc.acceptSeries(" ", USD, JAN, ok, 0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be blank: ' '");
        assertThatThrownBy(() -> acc.acceptSeries("a", Currency.getInstance("XXX"), JAN, ok, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XXX has no defined minor digits");
        assertThatThrownBy(() -> acc.acceptSeries("a", USD, JAN, ok, -1, 2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("from (-1) and length (2) must lie within minorUnits (length 3)");
        assertThatThrownBy(() -> acc.acceptSeries("a", USD, JAN, ok, 0, -1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("from (0) and length (-1) must lie within minorUnits (length 3)");
        assertThatThrownBy(() -> acc.acceptSeries("a", USD, JAN, ok, 2, 2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("from (2) and length (2) must lie within minorUnits (length 3)");
        assertThatThrownBy(() -> acc.acceptSeries("a", USD, JAN, ok, Integer.MAX_VALUE, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> acc.acceptSeries("z", USD, JAN, new long[] {-5, 10, -1}, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minorUnits[2] (month 1 from 2024-01) must not be negative: -1 (account z)");
        assertThatThrownBy(() -> acc.acceptSeries("e", EUR, JAN, ok, 0, 3)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> acc.acceptSeries("old", USD, YearMonth.of(1000, 1), ok, 0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 12000 months after the acquisition of account old (1000-01)");
        assertThat(acc.result()).isEqualTo(before);

        // An overflow anywhere in the row is refused before anything is written.
        RetentionMatrixAccumulator<String> big = RetentionMatrixAccumulator.create(CohortKey.acquisitionQuarter(),
                YearMonth.of(2024, 2), CohortReactivationRule.NOT_RETAINED);
        big.acceptSeries("a", USD, JAN, new long[] {Long.MAX_VALUE - 1, Long.MAX_VALUE - 1}, 0, 2);
        RetentionMatrix<String> one = big.result();
        assertThatThrownBy(() -> big.acceptSeries("b", USD, JAN, new long[] {2, 2}, 0, 2))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("the starting MRR of cohort 2024-Q1 in month 0");
        assertThat(big.result()).isEqualTo(one);

        // A key that needs the history gets it, and a null key names the account.
        RetentionMatrixAccumulator<String> nullKey = RetentionMatrixAccumulator.create((h, month) -> null, AS_OF,
                CohortReactivationRule.NOT_RETAINED);
        assertThatThrownBy(() -> nullKey.acceptSeries("n", USD, JAN, ok, 0, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("the cohort key of account n must not be null");
        assertThat(nullKey.result().keys()).isEmpty();
    }

    @Test
    void anEmptyOrNeverPayingSeriesIsIgnoredAsItsHistoryIs() {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(AS_OF);
        acc.acceptSeries("a", USD, JAN, new long[] {5}, 1, 0);
        acc.acceptSeries("b", USD, JAN, new long[] {0, 0, 0}, 0, 3);
        acc.acceptSeries("late", USD, AS_OF.plusMonths(1), new long[] {5}, 0, 1);
        assertThat(acc.result()).isEqualTo(RetentionMatrix.of(List.of(MrrHistory.of("a", USD, JAN),
                MrrHistory.of("b", USD, JAN, 0, 0, 0), MrrHistory.of("late", USD, AS_OF.plusMonths(1), 5)),
                CohortKey.acquisitionMonth(), AS_OF, CohortReactivationRule.NOT_RETAINED));
        assertThat(acc.result().keys()).isEmpty();
    }
}
