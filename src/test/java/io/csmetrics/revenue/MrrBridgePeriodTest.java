package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MrrBridgePeriodTest {

    private static final YearMonth MAR = YearMonth.of(2024, 3);
    private static final YearMonth APR = YearMonth.of(2024, 4);
    private static final Money USD_0 = Money.of("0.00", "USD");
    private static final Money USD_1000 = Money.of("1000.00", "USD");
    private static final Money USD_1050 = Money.of("1050.00", "USD");
    private static final MovementTotal NONE = MovementTotal.of(USD_0, 0);
    private static final MovementTotal NEW_100 = MovementTotal.of(Money.of("100.00", "USD"), 1);
    private static final MovementTotal EXPANSION_50 = MovementTotal.of(Money.of("50.00", "USD"), 2);
    private static final MovementTotal CONTRACTION_40 = MovementTotal.of(Money.of("40.00", "USD"), 1);
    private static final MovementTotal CHURN_60 = MovementTotal.of(Money.of("60.00", "USD"), 1);

    /** The Javadoc example: 1,000 + 100 + 50 + 0 − 40 − 60 = 1,050; accounts 10 + 1 + 0 − 1 = 10. */
    private static MrrBridgePeriod example() {
        return new MrrBridgePeriod(MAR, APR, USD_1000, 10, NEW_100, EXPANSION_50, NONE, CONTRACTION_40, CHURN_60,
                USD_1050, 10);
    }

    @Test
    void exampleBridgeHolds() {
        MrrBridgePeriod p = example();

        assertThat(p.netNewMrr()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(p.movement(MovementType.EXPANSION)).isEqualTo(EXPANSION_50);
        assertThat(p.movement(MovementType.CHURN)).isEqualTo(CHURN_60);
        assertThat(p.movement(MovementType.NEW)).isEqualTo(NEW_100);
        assertThat(p.movement(MovementType.CONTRACTION)).isEqualTo(CONTRACTION_40);
        assertThat(p.movement(MovementType.REACTIVATION)).isEqualTo(NONE);
        assertThat(p.hasNoMovement()).isFalse();
        // quick ratio (100 + 50 + 0) / (40 + 60) = 150/100
        assertThat(p.quickRatio(QuickRatioBasis.WITH_REACTIVATION).isEquivalent(io.csmetrics.Ratio.of(3, 2))).isTrue();
        assertThat(p.endArr().toMoneyExact().isEqual(Money.of("12600", "USD"))).isTrue();
        assertThat(p.endArpa().orElseThrow().toMoneyExact().isEqual(Money.of("105", "USD"))).isTrue();
        assertThat(p.toString()).startsWith("2024-03→2024-04: USD 1000.00 (10) + new USD 100.00 (1 account)")
                .endsWith("= USD 1050.00 (10)");
    }

    @Test
    void rejectsABridgeThatDoesNotSum() {
        assertThatThrownBy(() -> new MrrBridgePeriod(MAR, APR, USD_1000, 10, NEW_100, EXPANSION_50, NONE,
                CONTRACTION_40, CHURN_60, Money.of("1051.00", "USD"), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MRR bridge does not sum")
                .hasMessageContaining("= USD 1050.00, but endMrr is USD 1051.00");
        assertThatThrownBy(() -> new MrrBridgePeriod(MAR, APR, USD_1000, 10, NEW_100, EXPANSION_50, NONE,
                CONTRACTION_40, CHURN_60, USD_1050, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account bridge does not sum: startAccounts 10 + new 1 + reactivation 0 − churn 1 = 10, but endAccounts is 11");
    }

    @Test
    void rejectsBadMonthsNegativesNullsAndMixedCurrencies() {
        assertThatThrownBy(() -> new MrrBridgePeriod(APR, APR, USD_1000, 10, NONE, NONE, NONE, NONE, NONE, USD_1000, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endMonth (2024-04) must be after startMonth (2024-04)");
        assertThatThrownBy(() -> new MrrBridgePeriod(MAR, APR, USD_1000, -1, NONE, NONE, NONE, NONE, NONE, USD_1000, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("startAccounts must not be negative: -1");
        assertThatThrownBy(() -> new MrrBridgePeriod(MAR, APR, USD_1000.negated(), 1, NONE, NONE, NONE, NONE, NONE,
                USD_1000.negated(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("startMrr must not be negative: USD -1000.00");
        assertThatThrownBy(() -> new MrrBridgePeriod(MAR, APR, USD_1000, 1, NONE, NONE, NONE, NONE, NONE, null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("endMrr must not be null");
        assertThatThrownBy(() -> new MrrBridgePeriod(MAR, APR, USD_1000, 1, MovementTotal.of(Money.of("1", "EUR"), 1),
                NONE, NONE, NONE, NONE, USD_1000, 2))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> example().movement(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("type must not be null");
    }
}
