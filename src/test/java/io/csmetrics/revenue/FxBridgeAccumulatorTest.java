package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class FxBridgeAccumulatorTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);
    private static final YearMonth MAR = YearMonth.of(2024, 3);
    private static final FxRates RATES = FxRates.of(USD)
            .withRate(EUR, JAN, new BigDecimal("1.10"))
            .withRate(EUR, FEB, new BigDecimal("1.20"))
            .withRate(EUR, MAR, new BigDecimal("1.00"))
            .withRate(JPY, FEB, new BigDecimal("0.0070"))
            .withRate(JPY, MAR, new BigDecimal("0.0065"));

    private static MovementTotal usd(String amount, long count) {
        return MovementTotal.of(Money.of(amount, "USD"), count);
    }

    /** The worked example of FxBridgePeriod's Javadoc, checked on paper. */
    @Test
    void javadocExampleSumsWithAnFxLine() {
        FxBridgeAccumulator acc = FxBridgeAccumulator.create(RATES, FxPolicy.MONTHLY_RATE, JAN, FEB);
        acc.accept(MrrHistory.of("a", EUR, JAN, 10_000, 15_000));
        acc.accept(MrrHistory.of("b", USD, JAN, 5_000, 0));
        FxBridgePeriod p = acc.bridge().period(FEB);
        // start: 100 × 1.10 + 50 = 160; expansion 50 × 1.20 = 60; churn 50; fx 100 × 0.10 = 10; end 150 × 1.20 = 180
        assertThat(p.startMrr()).isEqualTo(Money.of("160.00", "USD"));
        assertThat(p.expansion()).isEqualTo(usd("60.00", 1));
        assertThat(p.churn()).isEqualTo(usd("50.00", 1));
        assertThat(p.fxImpact()).isEqualTo(Money.of("10.00", "USD"));
        assertThat(p.endMrr()).isEqualTo(Money.of("180.00", "USD"));
        assertThat(p.endAccounts()).isEqualTo(1);
        assertThat(p.netNewMrrExcludingFx()).isEqualTo(Money.of("10.00", "USD"));
        assertThat(p.movement(MovementType.EXPANSION)).isEqualTo(p.expansion());
    }

    /**
     * Three months, three currencies. EUR account c: 100, 100, 100 at 1.10, 1.20, 1.00 → 110, 120, 100, no movement,
     * FX +10 then −20. JPY account d: new in February at 10,000 yen × 0.0070 = USD 70; March contraction to 8,000:
     * 2,000 × 0.0065 = 13; FX 10,000 × (0.0065 − 0.0070) = −5; end 8,000 × 0.0065 = 52 (70 − 13 − 5 = 52).
     */
    @Test
    void threeMonthsThreeCurrencies() {
        FxBridge bridge = List.of(MrrHistory.of("c", EUR, JAN, 10_000, 10_000, 10_000),
                MrrHistory.of("d", JPY, FEB, 10_000, 8_000))
                .stream().collect(FxBridgeAccumulator.collector(RATES, FxPolicy.MONTHLY_RATE, JAN, MAR));
        assertThat(bridge.openingMrr()).isEqualTo(Money.of("110.00", "USD"));
        FxBridgePeriod feb = bridge.period(FEB);
        assertThat(feb.newBusiness()).isEqualTo(usd("70.00", 1));
        assertThat(feb.fxImpact()).isEqualTo(Money.of("10.00", "USD"));
        assertThat(feb.endMrr()).isEqualTo(Money.of("190.00", "USD"));
        FxBridgePeriod mar = bridge.period(MAR);
        assertThat(mar.contraction()).isEqualTo(usd("13.00", 1));
        assertThat(mar.fxImpact()).isEqualTo(Money.of("-25.00", "USD"));
        assertThat(mar.endMrr()).isEqualTo(Money.of("152.00", "USD"));
        assertThat(mar.endAccounts()).isEqualTo(2);
        assertThat(bridge.totalFxImpact()).isEqualTo(Money.of("-15.00", "USD"));
        assertThat(bridge.closingMrr()).isEqualTo(Money.of("152.00", "USD"));
        assertThat(bridge.lastMonth()).isEqualTo(MAR);
        assertThat(bridge.toString()).contains("fx USD -25.00");
    }

    /** Constant currency: every month at the rate of the account's first paying month, so no FX line. */
    @Test
    void rateAtAccountStartHasNoFxImpact() {
        FxRates onlyJan = FxRates.of(USD).withRate(EUR, JAN, new BigDecimal("1.10"));
        FxBridge bridge = FxBridgeAccumulator.create(onlyJan, FxPolicy.RATE_AT_ACCOUNT_START, JAN, MAR).bridge();
        assertThat(bridge.periods()).hasSize(2);
        FxBridgeAccumulator acc = FxBridgeAccumulator.create(onlyJan, FxPolicy.RATE_AT_ACCOUNT_START, FEB, MAR);
        acc.accept(MrrHistory.of("c", EUR, JAN, 10_000, 10_000, 12_000));
        FxBridgePeriod mar = acc.bridge().period(MAR);
        assertThat(mar.startMrr()).isEqualTo(Money.of("110.00", "USD"));
        assertThat(mar.expansion()).isEqualTo(usd("22.00", 1));
        assertThat(mar.fxImpact()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(mar.endMrr()).isEqualTo(Money.of("132.00", "USD"));
    }

    /** Churn counts the revenue lost at the rate it was worth when lost; reactivation is decided from the whole history. */
    @Test
    void churnAtThePreviousRateAndReactivation() {
        FxBridgeAccumulator acc = FxBridgeAccumulator.create(RATES, FxPolicy.MONTHLY_RATE, JAN, MAR);
        acc.accept(MrrHistory.of("e", EUR, JAN, 10_000, 0, 10_000));
        FxBridge b = acc.bridge();
        assertThat(b.period(FEB).churn()).isEqualTo(usd("110.00", 1));
        assertThat(b.period(MAR).reactivation()).isEqualTo(usd("100.00", 1));
        assertThat(b.period(MAR).fxImpact().isZero()).isTrue();
    }

    @Test
    void aMissingRateNamesCurrencyAndMonthAndChangesNothing() {
        FxBridgeAccumulator acc = FxBridgeAccumulator.create(RATES, FxPolicy.MONTHLY_RATE, JAN, MAR);
        acc.accept(MrrHistory.of("c", EUR, JAN, 10_000, 10_000, 10_000));
        FxBridge before = acc.bridge();
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("d", JPY, JAN, 500, 500)))
                .isInstanceOf(MissingFxRateException.class).hasMessage("no FX rate JPY→USD for 2024-01");
        assertThat(acc.bridge()).isEqualTo(before);
        FxBridgeAccumulator fixed = FxBridgeAccumulator.create(RATES, FxPolicy.RATE_AT_ACCOUNT_START, FEB, MAR);
        assertThatThrownBy(() -> fixed.accept(MrrHistory.of("g", EUR, YearMonth.of(2023, 12), 500, 500, 500)))
                .isInstanceOf(MissingFxRateException.class).hasMessage("no FX rate EUR→USD for 2023-12");
    }

    @Test
    void accountsOutsideTheWindowAndAllZeroAccountsAddNothing() {
        FxBridgeAccumulator acc = FxBridgeAccumulator.create(RATES, FxPolicy.RATE_AT_ACCOUNT_START, FEB, MAR);
        acc.accept(MrrHistory.of("z", JPY, FEB, 0, 0));
        acc.accept(MrrHistory.of("old", JPY, YearMonth.of(2020, 1), 100));
        acc.accept(MrrHistory.of("late", JPY, YearMonth.of(2030, 1), 100));
        assertThat(acc.bridge().closingMrr().isZero()).isTrue();
    }

    /**
     * An account inside the window that pays nothing there but starts paying after it needs no rate (its first
     * paying month, 2024-06, has none): it adds nothing. Found by FxProperties on CI, where it threw.
     */
    /** The constant rate is the first <em>paying</em> month's (February, 1.20), not the history's first month's. */
    @Test
    void theConstantRateIsTheFirstPayingMonths() {
        FxBridgeAccumulator acc = FxBridgeAccumulator.create(RATES, FxPolicy.RATE_AT_ACCOUNT_START, JAN, MAR);
        acc.accept(MrrHistory.of("f", EUR, JAN, 0, 10_000, 10_000));
        assertThat(acc.bridge().closingMrr()).isEqualTo(Money.of("120.00", "USD"));
        assertThat(acc.bridge().period(FEB).newBusiness()).isEqualTo(usd("120.00", 1));
    }

    @Test
    void anAccountFirstPayingAfterTheWindowNeedsNoRate() {
        for (FxPolicy policy : FxPolicy.values()) {
            FxBridgeAccumulator acc = FxBridgeAccumulator.create(RATES, policy, JAN, MAR);
            acc.accept(MrrHistory.of("later", EUR, FEB, 0, 0, 0, 0, 2_000));
            // First paying in April, the month right after the window (no EUR rate for it either).
            acc.accept(MrrHistory.of("next", EUR, FEB, 0, 0, 2_000));
            assertThat(acc.bridge().closingMrr().isZero()).as("%s", policy).isTrue();
            assertThat(acc.bridge().openingAccounts()).isZero();
        }
    }

    @Test
    void allPathsAgree() {
        List<MrrHistory> book = List.of(MrrHistory.of("a", EUR, JAN, 10_000, 15_000, 0),
                MrrHistory.of("b", USD, JAN, 5_000, 0, 7_000), MrrHistory.of("c", JPY, FEB, 10_000, 8_000),
                MrrHistory.of("d", EUR, FEB, 333, 999), MrrHistory.of("e", USD, YearMonth.of(2023, 6), 1, 0, 0, 0, 0, 0, 0, 0, 2));
        FxRates rates = RATES.withRate(USD, YearMonth.of(2023, 6), BigDecimal.ONE);
        assertThat(rates).isSameAs(RATES);
        for (FxPolicy policy : FxPolicy.values()) {
            AccumulatorChecks.assertAllPathsAgree(book, () -> FxBridgeAccumulator.create(rates, policy, JAN, MAR),
                    FxBridgeAccumulator::bridge);
        }
    }

    @Test
    void rejectsBadInputAndIncompatiblePartials() {
        assertThatThrownBy(() -> FxBridgeAccumulator.create(null, FxPolicy.MONTHLY_RATE, JAN, MAR))
                .isInstanceOf(NullPointerException.class).hasMessage("rates must not be null");
        assertThatThrownBy(() -> FxBridgeAccumulator.create(RATES, null, JAN, MAR))
                .isInstanceOf(NullPointerException.class).hasMessage("policy must not be null");
        assertThatThrownBy(() -> FxBridgeAccumulator.create(RATES, FxPolicy.MONTHLY_RATE, MAR, JAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lastMonth (2024-01) must not be before firstMonth (2024-03)");
        FxBridgeAccumulator acc = FxBridgeAccumulator.create(RATES, FxPolicy.MONTHLY_RATE, JAN, MAR);
        assertThatThrownBy(() -> acc.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("history must not be null");
        assertThatThrownBy(() -> acc.combine(FxBridgeAccumulator.create(RATES, FxPolicy.RATE_AT_ACCOUNT_START, JAN, MAR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy");
        assertThatThrownBy(() -> acc.combine(FxBridgeAccumulator.create(RATES, FxPolicy.MONTHLY_RATE, JAN, FEB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> acc.combine(FxBridgeAccumulator.create(FxRates.of(USD), FxPolicy.MONTHLY_RATE, JAN, MAR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rates");
        assertThat(acc).hasToString("FxBridgeAccumulator{into USD, MONTHLY_RATE, 2024-01..2024-03}");
    }

    @Test
    void periodAndBridgeRejectInconsistentValues() {
        MovementTotal none = usd("0.00", 0);
        Money m100 = Money.of("100.00", "USD");
        assertThatThrownBy(() -> new FxBridgePeriod(JAN, FEB, m100, 1, none, none, none, none, none,
                Money.of("5.00", "USD"), m100, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FX MRR bridge does not sum").hasMessageContaining("fxImpact USD 5.00");
        assertThatThrownBy(() -> new FxBridgePeriod(JAN, JAN, m100, 1, none, none, none, none, none,
                Money.of("0.00", "USD"), m100, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endMonth (2024-01) must be after startMonth (2024-01)");
        assertThatThrownBy(() -> new FxBridgePeriod(JAN, FEB, m100, 1, none, none, none, none, none,
                Money.of("0.00", "USD"), m100, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account bridge does not sum");
        assertThatThrownBy(() -> new FxBridgePeriod(JAN, FEB, m100, 1, none, none, none, none, none,
                null, m100, 1)).isInstanceOf(NullPointerException.class).hasMessage("fxImpact must not be null");
        FxBridgePeriod ok = new FxBridgePeriod(JAN, FEB, m100, 1, none, none, none, none, none,
                Money.of("0.00", "USD"), m100, 1);
        assertThatThrownBy(() -> new FxBridge(FxPolicy.MONTHLY_RATE, JAN, Money.of("90.00", "USD"), 1, List.of(ok)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the previous balance");
        assertThatThrownBy(() -> new FxBridge(FxPolicy.MONTHLY_RATE, FEB, m100, 1, List.of(ok)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must run from 2024-02 to 2024-03");
        FxBridge b = new FxBridge(FxPolicy.MONTHLY_RATE, JAN, m100, 1, List.of(ok));
        assertThatThrownBy(() -> b.period(JAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endMonth must be from 2024-02 to 2024-02: 2024-01");
    }
}
