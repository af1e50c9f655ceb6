package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import org.junit.jupiter.api.Test;

class RevenueMovementsTest {

    private static final Money USD_0 = Money.of("0", "USD");
    private static final Money USD_100 = Money.of("100", "USD");
    private static final Money USD_1000 = Money.of("1000", "USD");
    private static final Money EUR_100 = Money.of("100", "EUR");

    @Test
    void withMethodsKeepTheBridge() {
        RevenueMovements m = RevenueMovements.starting(USD_1000).withNewMrr(Money.of("300", "USD"))
                .withExpansionMrr(Money.of("50", "USD")).withReactivationMrr(Money.of("20", "USD"))
                .withContractionMrr(Money.of("30", "USD")).withChurnedMrr(USD_100);

        // 1000 + 300 + 50 + 20 − 30 − 100 = 1240
        assertThat(m.endMrr().isEqual(Money.of("1240", "USD"))).isTrue();
        assertThat(RevenueMovements.of(m.startMrr(), m.newMrr(), m.expansionMrr(), m.contractionMrr(), m.churnedMrr(),
                m.reactivationMrr(), m.endMrr())).isEqualTo(m);
    }

    @Test
    void rejectsABrokenBridge() {
        assertThatThrownBy(() -> RevenueMovements.of(USD_1000, USD_0, USD_0, USD_0, USD_100, USD_0, USD_1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endMrr (USD 1000) differs from")
                .hasMessageContaining("(USD 900)");
    }

    @Test
    void rejectsLossesAboveStart() {
        assertThatThrownBy(() -> RevenueMovements.starting(USD_100).withChurnedMrr(USD_1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contractionMrr + churnedMrr (USD 1000.00) exceeds startMrr (USD 100)");
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatThrownBy(() -> RevenueMovements.starting(Money.of("-1", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startMrr must not be negative: USD -1");
        assertThatThrownBy(() -> RevenueMovements.starting(USD_1000).withNewMrr(Money.of("-5", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newMrr must not be negative: USD -5");
        assertThatThrownBy(() -> RevenueMovements.starting(USD_1000).withExpansionMrr(Money.of("-5", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expansionMrr must not be negative");
        assertThatThrownBy(() -> RevenueMovements.starting(USD_1000).withContractionMrr(Money.of("-5", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contractionMrr must not be negative");
        assertThatThrownBy(() -> RevenueMovements.starting(USD_1000).withChurnedMrr(Money.of("-5", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("churnedMrr must not be negative");
        assertThatThrownBy(() -> RevenueMovements.starting(USD_1000).withReactivationMrr(Money.of("-5", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reactivationMrr must not be negative");
    }

    @Test
    void rejectsNullsAndMixedCurrencies() {
        assertThatThrownBy(() -> RevenueMovements.starting(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("startMrr must not be null");
        assertThatThrownBy(() -> RevenueMovements.starting(USD_1000).withChurnedMrr(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("churnedMrr must not be null");
        assertThatThrownBy(() -> RevenueMovements.of(null, USD_0, USD_0, USD_0, USD_0, USD_0, USD_0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startMrr must not be null");
        assertThatThrownBy(() -> RevenueMovements.of(USD_1000, null, USD_0, USD_0, USD_0, USD_0, USD_1000))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("newMrr must not be null");
        assertThatThrownBy(() -> RevenueMovements.of(USD_1000, USD_0, USD_0, USD_0, USD_0, USD_0, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("endMrr must not be null");
        assertThatThrownBy(() -> RevenueMovements.starting(USD_1000).withExpansionMrr(EUR_100))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD/EUR");
        assertThatThrownBy(() -> RevenueMovements.of(USD_1000, USD_0, USD_0, USD_0, USD_0, USD_0, EUR_100))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD/EUR");
    }
}
