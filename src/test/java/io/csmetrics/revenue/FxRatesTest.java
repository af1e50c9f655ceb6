package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FxRatesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);

    @Test
    void convertsExactlyAtTheMonthsRate() {
        FxRates fx = FxRates.of(USD).withRate(EUR, JAN, new BigDecimal("1.10"));
        assertThat(fx.convert(Money.of("100.00", "EUR"), JAN)).isEqualTo(Money.of("110.0000", "USD"));
        assertThat(fx.rate(USD, FEB)).isEqualTo(BigDecimal.ONE);
        assertThat(fx.convert(Money.of("3.00", "USD"), FEB)).isEqualTo(Money.of("3.00", "USD"));
        assertThat(fx.hasRate(EUR, JAN)).isTrue();
        assertThat(fx.hasRate(EUR, FEB)).isFalse();
        assertThat(fx.currencies()).containsExactly("EUR");
    }

    @Test
    void aMissingRateNamesTheCurrencyPairAndTheMonth() {
        FxRates fx = FxRates.of(USD).withRate(EUR, JAN, new BigDecimal("1.10"));
        assertThatThrownBy(() -> fx.rate(EUR, FEB)).isInstanceOf(MissingFxRateException.class)
                .hasMessage("no FX rate EUR→USD for 2024-02");
        assertThatThrownBy(() -> fx.convert(Money.of("1", "JPY"), JAN)).isInstanceOf(MissingFxRateException.class)
                .hasMessage("no FX rate JPY→USD for 2024-01")
                .satisfies(e -> {
                    MissingFxRateException m = (MissingFxRateException) e;
                    assertThat(m.from()).isEqualTo(JPY);
                    assertThat(m.to()).isEqualTo(USD);
                    assertThat(m.month()).isEqualTo(JAN);
                });
    }

    @Test
    void fromAMapEqualsRateByRate() {
        FxRates a = FxRates.of(USD, Map.of(EUR, Map.of(JAN, new BigDecimal("1.1"), FEB, new BigDecimal("1.2"))));
        FxRates b = FxRates.of(USD).withRate(EUR, FEB, new BigDecimal("1.2")).withRate(EUR, JAN, new BigDecimal("1.1"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.withRate(EUR, JAN, new BigDecimal("1.1"))).isSameAs(a);
        assertThat(a).hasToString("FxRates{into USD, EUR: 2 months 2024-01..2024-02}");
        assertThat(AccumulatorChecks.roundTrip(a)).isEqualTo(a);
    }

    @Test
    void parsesCsv() {
        FxRates fx = FxRates.parseCsv(USD, new StringReader("\uFEFFcurrency,month,rate\nEUR,2024-01,1.0912\n\nJPY,2024-01,0.0067\nUSD,2024-01,1.00\n"));
        assertThat(fx.rate(EUR, JAN)).isEqualTo(new BigDecimal("1.0912"));
        assertThat(fx.rate(JPY, JAN)).isEqualTo(new BigDecimal("0.0067"));
        assertThat(fx.currencies()).containsExactly("EUR", "JPY");
    }

    @Test
    void rejectsBadCsvNamingTheLine() {
        assertThatThrownBy(() -> FxRates.parseCsv(USD, new StringReader("cur,month,rate\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> FxRates.parseCsv(USD, new StringReader("currency,month,rate\nEUR,2024-01\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2: expected 3 fields");
        assertThatThrownBy(() -> FxRates.parseCsv(USD, new StringReader("currency,month,rate\nEUR,2024-13,1\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> FxRates.parseCsv(USD, new StringReader("currency,month,rate\nEUR,2024-01,x\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> FxRates.parseCsv(USD, new StringReader("currency,month,rate\nEUR,2024-01,1\nEUR,2024-01,2\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3: duplicate rate for EUR in 2024-01");
        assertThatThrownBy(() -> FxRates.parseCsv(USD, new StringReader("currency,month,rate\nEUR,2024-01,-1\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive: -1");
    }

    @Test
    void rejectsBadRates() {
        FxRates fx = FxRates.of(USD);
        assertThatThrownBy(() -> fx.withRate(EUR, JAN, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of EUR in 2024-01 must be positive: 0");
        assertThatThrownBy(() -> fx.withRate(USD, JAN, new BigDecimal("1.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of the reporting currency USD in 2024-01 must be 1: 1.1");
        assertThatThrownBy(() -> fx.withRate(null, JAN, BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency must not be null");
        assertThatThrownBy(() -> fx.withRate(EUR, null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
                .hasMessage("month must not be null");
        assertThatThrownBy(() -> fx.withRate(EUR, JAN, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("rate must not be null");
        assertThatThrownBy(() -> FxRates.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reportingCurrency must not be null");
        assertThatThrownBy(() -> FxRates.of(Currency.getInstance("XXX"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fx.rate(EUR, null)).isInstanceOf(NullPointerException.class);
    }
}
