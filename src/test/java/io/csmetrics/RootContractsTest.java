package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contracts of the foundation types that the worked-example tests leave implicit: comparisons at
 * equality, predicates on both sides, currency checks of every binary operation, period names and
 * history look-ups across a year boundary (found missing by mutation testing).
 */
class RootContractsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void moneyPredicatesOnBothSidesOfZero() {
        assertThat(usd("1").isZero()).isFalse();
        assertThat(usd("0").isPositive()).isFalse();
        assertThat(usd("0.01").isPositive()).isTrue();
        assertThat(usd("-0.01").isPositive()).isFalse();
        assertThat(usd("-3").signum()).isEqualTo(-1);
        assertThat(usd("3").signum()).isEqualTo(1);
        assertThat(usd("-3").abs()).isEqualTo(usd("3"));
    }

    @Test
    void moneyComparisonsAreStrictAtEquality() {
        assertThat(usd("5").isGreaterThan(usd("5.00"))).isFalse();
        assertThat(usd("5").isLessThan(usd("5.00"))).isFalse();
        assertThat(usd("5.01").isGreaterThan(usd("5"))).isTrue();
        assertThat(usd("4.99").isLessThan(usd("5"))).isTrue();
        assertThat(usd("5").isEqual(usd("5.00"))).isTrue();
        assertThat(usd("5").isEqual(usd("5.01"))).isFalse();
        assertThat(usd("5").isSameCurrency(Money.of("5", "EUR"))).isFalse();
        assertThat(usd("5").isSameCurrency(usd("7"))).isTrue();
    }

    @Test
    void shortestMoneyTextParses() {
        assertThat(Money.parse("USD 1").isEqual(usd("1"))).isTrue();
    }

    @Test
    void factoriesNameTheMissingCurrency() {
        assertThatThrownBy(() -> Money.ofMinor(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("currency must not be null");
        assertThatThrownBy(() -> Mrr.zero(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("currency must not be null");
        assertThatThrownBy(() -> Mrr.zero(Currency.getInstance("XXX"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mrrOperationsCheckTheCurrency() {
        Mrr dollars = Mrr.of(usd("100"));
        Mrr euros = Mrr.of(Money.of("100", "EUR"));
        assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> dollars.compareTo(euros)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> dollars.toArr().compareTo(euros.toArr())).isInstanceOf(CurrencyMismatchException.class);
        assertThat(dollars.signum()).isEqualTo(1);
        assertThat(Mrr.zero(USD).signum()).isZero();
        assertThat(dollars.isTerminating()).isTrue();
        assertThat(Mrr.of(usd("250"), BillingPeriod.ofMonths(3)).isTerminating()).isFalse();
    }

    @Test
    void arrIsAValue() {
        Arr a = Arr.of(usd("1200"));
        assertThat(a).isEqualTo(Arr.of(usd("1200"))).isNotEqualTo(Arr.of(usd("1300")))
                .isNotEqualTo(Arr.of(Money.of("1200", "EUR")));
        assertThat(a.currency()).isEqualTo(USD);
    }

    @Test
    void billingPeriodsAreNamedAndScaleLinearly() {
        assertThat(BillingPeriod.ofMonths(1)).hasToString("P1M");
        assertThat(BillingPeriod.ofMonths(3)).hasToString("P3M");
        assertThat(BillingPeriod.ofMonths(1)).isNotEqualTo(BillingPeriod.ofMonths(3));
        // a price per n weeks (days) is n times the price per week (day)
        assertThat(Mrr.of(usd("120"), BillingPeriod.ofWeeks(2))).isEqualTo(Mrr.of(usd("60"), BillingPeriod.ofWeeks(1)));
        assertThat(Mrr.of(usd("30"), BillingPeriod.ofDays(3))).isEqualTo(Mrr.of(usd("10"), BillingPeriod.ofDays(1)));
        assertThat(BillingPeriod.ofDays(1)).isNotEqualTo(BillingPeriod.ofWeeks(1));
    }

    @Test
    void exactAmountsKeepSignAndDenominator() {
        ExactAmount third = ExactAmount.of(BigDecimal.valueOf(250), BigInteger.valueOf(3));
        assertThat(third.denominator()).isEqualTo(BigInteger.valueOf(3));
        assertThat(ExactAmount.of(BigDecimal.valueOf(-3), BigInteger.ONE).signum()).isEqualTo(-1);
        assertThat(third).isNotEqualTo(ExactAmount.of(BigDecimal.valueOf(251), BigInteger.valueOf(3)));
    }

    @Test
    void historiesLookUpAcrossAYearBoundary() {
        MrrHistory h = MrrHistory.of("acme", USD, YearMonth.of(2023, 11), 100, 200, 300);
        assertThat(h.accountId()).isEqualTo("acme");
        assertThat(h.currency()).isEqualTo(USD);
        assertThat(h.firstMonth()).isEqualTo(YearMonth.of(2023, 11));
        assertThat(h.mrrAt(YearMonth.of(2023, 11))).isEqualTo(Money.ofMinor(100, USD));
        assertThat(h.mrrAt(YearMonth.of(2024, 1))).isEqualTo(Money.ofMinor(300, USD));
        assertThat(h.mrrAt(YearMonth.of(2024, 2))).isEqualTo(Money.ofMinor(0, USD));
        assertThat(h.mrrAt(YearMonth.of(2023, 10))).isEqualTo(Money.ofMinor(0, USD));
        assertThat(h).isNotEqualTo(MrrHistory.of("acme", USD, YearMonth.of(2023, 11), 100, 200, 301));
        List<MrrHistory> back = MrrHistory.fromSnapshots(List.of(
                MrrSnapshot.of("acme", YearMonth.of(2023, 12), Money.ofMinor(200, USD)),
                MrrSnapshot.of("acme", YearMonth.of(2024, 2), Money.ofMinor(400, USD))));
        assertThat(back.get(0).length()).isEqualTo(3);
        assertThat(back.get(0).mrrAt(YearMonth.of(2024, 2))).isEqualTo(Money.ofMinor(400, USD));
    }

    @Test
    void undefinedRatiosCompareOnlyByEquivalence() {
        assertThat(Ratio.of(BigDecimal.ONE, BigDecimal.ZERO).numerator()).isEqualByComparingTo("1");
        assertThat(Ratio.of(1, 0).isEquivalent(Ratio.of(5, 0))).isTrue();
        assertThat(Ratio.of(0, 0).isEquivalent(Ratio.of(1, 0))).isFalse();
        assertThat(Ratio.of(1, 2).isEquivalent(Ratio.of(1, 3))).isFalse();
        assertThat(Ratio.of(1, 2).isEquivalent(Ratio.of(2, 4))).isTrue();
        assertThatThrownBy(() -> Ratio.ONE.compareTo(Ratio.of(1, 0))).isInstanceOf(UndefinedMetricException.class);
        assertThatThrownBy(() -> Ratio.of(1, 0).compareTo(Ratio.ONE)).isInstanceOf(UndefinedMetricException.class);
    }
}
