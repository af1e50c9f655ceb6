package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevenueRetentionAccumulatorTest {

    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Money JPY_50K = Money.of("50000", "JPY");
    private static final Money JPY_100K = Money.of("100000", "JPY");
    private static final YearMonth JAN_2024 = YearMonth.of(2024, 1);
    private static final YearMonth FEB_2024 = YearMonth.of(2024, 2);
    private static final YearMonth JAN_2025 = YearMonth.of(2025, 1);

    private static long jpy(Money m) {
        return m.toMinorUnits();
    }

    /**
     * DESIGN.md NRR example, built on the documents' revenue-churn company: plans 50,000 × 10 and 100,000 × 10
     * (MRR = customers × fee = 1,500,000 JPY); three 100,000 customers leave (churned 300,000); extended with two
     * 50,000 customers upgrading to 100,000 (upsell 100,000) and one 100,000 customer downgrading to 50,000
     * (contraction 50,000); plus one new 100,000 customer at the end, who must not count.
     */
    static List<MrrHistory> designExample(YearMonth start, int months) {
        List<MrrHistory> h = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long end = i < 2 ? jpy(JPY_100K) : jpy(JPY_50K);
            h.add(series("small-" + i, start, months, jpy(JPY_50K), end));
        }
        for (int i = 0; i < 10; i++) {
            long end = i < 3 ? 0 : i == 3 ? jpy(JPY_50K) : jpy(JPY_100K);
            h.add(series("large-" + i, start, months, jpy(JPY_100K), end));
        }
        h.add(MrrHistory.of("newcomer", JPY, start.plusMonths(months), jpy(JPY_100K)));
        return h;
    }

    private static MrrHistory series(String id, YearMonth start, int months, long from, long to) {
        long[] v = new long[months + 1];
        java.util.Arrays.fill(v, from);
        v[months] = to;
        return MrrHistory.of(id, JPY, start, v);
    }

    /*
     * NRR (documents) = (start + upsell − churned) / start = (1,500,000 + 100,000 − 300,000) / 1,500,000 = 86.67 %
     * NRR (standard)  = (start + expansion − contraction − churn) / start
     *                 = (1,500,000 + 100,000 − 50,000 − 300,000) / 1,500,000 = 83.33 %
     * GRR             = (1,500,000 − 50,000 − 300,000) / 1,500,000 = 76.67 %
     */
    @ParameterizedTest
    @CsvSource({
        "DOCUMENTS_SIMPLE, 1300000, 86.67",
        "STANDARD,         1250000, 83.33",
    })
    void designNrrInBothForms(NrrFormula formula, long numerator, String percent) {
        for (int months : new int[] {1, 12}) {
            RevenueRetention r = AccumulatorChecks.assertAllPathsAgree(designExample(JAN_2024, months),
                    () -> RevenueRetentionAccumulator.create(JPY, JAN_2024, JAN_2024.plusMonths(months)),
                    RevenueRetentionAccumulator::retention);

            assertThat(Mrr.of(r.startMrr())).isEqualTo(Mrr.ofCustomers(10, JPY_50K).plus(Mrr.ofCustomers(10, JPY_100K)));
            Ratio nrr = r.nrr(formula, ReactivationRule.INCLUDE_REACTIVATED);
            assertThat(nrr).isEqualTo(Ratio.of(numerator, 1_500_000));
            assertThat(nrr.toPercent(2, RoundingMode.HALF_UP)).isEqualByComparingTo(percent);
            assertThat(r.grr()).isEqualTo(Ratio.of(1_150_000, 1_500_000));
            assertThat(r.startAccounts()).isEqualTo(20);
            assertThat(r.churn()).isEqualTo(MovementTotal.of(Money.of("300000", "JPY"), 3));
            assertThat(r.expansion()).isEqualTo(MovementTotal.of(Money.of("100000", "JPY"), 2));
            assertThat(r.contraction()).isEqualTo(MovementTotal.of(Money.of("50000", "JPY"), 1));
            assertThat(r.toString()).contains("NRR 83.33 %, GRR 76.67 %");
        }
    }

    @Test
    void standardNrrIsEndMrrOfStartAccountsOverStartMrr() {
        RevenueRetention r = designExample(JAN_2024, 12).stream()
                .collect(RevenueRetentionAccumulator.collector(JPY, JAN_2024, JAN_2025));

        assertThat(r.nrr()).isEqualTo(Ratio.of(r.endMrr().amount(), r.startMrr().amount()));
        assertThat(r.endMrr()).isEqualTo(Money.of("1250000", "JPY"));
    }

    /*
     * Two USD accounts over Jan 2024 → Jan 2025: "steady" pays 100 → 120; "returner" pays 100, stops for months
     * 3–5 and returns at 80. Start 200.
     *   INCLUDE_REACTIVATED: E = 20, C = 20, X = 0   → NRR (200 + 20 − 20 − 0) / 200 = 200/200, GRR 180/200
     *   EXCLUDE_REACTIVATED: E = 20, C = 0,  X = 100 → NRR (200 + 20 − 0 − 100) / 200 = 120/200, GRR 100/200
     *   documents' form, excluded: (200 + 20 − 100) / 200 = 120/200
     */
    @Test
    void reactivationRuleDecidesWhetherAReturnIsRetention() {
        long[] returner = new long[13];
        java.util.Arrays.fill(returner, 100_00);
        returner[3] = returner[4] = returner[5] = 0;
        java.util.Arrays.fill(returner, 6, 13, 80_00);
        long[] steady = new long[13];
        java.util.Arrays.fill(steady, 100_00);
        steady[12] = 120_00;
        RevenueRetention r = List.of(MrrHistory.of("returner", USD, JAN_2024, returner),
                MrrHistory.of("steady", USD, JAN_2024, steady)).stream()
                .collect(RevenueRetentionAccumulator.collector(USD, JAN_2024, JAN_2025));

        assertThat(r.reactivated().accounts()).isEqualTo(1);
        assertThat(r.nrr(NrrFormula.STANDARD, ReactivationRule.INCLUDE_REACTIVATED)).isEqualTo(Ratio.of(200, 200));
        assertThat(r.grr(ReactivationRule.INCLUDE_REACTIVATED)).isEqualTo(Ratio.of(180, 200));
        assertThat(r.nrr(NrrFormula.STANDARD, ReactivationRule.EXCLUDE_REACTIVATED)).isEqualTo(Ratio.of(120, 200));
        assertThat(r.grr(ReactivationRule.EXCLUDE_REACTIVATED)).isEqualTo(Ratio.of(100, 200));
        assertThat(r.nrr(NrrFormula.DOCUMENTS_SIMPLE, ReactivationRule.EXCLUDE_REACTIVATED)).isEqualTo(Ratio.of(120, 200));
    }

    @Test
    void bulkEqualsObjectApiAndIgnoresAccountsNotPayingAtTheStart() {
        RevenueRetentionAccumulator bulk = RevenueRetentionAccumulator.create(JPY, JAN_2024, FEB_2024);
        for (MrrHistory h : designExample(JAN_2024, 1)) {
            long[] v = h.toMinorUnitsArray();
            bulk.accept((int) Months.between(JAN_2024, h.firstMonth()), v, 0, v.length);
        }
        bulk.accept(-3, new long[] {7, 7, 7, 0, 9}, 0, 5);

        assertThat(bulk.retention()).isEqualTo(designExample(JAN_2024, 1).stream()
                .collect(RevenueRetentionAccumulator.collector(JPY, JAN_2024, FEB_2024)));
    }

    @Test
    void noStartAccountsGiveUndefinedRates() {
        RevenueRetention r = RevenueRetentionAccumulator.create(USD, JAN_2024, JAN_2025).retention();

        assertThat(r.nrr().isDefined()).isFalse();
        assertThat(r.grr().isDefined()).isFalse();
        assertThat(r.toString()).contains("NRR undefined, GRR undefined");
    }

    @Test
    void rejectsBadInputAndChangesNothing() {
        RevenueRetentionAccumulator acc = RevenueRetentionAccumulator.create(USD, JAN_2024, FEB_2024);
        acc.accept(0, new long[] {5, 6}, 0, 2);
        RevenueRetention before = acc.retention();

        assertThatThrownBy(() -> acc.accept(0, new long[] {5, -6}, 0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minorUnits[1] must not be negative: -6 (month offset 1)");
        assertThatThrownBy(() -> acc.accept(0, new long[] {5}, 0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> acc.accept(0, null, 0, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("minorUnits must not be null");
        assertThatThrownBy(() -> acc.accept((MrrHistory) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("history must not be null");
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("x", JPY, JAN_2024, 1))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> acc.accept(0, new long[] {Long.MAX_VALUE, 1}, 0, 2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> acc.combine(RevenueRetentionAccumulator.create(USD, JAN_2024, JAN_2025)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("other's months 2024-01→2025-01 differ from this 2024-01→2024-02");
        assertThatThrownBy(() -> acc.combine(RevenueRetentionAccumulator.create(JPY, JAN_2024, FEB_2024)))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> acc.combine(null)).isInstanceOf(NullPointerException.class);
        assertThat(acc.retention()).isEqualTo(before);

        assertThatThrownBy(() -> RevenueRetentionAccumulator.create(USD, JAN_2024, JAN_2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("endMonth (2024-01) must be after startMonth (2024-01)");
        assertThatThrownBy(() -> RevenueRetentionAccumulator.create(USD, FEB_2024, JAN_2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be before startMonth");
        assertThatThrownBy(() -> RevenueRetentionAccumulator.create(null, JAN_2024, FEB_2024))
                .isInstanceOf(NullPointerException.class).hasMessage("currency must not be null");
        assertThatThrownBy(() -> RevenueRetentionAccumulator.collector(USD, null, FEB_2024))
                .isInstanceOf(NullPointerException.class).hasMessage("startMonth must not be null");
    }

    @Test
    void resultRejectsInconsistentComponents() {
        Money start = Money.of("100.00", "USD");
        MovementTotal none = MovementTotal.of(Money.of("0.00", "USD"), 0);
        RevenueRetention.Reactivated noReturns = new RevenueRetention.Reactivated(0, Money.of("0.00", "USD"), none, none);

        assertThatThrownBy(() -> new RevenueRetention(JAN_2024, FEB_2024, start, 1, none, none, none,
                Money.of("90.00", "USD"), noReturns))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention bridge does not sum");
        assertThatThrownBy(() -> new RevenueRetention(JAN_2024, FEB_2024, start, 0, none, none, none, start, noReturns))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("startMrr (USD 100.00) must be zero exactly when startAccounts (0) is zero");
        assertThatThrownBy(() -> new RevenueRetention(JAN_2024, FEB_2024, start, 1, none, none,
                MovementTotal.of(Money.of("150.00", "USD"), 1), Money.of("-50.00", "USD"), noReturns))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contraction + churn (USD 150.00) exceeds startMrr (USD 100.00)");
        assertThatThrownBy(() -> new RevenueRetention(JAN_2024, FEB_2024, start, 1, none, none,
                MovementTotal.of(Money.of("50.00", "USD"), 2), Money.of("50.00", "USD"), noReturns))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expansion, contraction and churn counts (2) exceed startAccounts (1)");
        assertThatThrownBy(() -> new RevenueRetention(JAN_2024, JAN_2024, start, 1, none, none, none, start, noReturns))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RevenueRetention.Reactivated(-1, start, none, none))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("accounts must not be negative: -1");
        assertThatThrownBy(() -> new RevenueRetention(JAN_2024, FEB_2024, start, 1, none, none, none, start,
                new RevenueRetention.Reactivated(1, Money.of("200.00", "USD"), none, none)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the totals");
        assertThatThrownBy(() -> new RevenueRetention(JAN_2024, FEB_2024, start, 1, none, none, none, start, noReturns)
                .nrr(null, ReactivationRule.INCLUDE_REACTIVATED))
                .isInstanceOf(NullPointerException.class).hasMessage("formula must not be null");
        assertThatThrownBy(() -> new RevenueRetention(JAN_2024, FEB_2024, start, 1, none, none, none, start, noReturns)
                .grr(null))
                .isInstanceOf(NullPointerException.class).hasMessage("rule must not be null");
    }

    @Test
    void aHistoryEndingBeforeTheEndMonthIsChurn() {
        RevenueRetentionAccumulator objects = RevenueRetentionAccumulator.create(USD, JAN_2024, JAN_2025);
        objects.accept(MrrHistory.of("short", USD, JAN_2024, 100_00, 100_00));
        RevenueRetentionAccumulator bulk = RevenueRetentionAccumulator.create(USD, JAN_2024, JAN_2025);
        bulk.accept(0, new long[] {100_00, 100_00}, 0, 2);

        RevenueRetention r = objects.retention();
        assertThat(r.churn()).isEqualTo(MovementTotal.of(Money.ofMinor(100_00, USD), 1));
        assertThat(r.endMrr()).isEqualTo(Money.zero(USD));
        assertThat(bulk.retention()).isEqualTo(r);
    }

    @Test
    void aSliceOnlyReadsItsOwnMonths() {
        // Row-major matrix of two accounts × two months: the next row's value must not pass for an end MRR.
        long[] matrix = {100_00, 100_00, 999_00, 999_00};
        RevenueRetentionAccumulator acc = RevenueRetentionAccumulator.create(USD, JAN_2024, YearMonth.of(2024, 3));
        acc.accept(0, matrix, 0, 2);
        // A row ending before the start month is no account at the start, whatever follows it.
        acc.accept(-2, matrix, 0, 2);

        assertThat(acc.retention().churn()).isEqualTo(MovementTotal.of(Money.ofMinor(100_00, USD), 1));
        assertThat(acc.retention().startAccounts()).isEqualTo(1);
    }

    @Test
    void bulkCountsAReturnOnlyIfTheAccountDippedAfterTheStart() {
        YearMonth apr = YearMonth.of(2024, 4);
        RevenueRetentionAccumulator acc = RevenueRetentionAccumulator.create(USD, FEB_2024, apr);
        // Not paying in January (before the start) is no dip; paying again in April at the same price is a return.
        acc.accept(-1, new long[] {0, 100_00, 100_00, 100_00}, 0, 4);
        acc.accept(-1, new long[] {0, 50_00, 0, 50_00}, 0, 4);

        RevenueRetention r = acc.retention();
        assertThat(r.reactivated().accounts()).isEqualTo(1);
        assertThat(r.reactivated().startMrr()).isEqualTo(Money.ofMinor(50_00, USD));
        assertThat(r.reactivated().expansion().count()).isZero();
        assertThat(r.reactivated().contraction().count()).isZero();
        RevenueRetentionAccumulator objects = RevenueRetentionAccumulator.create(USD, FEB_2024, apr);
        objects.accept(MrrHistory.of("flat", USD, JAN_2024, 0, 100_00, 100_00, 100_00));
        objects.accept(MrrHistory.of("back", USD, JAN_2024, 0, 50_00, 0, 50_00));
        assertThat(objects.retention()).isEqualTo(r);
    }

    @Test
    void negativeValuesNameTheirMonthWithinASlice() {
        RevenueRetentionAccumulator acc = RevenueRetentionAccumulator.create(USD, JAN_2024, FEB_2024);
        assertThatThrownBy(() -> acc.accept(2, new long[] {9, 9, 5, -1}, 2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minorUnits[3] must not be negative: -1 (month offset 3)");
    }

    @Test
    void reportsItsWindow() {
        RevenueRetentionAccumulator acc = RevenueRetentionAccumulator.create(USD, JAN_2024, JAN_2025);
        assertThat(acc.startMonth()).isEqualTo(JAN_2024);
        assertThat(acc.toString()).contains("2024-01").contains("2025-01");
    }
}
