package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentedAccumulatorTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);
    private static final Segmentation REGIONS = Segmentation.byAccount(Map.of("a", "EMEA", "b", "APAC"), "US");

    private static SegmentedAccumulator<MrrHistory, MrrBridgeAccumulator> create() {
        return SegmentedAccumulator.create(() -> MrrBridgeAccumulator.create(USD, JAN, FEB),
                h -> REGIONS.checkedSegmentOf(h.accountId(), JAN));
    }

    /** Three regions, one account each: each region's bridge is its account's, and they add up to the total. */
    @Test
    void bridgeByRegion() {
        SegmentedAccumulator<MrrHistory, MrrBridgeAccumulator> acc = create();
        List.of(MrrHistory.of("a", USD, JAN, 1_000, 1_500), MrrHistory.of("b", USD, JAN, 2_000, 0),
                MrrHistory.of("c", USD, FEB, 700)).forEach(acc);
        Map<String, MrrBridge> parts = acc.results(MrrBridgeAccumulator::bridge);
        assertThat(parts.keySet()).containsExactly("APAC", "EMEA", "US");
        assertThat(parts.get("EMEA").period(FEB).expansion().amount()).isEqualTo(Money.of("5.00", "USD"));
        assertThat(parts.get("APAC").period(FEB).churn().amount()).isEqualTo(Money.of("20.00", "USD"));
        assertThat(parts.get("US").period(FEB).newBusiness().amount()).isEqualTo(Money.of("7.00", "USD"));
        MrrBridge total = acc.total(MrrBridgeAccumulator::bridge);
        assertThat(total.closingMrr()).isEqualTo(Money.of("22.00", "USD"));
        assertThat(acc).hasToString("SegmentedAccumulator{3 segments: [APAC, EMEA, US]}");
    }

    @Test
    void rejectedRecordsChangeNothing() {
        SegmentedAccumulator<MrrHistory, MrrBridgeAccumulator> acc = create();
        acc.accept(MrrHistory.of("a", USD, JAN, 1_000, 1_500));
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("x", EUR, JAN, 1))).isInstanceOf(CurrencyMismatchException.class);
        assertThat(acc.results(MrrBridgeAccumulator::bridge).keySet()).containsExactly("EMEA");
        SegmentedAccumulator<MrrHistory, MrrBridgeAccumulator> blank = SegmentedAccumulator.create(
                () -> MrrBridgeAccumulator.create(USD, JAN, FEB), h -> h.accountId().equals("a") ? null : " ");
        assertThatThrownBy(() -> blank.accept(MrrHistory.of("a", USD, JAN, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be null or blank: null");
        assertThatThrownBy(() -> blank.accept(MrrHistory.of("b", USD, JAN, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be null or blank: ' '");
        assertThat(blank.total(MrrBridgeAccumulator::bridge).openingAccounts()).isZero();
        assertThatThrownBy(() -> acc.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("record must not be null");
        assertThatThrownBy(() -> SegmentedAccumulator.create(null, h -> "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("factory must not be null");
        assertThatThrownBy(() -> SegmentedAccumulator.<MrrHistory, MrrBridgeAccumulator>create(
                () -> MrrBridgeAccumulator.create(USD, JAN, FEB), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("key must not be null");
        assertThatThrownBy(() -> acc.combine(SegmentedAccumulator.create(() -> MrrBridgeAccumulator.create(EUR, JAN, FEB),
                h -> "x"))).isInstanceOf(CurrencyMismatchException.class);
    }
}
