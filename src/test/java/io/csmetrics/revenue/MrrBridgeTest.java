package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrrBridgeTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);
    private static final YearMonth MAR = YearMonth.of(2024, 3);
    private static final YearMonth APR = YearMonth.of(2024, 4);

    private static MrrBridge hand() {
        return MrrBridgeAccumulatorTest.handExample().stream().collect(MrrBridgeAccumulator.collector(USD, JAN, MAR));
    }

    @Test
    void readsMonthsAndPeriods() {
        MrrBridge b = hand();

        assertThat(b.lastMonth()).isEqualTo(MAR);
        assertThat(b.currency()).isEqualTo(USD);
        assertThat(b.mrrAt(JAN)).isEqualTo(Money.of("160.00", "USD"));
        assertThat(b.mrrAt(MAR)).isEqualTo(Money.of("220.00", "USD"));
        assertThat(b.accountsAt(FEB)).isEqualTo(3);
        assertThat(b.period(FEB).startMonth()).isEqualTo(JAN);
        assertThat(b.toString()).startsWith("MrrBridge{opening 2024-01: USD 160.00 (3 accounts)");
    }

    @Test
    void rejectsMonthsOutsideTheWindow() {
        MrrBridge b = hand();

        assertThatThrownBy(() -> b.period(JAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endMonth must be from 2024-02 to 2024-03: 2024-01");
        assertThatThrownBy(() -> b.mrrAt(APR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("month must be from 2024-01 to 2024-03: 2024-04");
        assertThatThrownBy(() -> b.between(FEB, FEB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to (2024-02) must be after from (2024-02)");
        assertThatThrownBy(() -> b.accountsAt(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("month must not be null");
    }

    @Test
    void rejectsPeriodsThatDoNotChain() {
        MrrBridge b = hand();
        List<MrrBridgePeriod> swapped = List.of(b.periods().get(1), b.periods().get(0));

        assertThatThrownBy(() -> new MrrBridge(JAN, b.openingMrr(), 3, swapped)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periods[0] must run from 2024-01 to 2024-02 but runs from 2024-02 to 2024-03");
        assertThatThrownBy(() -> new MrrBridge(JAN, Money.of("161.00", "USD"), 3, b.periods()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periods[0] must start at USD 161.00 (3 accounts), the previous balance");
        assertThatThrownBy(() -> new MrrBridge(JAN, b.openingMrr(), -3, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("openingAccounts must not be negative: -3");
        assertThatThrownBy(() -> new MrrBridge(JAN, b.openingMrr(), 3, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("periods must not be null");
    }

    @Test
    void readsMonthsAcrossAYearBoundary() {
        YearMonth nov = YearMonth.of(2023, 11);
        MrrBridge bridge = java.util.stream.Stream.of(io.csmetrics.MrrHistory.of("a", USD, nov, 1, 2, 3, 4))
                .collect(MrrBridgeAccumulator.collector(USD, nov, FEB));

        assertThat(bridge.mrrAt(JAN)).isEqualTo(Money.ofMinor(3, USD));
        assertThat(bridge.accountsAt(JAN)).isEqualTo(1);
        assertThat(bridge.period(FEB).expansion().amount()).isEqualTo(Money.ofMinor(1, USD));
        assertThat(bridge.closingAccounts()).isEqualTo(1);
    }
}
