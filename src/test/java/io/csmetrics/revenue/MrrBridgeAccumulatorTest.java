package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrrBridgeAccumulatorTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth DEC_2023 = YearMonth.of(2023, 12);
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);
    private static final YearMonth MAR = YearMonth.of(2024, 3);

    /*
     * Hand-computed bridge, January–March 2024, amounts in USD:
     *   A: Jan 100, Feb 120, Mar 120         Feb expansion 20
     *   B: Jan  50, Feb  30, Mar   0         Feb contraction 20, Mar churn 30
     *   C: Dec 2023 40, Jan 0, Feb 0, Mar 40 Mar reactivation 40 (paid before the window)
     *   D: Feb 60, Mar 60                    Feb new 60
     *   E: Jan 10, series ends in Jan        Feb churn 10
     * Opening (Jan) = 100 + 50 + 10 = 160, 3 accounts (A, B, E).
     * Feb: 160 + new 60 + expansion 20 + reactivation 0 − contraction 20 − churn 10 = 210 = 120 + 30 + 60;
     *      accounts 3 + 1 + 0 − 1 = 3 (A, B, D).
     * Mar: 210 + 0 + 0 + reactivation 40 − 0 − churn 30 = 220 = 120 + 40 + 60; accounts 3 + 0 + 1 − 1 = 3 (A, C, D).
     */
    static List<MrrHistory> handExample() {
        return List.of(
                MrrHistory.of("A", USD, JAN, 100_00, 120_00, 120_00),
                MrrHistory.of("B", USD, JAN, 50_00, 30_00, 0),
                MrrHistory.of("C", USD, DEC_2023, 40_00, 0, 0, 40_00),
                MrrHistory.of("D", USD, FEB, 60_00, 60_00),
                MrrHistory.of("E", USD, JAN, 10_00));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD").rounded(java.math.RoundingMode.UNNECESSARY);
    }

    private static MovementTotal total(String amount, long count) {
        return MovementTotal.of(usd(amount), count);
    }

    private static final MovementTotal NONE = total("0", 0);

    @Test
    void handComputedBridge() {
        MrrBridge bridge = AccumulatorChecks.assertAllPathsAgree(handExample(),
                () -> MrrBridgeAccumulator.create(USD, JAN, MAR), MrrBridgeAccumulator::bridge);

        assertThat(bridge.openingMrr()).isEqualTo(usd("160"));
        assertThat(bridge.openingAccounts()).isEqualTo(3);
        assertThat(bridge.periods()).containsExactly(
                new MrrBridgePeriod(JAN, FEB, usd("160"), 3, total("60", 1), total("20", 1), NONE, total("20", 1),
                        total("10", 1), usd("210"), 3),
                new MrrBridgePeriod(FEB, MAR, usd("210"), 3, NONE, NONE, total("40", 1), NONE, total("30", 1),
                        usd("220"), 3));
        assertThat(bridge.between(JAN, MAR)).isEqualTo(new MrrBridgePeriod(JAN, MAR, usd("160"), 3, total("60", 1),
                total("20", 1), total("40", 1), total("20", 1), total("40", 2), usd("220"), 3));
    }

    @Test
    void openingMrrIsCustomersTimesFee() {
        // DESIGN.md worked example "MRR = customers × monthly fee": 120 customers × USD 50 = USD 6,000.
        Money fee = Money.of("50.00", "USD");
        List<MrrHistory> customers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            customers.add(MrrHistory.of("c" + i, USD, JAN, fee.toMinorUnits(), fee.toMinorUnits()));
        }
        MrrBridge bridge = customers.stream().collect(MrrBridgeAccumulator.collector(USD, JAN, FEB));

        assertThat(Mrr.of(bridge.openingMrr())).isEqualTo(Mrr.ofCustomers(120, fee));
        assertThat(bridge.closingMrr()).isEqualTo(usd("6000"));
        assertThat(bridge.period(FEB).hasNoMovement()).isTrue();
    }

    @Test
    void aReturnIsNewOnlyIfTheAccountNeverPaidEvenBeforeTheWindow() {
        MrrBridge bridge = MrrBridge.fromSnapshots(List.of(
                MrrSnapshot.of("old", DEC_2023, usd("10")),
                MrrSnapshot.of("old", FEB, usd("10")),
                MrrSnapshot.of("fresh", FEB, usd("5"))), JAN, FEB);

        assertThat(bridge.period(FEB).reactivation()).isEqualTo(total("10", 1));
        assertThat(bridge.period(FEB).newBusiness()).isEqualTo(total("5", 1));
    }

    @Test
    void aOneMonthWindowIsAnOpeningBalanceOnly() {
        MrrBridge bridge = handExample().stream().collect(MrrBridgeAccumulator.collector(USD, FEB, FEB));

        assertThat(bridge.periods()).isEmpty();
        assertThat(bridge.openingMrr()).isEqualTo(usd("210"));
        assertThat(bridge.closingAccounts()).isEqualTo(3);
    }

    @Test
    void bulkSeriesEqualsObjectApi() {
        MrrBridgeAccumulator bulk = MrrBridgeAccumulator.create(USD, JAN, MAR);
        long[] matrix = {0, 0, 0, 0, 100_00, 120_00, 120_00, 0, 50_00, 30_00, 0, 0};
        bulk.accept(-1, matrix, 3, 4);
        bulk.accept(0, matrix, 8, 3);
        bulk.accept(-1, new long[] {40_00, 0, 0, 40_00});
        bulk.accept(1, new long[] {60_00, 60_00});
        bulk.accept(0, new long[] {10_00});

        assertThat(bulk.bridge()).isEqualTo(handExample().stream().collect(MrrBridgeAccumulator.collector(USD, JAN, MAR)));
    }

    @Test
    void columnsEqualObjectApi() {
        MrrBridgeAccumulator columns = MrrBridgeAccumulator.create(USD, JAN, MAR);
        // A=1, B=2, C=3 (with a gap and a pre-window month), D=4, E=5; a row after the window for A.
        columns.acceptColumns(
                new long[] {1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5},
                new int[] {0, 1, 2, 9, 0, 1, -1, 2, 1, 2, 0},
                new long[] {100_00, 120_00, 120_00, 999, 50_00, 30_00, 40_00, 40_00, 60_00, 60_00, 10_00});

        assertThat(columns.bridge()).isEqualTo(handExample().stream().collect(MrrBridgeAccumulator.collector(USD, JAN, MAR)));
    }

    @Test
    void columnsRejectUnsortedAndDuplicateMonthsAndChangeNothing() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);
        acc.accept(0, new long[] {5, 5, 5});
        MrrBridge before = acc.bridge();

        assertThatThrownBy(() -> acc.acceptColumns(new long[] {1, 1}, new int[] {2, 1}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monthOffsets of account 1 must be strictly ascending")
                .hasMessageContaining("monthOffsets[1] (1) is before monthOffsets[0] (2)");
        assertThatThrownBy(() -> acc.acceptColumns(new long[] {1, 1}, new int[] {1, 1}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(1) duplicates monthOffsets[0] (1)");
        assertThatThrownBy(() -> acc.acceptColumns(new long[] {2, 1}, new int[] {0, 0}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountKeys must be ascending: accountKeys[1] (1) is below accountKeys[0] (2)");
        assertThatThrownBy(() -> acc.acceptColumns(new long[] {1, 2}, new int[] {0, 0}, new long[] {1, -7}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minorUnits[1] must not be negative: -7");
        assertThatThrownBy(() -> acc.acceptColumns(new long[] {1}, new int[] {0, 1}, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length: 1, 2, 1");
        assertThatThrownBy(() -> acc.acceptColumns(null, new int[0], new long[0]))
                .isInstanceOf(NullPointerException.class).hasMessage("accountKeys must not be null");
        assertThatThrownBy(() -> acc.acceptColumns(new long[0], null, new long[0]))
                .isInstanceOf(NullPointerException.class).hasMessage("monthOffsets must not be null");
        assertThatThrownBy(() -> acc.acceptColumns(new long[0], new int[0], null))
                .isInstanceOf(NullPointerException.class).hasMessage("minorUnits must not be null");
        assertThat(acc.bridge()).isEqualTo(before);
    }

    @Test
    void bulkRejectsNegativeValuesAndBadSlicesAndChangesNothing() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);
        acc.accept(0, new long[] {5, 5, 5});
        MrrBridge before = acc.bridge();

        assertThatThrownBy(() -> acc.accept(0, new long[] {5, -1, 5})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minorUnits[1] must not be negative: -1 (month offset 1)");
        assertThatThrownBy(() -> acc.accept(-5, new long[] {-3, 5})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minorUnits[0] must not be negative: -3 (month offset -5)");
        assertThatThrownBy(() -> acc.accept(0, new long[] {5, 5}, 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> acc.accept(0, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("minorUnits must not be null");
        assertThat(acc.bridge()).isEqualTo(before);
    }

    @Test
    void overflowIsDetectedBeforeAnyChange() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);
        acc.accept(0, new long[] {Long.MAX_VALUE / 2, 0, 0});
        MrrBridge before = acc.bridge();

        assertThatThrownBy(() -> acc.accept(0, new long[] {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2}))
                .isInstanceOf(ArithmeticException.class);
        assertThat(acc.bridge()).isEqualTo(before);
        assertThatThrownBy(() -> acc.accept(-1, new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 1, 0}))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("exceeds Long.MAX_VALUE minor units");
        assertThatThrownBy(() -> acc.acceptColumns(new long[] {1, 1}, new int[] {0, 1}, new long[] {Long.MAX_VALUE, 1}))
                .isInstanceOf(ArithmeticException.class);
        assertThat(acc.bridge()).isEqualTo(before);
        MrrBridgeAccumulator other = MrrBridgeAccumulator.create(USD, JAN, MAR);
        other.accept(0, new long[] {Long.MAX_VALUE / 2 + 10});
        assertThatThrownBy(() -> acc.combine(other)).isInstanceOf(ArithmeticException.class);
        assertThat(acc.bridge()).isEqualTo(before);
    }

    @Test
    void objectApiRejectsNullAndOtherCurrencies() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);

        assertThatThrownBy(() -> acc.accept((MrrHistory) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("history must not be null");
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("x", EUR, JAN, 1))).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR");
        assertThat(acc.bridge().openingMrr()).isEqualTo(Money.zero(USD));
    }

    @Test
    void combineRejectsOtherWindowsAndCurrencies() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);

        assertThatThrownBy(() -> acc.combine(MrrBridgeAccumulator.create(USD, JAN, FEB)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other's window 2024-01..2024-02 differs from this window 2024-01..2024-03");
        assertThatThrownBy(() -> acc.combine(MrrBridgeAccumulator.create(EUR, JAN, MAR)))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> acc.combine(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other must not be null");
    }

    @Test
    void createRejectsBadWindows() {
        assertThatThrownBy(() -> MrrBridgeAccumulator.create(USD, MAR, JAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lastMonth (2024-01) must not be before firstMonth (2024-03)");
        assertThatThrownBy(() -> MrrBridgeAccumulator.create(USD, JAN, JAN.plusYears(2000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 12000");
        assertThatThrownBy(() -> MrrBridgeAccumulator.create(null, JAN, MAR)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency must not be null");
        assertThatThrownBy(() -> MrrBridgeAccumulator.create(USD, null, MAR)).isInstanceOf(NullPointerException.class)
                .hasMessage("firstMonth must not be null");
        assertThatThrownBy(() -> MrrBridgeAccumulator.create(USD, JAN, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("lastMonth must not be null");
        assertThatThrownBy(() -> MrrBridgeAccumulator.collector(USD, MAR, JAN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snapshotsRejectDuplicatesMixedCurrenciesAndEmptyInput() {
        assertThatThrownBy(() -> MrrBridge.fromSnapshots(List.of(MrrSnapshot.of("a", JAN, usd("1")),
                MrrSnapshot.of("a", JAN, usd("2"))), JAN, MAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate month 2024-01 for account a");
        assertThatThrownBy(() -> MrrBridge.fromSnapshots(List.of(MrrSnapshot.of("a", JAN, usd("1")),
                MrrSnapshot.of("b", JAN, Money.of("2", "EUR"))), JAN, MAR))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> MrrBridge.fromSnapshots(List.of(), JAN, MAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("snapshots must not be empty");
        assertThatThrownBy(() -> MrrBridge.fromSnapshots(null, JAN, MAR)).isInstanceOf(NullPointerException.class)
                .hasMessage("snapshots must not be null");
    }

    @Test
    void anEmptyAccumulatorHasAZeroBridge() {
        MrrBridge bridge = MrrBridgeAccumulator.create(USD, JAN, MAR).bridge();

        assertThat(bridge.closingMrr()).isEqualTo(Money.zero(USD));
        assertThat(bridge.periods()).allMatch(MrrBridgePeriod::hasNoMovement);
        assertThat(bridge.period(MAR).quickRatio(QuickRatioBasis.WITH_REACTIVATION).isDefined()).isFalse();
        assertThat(bridge.period(MAR).endArpa()).isEmpty();
    }

    @Test
    void describesItself() {
        assertThat(MrrBridgeAccumulator.create(USD, JAN, MAR)).hasToString("MrrBridgeAccumulator{USD, 2024-01..2024-03}");
        assertThat(MrrBridgeAccumulator.create(USD, JAN, MAR).lastMonth()).isEqualTo(MAR);
    }

    @Test
    void anAccountThatNeverPaysCountsNowhere() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);
        acc.accept(-1, new long[] {0, 0, 0, 0});
        acc.accept(0, new long[0]);

        assertThat(acc.bridge()).isEqualTo(MrrBridgeAccumulator.create(USD, JAN, MAR).bridge());
    }

    @Test
    void aSliceOnlyReadsItsOwnMonths() {
        // Row-major matrix of two accounts × two months; the first row ends before the window.
        long[] matrix = {40_00, 40_00, 70_00, 70_00};
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);
        acc.accept(-2, matrix, 0, 2);
        acc.accept(0, matrix, 2, 2);

        MrrBridge bridge = acc.bridge();
        assertThat(bridge.openingMrr()).isEqualTo(usd("70.00"));
        assertThat(bridge.openingAccounts()).isEqualTo(1);
        assertThat(bridge.period(MAR).churn()).isEqualTo(total("70.00", 1));
    }

    @Test
    void theOverflowGuardCountsOnlyMonthsInTheWindow() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, FEB);
        acc.accept(-1, new long[] {Long.MAX_VALUE, 5});
        acc.acceptColumns(new long[] {1, 2}, new int[] {-1, 2}, new long[] {Long.MAX_VALUE, Long.MAX_VALUE});

        assertThat(acc.bridge().openingMrr()).isEqualTo(Money.ofMinor(5, USD));
        assertThat(acc.bridge().period(FEB).churn()).isEqualTo(MovementTotal.of(Money.ofMinor(5, USD), 1));
        MrrBridgeAccumulator columns = MrrBridgeAccumulator.create(USD, JAN, FEB);
        assertThatThrownBy(() -> columns.acceptColumns(new long[] {1, 2}, new int[] {0, 0},
                new long[] {Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2 + 1})).isInstanceOf(ArithmeticException.class);
        assertThat(columns.bridge()).isEqualTo(MrrBridgeAccumulator.create(USD, JAN, FEB).bridge());
    }

    @Test
    void negativeValuesNameTheirMonthWithinASlice() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);
        assertThatThrownBy(() -> acc.accept(2, new long[] {9, 9, 5, -1}, 2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minorUnits[3] must not be negative: -1 (month offset 3)");
        assertThatThrownBy(() -> acc.accept(0, new long[] {0, 5, -1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minorUnits[2] must not be negative: -1 (month offset 2)");
    }

    @Test
    void theWindowMaySpanExactlyMaxMonths() {
        YearMonth last = JAN.plusMonths(MrrBridgeAccumulator.MAX_MONTHS - 1L);
        assertThat(MrrBridgeAccumulator.create(USD, JAN, last).lastMonth()).isEqualTo(last);
        assertThatThrownBy(() -> MrrBridgeAccumulator.create(USD, JAN, last.plusMonths(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 12000 are supported");
    }

    @Test
    void reportsItsCurrencyAndWindow() {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(USD, JAN, MAR);
        assertThat(acc.currency()).isEqualTo(USD);
        assertThat(acc.firstMonth()).isEqualTo(JAN);
    }
}
