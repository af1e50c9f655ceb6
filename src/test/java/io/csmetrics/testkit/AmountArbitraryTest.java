package io.csmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Arr;
import io.csmetrics.BillingPeriod;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

class AmountArbitraryTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final long SEED = 42L;

    @Example
    void moneyDefaultsAreUsdBetweenZeroAndOneHundredThousandInCents() {
        List<Money> drawn = Samples.draw(CsArbitraries.money(), SEED, 500);
        assertThat(drawn).allSatisfy(m -> {
            assertThat(m.currency()).isEqualTo(USD);
            assertThat(m.amount().scale()).isEqualTo(2);
            assertThat(m.amount()).isBetween(BigDecimal.ZERO, new BigDecimal("100000"));
        });
        assertThat(drawn.stream().distinct().count()).as("distinct amounts").isGreaterThan(100);
    }

    @Provide
    Arbitrary<Money> yen() {
        return CsArbitraries.money().currency("JPY").between(-500, 500);
    }

    @Property
    void yenAmountsAreWholeAndWithinTheRange(@ForAll("yen") Money m) {
        assertThat(m.currency()).isEqualTo(JPY);
        assertThat(m.amount().scale()).isZero();
        assertThat(m.amount()).isBetween(new BigDecimal("-500"), new BigDecimal("500"));
    }

    @Provide
    Arbitrary<Money> finelyScaled() {
        return CsArbitraries.money().between(new BigDecimal("0.0001"), new BigDecimal("0.0100")).ofScale(4);
    }

    @Property
    void aScaleAboveTheCurrencysGivesSubCentAmounts(@ForAll("finelyScaled") Money m) {
        assertThat(m.amount().scale()).isEqualTo(4);
        assertThat(m.amount()).isBetween(new BigDecimal("0.0001"), new BigDecimal("0.0100"));
    }

    @Example
    void theSameSeedGivesTheSameValues() {
        MoneyArbitrary a = CsArbitraries.money().currency(Currency.getInstance("EUR")).between(1, 99);
        assertThat(Samples.draw(a, SEED, 50)).isEqualTo(Samples.draw(a, SEED, 50));
        assertThat(Samples.draw(CsArbitraries.mrr(), SEED, 50)).isEqualTo(Samples.draw(CsArbitraries.mrr(), SEED, 50));
    }

    @Example
    void configuringReturnsANewArbitraryAndLeavesTheOriginal() {
        MoneyArbitrary usd = CsArbitraries.money();
        MoneyArbitrary yen = usd.currency(JPY);
        assertThat(usd.currency()).isEqualTo(USD);
        assertThat(yen.currency()).isEqualTo(JPY);
        assertThat(usd).hasToString("MoneyArbitrary<USD [0, 100000] scale 2>");
    }

    @Example
    void aFailingPropertyShrinksToTheSmallestFailingAmount() {
        Money shrunk = Samples.shrunkCounterexample(CsArbitraries.money(), SEED,
                m -> m.amount().compareTo(new BigDecimal("12.34")) < 0);
        assertThat(shrunk).isEqualTo(Money.of("12.34", "USD"));
        Money zero = Samples.shrunkCounterexample(CsArbitraries.money().between(-100, 100), SEED, m -> false);
        assertThat(zero).isEqualTo(Money.of("0.00", "USD"));
    }

    @Example
    void mrrDefaultsAreMonthlyPricesUpToTenThousand() {
        assertThat(Samples.draw(CsArbitraries.mrr(), SEED, 300)).allSatisfy(m -> {
            assertThat(m.currency()).isEqualTo(USD);
            assertThat(m.isTerminating()).isTrue();
            Money money = m.toMoneyExact();
            assertThat(money.amount()).isBetween(BigDecimal.ZERO, new BigDecimal("10000"));
        });
    }

    @Provide
    Arbitrary<Mrr> annualOrMonthly() {
        return CsArbitraries.mrr().between(1, 1200).billedEvery(BillingPeriod.MONTHLY, BillingPeriod.ANNUAL);
    }

    @Property
    void billedEveryDrawsThePeriodAndKeepsTheMrrExact(@ForAll("annualOrMonthly") Mrr m) {
        // MRR of a price in [1, 1200] is price (monthly) or price/12 (annual): both within [1/12, 1200].
        assertThat(m.compareTo(Mrr.of(Money.of("1", "USD"), BillingPeriod.ANNUAL))).isGreaterThanOrEqualTo(0);
        assertThat(m.compareTo(Mrr.of(Money.of("1200", "USD")))).isLessThanOrEqualTo(0);
    }

    @Example
    void annualBillingGivesNonTerminatingMrrs() {
        List<Mrr> drawn = Samples.draw(annualOrMonthly(), SEED, 300);
        assertThat(drawn).anyMatch(m -> !m.isTerminating());
    }

    @Property
    void arrDefaultsAreUpToOnePointTwoMillion(@ForAll("arrs") Arr a) {
        assertThat(a.toMoneyExact().amount()).isBetween(BigDecimal.ZERO, new BigDecimal("1200000"));
    }

    @Provide
    Arbitrary<Arr> arrs() {
        return CsArbitraries.arr();
    }

    @Example
    void invalidConfigurationsAreRejectedWithTheRangeAndValue() {
        assertThatThrownBy(() -> CsArbitraries.money().between(10, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min (10) must not exceed max (5)");
        assertThatThrownBy(() -> CsArbitraries.money().ofScale(13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale (valid values 0 - 12): 13");
        assertThatThrownBy(() -> CsArbitraries.money().between(new BigDecimal("0.001"), new BigDecimal("0.009")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no amount of scale 2");
        assertThatThrownBy(() -> CsArbitraries.money().ofScale(12).between(0, Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the long range");
        assertThatThrownBy(() -> CsArbitraries.money().currency("XXX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsArbitraries.money().currency((Currency) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("currency must not be null");
        assertThatThrownBy(() -> CsArbitraries.mrr().billedEvery()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("billingPeriods must not be empty");
    }
}
