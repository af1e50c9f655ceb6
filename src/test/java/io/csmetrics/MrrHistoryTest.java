package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrrHistoryTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    @Test
    void holdsConsecutiveMonthsInMinorUnits() {
        MrrHistory h = MrrHistory.of("acme", USD, JAN, 10000, 12000, 0);
        assertThat(h.length()).isEqualTo(3);
        assertThat(h.lastMonth()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(h.mrrAt(YearMonth.of(2024, 2))).isEqualTo(Money.of("120.00", "USD"));
        assertThat(h.mrrAt(YearMonth.of(2023, 12))).isEqualTo(Money.zero(USD));
        assertThat(h.mrrAt(YearMonth.of(2024, 4))).isEqualTo(Money.zero(USD));
        assertThat(h.minorUnitsAt(1)).isEqualTo(12000);
        assertThat(h.toSnapshots()).hasSize(3).first()
                .isEqualTo(MrrSnapshot.of("acme", JAN, Money.of("100.00", "USD")));
        assertThat(h).hasToString("MrrHistory{acme, USD, from 2024-01, 3 months}");
    }

    @Test
    void defensiveCopies() {
        long[] values = {100, 200};
        MrrHistory h = MrrHistory.of("a", USD, JAN, values);
        values[0] = 999;
        assertThat(h.minorUnitsAt(0)).isEqualTo(100);
        h.toMinorUnitsArray()[1] = 999;
        assertThat(h.minorUnitsAt(1)).isEqualTo(200);
    }

    @Test
    void groupsSnapshotsPerAccountFillingGapsWithZero() {
        List<MrrSnapshot> rows = List.of(
                MrrSnapshot.of("b", YearMonth.of(2024, 3), Money.of("5", "USD")),
                MrrSnapshot.of("a", YearMonth.of(2024, 1), Money.of("10", "USD")),
                MrrSnapshot.of("a", YearMonth.of(2024, 3), Money.of("30", "USD")));
        List<MrrHistory> histories = MrrHistory.fromSnapshots(rows);
        assertThat(histories).containsExactly(
                MrrHistory.of("a", USD, JAN, 1000, 0, 3000),
                MrrHistory.of("b", USD, YearMonth.of(2024, 3), 500));
        assertThat(MrrHistory.of("a", JAN, List.of(Money.of("10", "USD"), Money.zero(USD), Money.of("30", "USD"))))
                .isEqualTo(histories.get(0)).hasSameHashCodeAs(histories.get(0));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> MrrHistory.of("a", USD, JAN, 5, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minorUnits[1] (2024-02) must not be negative: -1 (account a)");
        assertThatThrownBy(() -> MrrHistory.of(" ", USD, JAN, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be blank: ' '");
        assertThatThrownBy(() -> MrrHistory.of("a", null, JAN, 5)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency must not be null");
        assertThatThrownBy(() -> MrrHistory.fromSnapshots(List.of(
                MrrSnapshot.of("a", JAN, Money.of("1", "USD")), MrrSnapshot.of("a", JAN, Money.of("2", "USD")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate month 2024-01 for account a");
        assertThatThrownBy(() -> MrrHistory.fromSnapshots(List.of(
                MrrSnapshot.of("a", JAN, Money.of("1", "USD")), MrrSnapshot.of("b", JAN, Money.of("2", "EUR")))))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
        assertThatThrownBy(() -> MrrHistory.of("a", JAN, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthly must not be empty (account a)");
        assertThatThrownBy(() -> MrrHistory.of("a", JAN, List.of(Money.of("1.001", "USD"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthly[0]");
    }

    @Test
    void snapshotValidation() {
        assertThatThrownBy(() -> MrrSnapshot.of("a", JAN, Money.of("-1", "USD"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr must not be negative: USD -1 (account a, month 2024-01)");
        assertThatThrownBy(() -> MrrSnapshot.of("a", JAN, Money.of("1.234", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more decimals than USD allows (2)");
        assertThatThrownBy(() -> MrrSnapshot.of("", JAN, Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accountId must not be blank: ''");
        assertThatThrownBy(() -> MrrSnapshot.of("a", null, Money.of("1", "USD"))).isInstanceOf(NullPointerException.class)
                .hasMessage("month must not be null");
        assertThat(MrrSnapshot.of("a", JAN, Money.of("1.50", "USD")).mrr().toMinorUnits()).isEqualTo(150);
        assertThat(MrrSnapshot.of("a", JAN, Money.of("1.500", "USD")).mrr().isEqual(Money.of("1.5", "USD"))).isTrue();
    }

    @Test
    void aHistoryEndsNoLaterThanTheLastMonthAYearMonthCanHold() {
        Currency usd = Currency.getInstance("USD");
        YearMonth nov = YearMonth.of(java.time.Year.MAX_VALUE, 11);
        MrrHistory fits = MrrHistory.of("a", usd, nov, 1, 2);
        assertThat(fits.lastMonth()).isEqualTo(YearMonth.of(java.time.Year.MAX_VALUE, 12));
        assertThat(fits.mrrAt(fits.lastMonth()).toMinorUnits()).isEqualTo(2);
        assertThatThrownBy(() -> MrrHistory.of("a", usd, nov, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minorUnits has 3 months from 999999999-11, past the last month a YearMonth can hold"
                        + " (999999999-12); at most 2 (account a)");
    }
}
