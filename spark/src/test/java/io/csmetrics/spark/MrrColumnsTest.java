package io.csmetrics.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The driver-side value types, without Spark. */
class MrrColumnsTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void defaultsAndRenames() {
        MrrColumns d = MrrColumns.defaults();
        assertThat(d.account()).isEqualTo("account");
        assertThat(d.month()).isEqualTo("month");
        assertThat(d.mrr()).isEqualTo("mrr");
        assertThat(d.currencyColumn()).contains("currency");
        assertThat(d.currency()).isEmpty();
        MrrColumns c = d.withAccount("customer_id").withMonth("period").withMrr("amount").withCurrency(USD);
        assertThat(c.account()).isEqualTo("customer_id");
        assertThat(c.month()).isEqualTo("period");
        assertThat(c.mrr()).isEqualTo("amount");
        assertThat(c.currency()).contains(USD);
        assertThat(c.currencyColumn()).isEmpty();
        assertThat(c.withCurrencyColumn("ccy").currency()).isEmpty();
        assertThat(c.toString()).isEqualTo("MrrColumns{customer_id, period, amount, fixed USD}");
        assertThat(d.toString()).isEqualTo("MrrColumns{account, month, mrr, currency}");
    }

    @Test
    void badNamesAreRejected() {
        assertThatThrownBy(() -> MrrColumns.defaults().withAccount(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("account column name must not be blank: ' '");
        assertThatThrownBy(() -> MrrColumns.defaults().withMrr(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("mrr column name must not be null");
        assertThatThrownBy(() -> MrrColumns.defaults().withCurrency(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency must not be null");
    }

    @Test
    void accountSeriesIsTheCoresHistory() {
        AccountSeries s = AccountSeries.of("a1", "USD", null, YearMonth.of(2024, 1), 500, 0, 700);
        assertThat(s.getFirstMonth()).isEqualTo(2024 * 12);
        assertThat(s.firstYearMonth()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(s.toHistory()).isEqualTo(MrrHistory.of("a1", USD, YearMonth.of(2024, 1), 500, 0, 700));
        assertThat(s.toString()).isEqualTo("AccountSeries{a1 USD 2024-01 [500, 0, 700]}");
        assertThat(AccountSeries.yearMonth(AccountSeries.epochMonth(YearMonth.of(-3, 11)))).isEqualTo(YearMonth.of(-3, 11));
    }

    @Test
    void aHandMadeSeriesIsValidatedByTheCore() {
        assertThatThrownBy(() -> AccountSeries.of("a1", "USD", null, YearMonth.of(2024, 1), 5, -1).toHistory())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> AccountSeries.of("a1", "ZZZ", null, YearMonth.of(2024, 1), 5).currency())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency 'ZZZ' is not an ISO 4217 code (account a1)");
    }

    @Test
    void aggregatorsCheckTheirWindowOnTheDriver() {
        assertThatThrownBy(() -> MrrBridgeAggregator.of(YearMonth.of(2024, 2), YearMonth.of(2024, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RevenueRetentionAggregator.of(YearMonth.of(2024, 1), YearMonth.of(2024, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MrrBridgeAggregator.of(null, YearMonth.of(2024, 1)))
                .isInstanceOf(NullPointerException.class);
        assertThat(MrrBridgeAggregator.of(YearMonth.of(2024, 1), YearMonth.of(2024, 12)).toString())
                .isEqualTo("MrrBridgeAggregator{2024-01..2024-12}");
    }
}
