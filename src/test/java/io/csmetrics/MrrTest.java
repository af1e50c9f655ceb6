package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrrTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Money USD_50 = Money.of("50", "USD");
    private static final Money USD_1000 = Money.of("1000", "USD");

    @Test
    void mrrIsCustomersTimesMonthlyFee() {
        // DESIGN.md: MRR = customers × monthly fee.
        assertThat(Mrr.ofCustomers(120, USD_50)).isEqualTo(Mrr.of(Money.of("6000", "USD")));
        assertThat(Mrr.ofCustomers(0, USD_50).signum()).isZero();
    }

    @ParameterizedTest(name = "{0} per {1} = {2} per month")
    @CsvSource({
        "1200, P12M, 100",
        "300, P3M, 100",
        "600, P6M, 100",
        "3600, P3Y, 100",
        // A week is 12/52 = 3/13 of a month: 30 per week is 130 per month.
        "30, P1W, 130",
        // A day is 12/365 of a month: 12 per day is 365 per month.
        "12, P1D, 365",
    })
    void normalisesBillingPeriodsExactly(String price, String period, String monthly) {
        BillingPeriod p = switch (period) {
            case "P12M" -> BillingPeriod.ANNUAL;
            case "P3M" -> BillingPeriod.QUARTERLY;
            case "P6M" -> BillingPeriod.SEMI_ANNUAL;
            case "P3Y" -> BillingPeriod.ofYears(3);
            case "P1W" -> BillingPeriod.WEEKLY;
            case "P1D" -> BillingPeriod.DAILY;
            default -> throw new IllegalArgumentException(period);
        };
        assertThat(p).hasToString(period);
        assertThat(Mrr.of(Money.of(price, "USD"), p).toMoneyExact().isEqual(Money.of(monthly, "USD"))).isTrue();
    }

    @Test
    void annualPriceIsExactFractionUntilRounded() {
        Mrr mrr = Mrr.of(USD_1000, BillingPeriod.ANNUAL);
        assertThat(mrr.isTerminating()).isFalse();
        assertThat(mrr).hasToString("USD 250/3 per month");
        assertThat(mrr.toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("83.33", "USD"));
        assertThat(mrr.toMoney(new MathContext(6))).isEqualTo(Money.of("83.3333", "USD"));
        assertThat(mrr.multipliedBy(12)).isEqualTo(Mrr.of(USD_1000));
        assertThat(mrr.toArr().toMoneyExact()).isEqualTo(Money.of("1000", "USD"));
        assertThatThrownBy(mrr::toMoneyExact).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("not a terminating decimal");
        assertThatThrownBy(() -> mrr.toMoney(RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void arpaIsExactDivision() {
        Mrr total = Mrr.of(USD_1000);
        assertThat(total.dividedBy(3).multipliedBy(3)).isEqualTo(total);
        assertThat(total.dividedBy(8).toMoneyExact()).isEqualTo(Money.of("125", "USD"));
    }

    @Test
    void equalityIsByValue() {
        assertThat(Mrr.of(Money.of("100", "USD"))).isEqualTo(Mrr.of(Money.of("100.00", "USD")))
                .isEqualTo(Mrr.of(Money.of("1200", "USD"), BillingPeriod.ANNUAL))
                .hasSameHashCodeAs(Mrr.of(Money.of("1200", "USD"), BillingPeriod.ANNUAL));
        assertThat(Mrr.of(Money.of("100", "USD"))).isNotEqualTo(Mrr.of(Money.of("100", "EUR")));
        assertThat(Mrr.of(Money.of("100", "USD")).compareTo(Mrr.of(USD_1000, BillingPeriod.ANNUAL))).isPositive();
        assertThat(BillingPeriod.ofYears(1)).isEqualTo(BillingPeriod.ANNUAL);
        assertThat(BillingPeriod.WEEKLY.months()).isEqualTo(Ratio.of(3, 13));
    }

    @Test
    void arrIsTwelveTimesMrr() {
        Arr arr = Arr.of(Money.of("1200", "USD"));
        assertThat(arr.toMrr()).isEqualTo(Mrr.of(Money.of("100", "USD")));
        assertThat(Arr.from(Mrr.of(Money.of("100", "USD")))).isEqualTo(arr);
        assertThat(arr.plus(arr).toMoney(RoundingMode.UNNECESSARY)).isEqualTo(Money.of("2400.00", "USD"));
        assertThat(arr).hasToString("USD 1200 per year");
        assertThat(arr.compareTo(Arr.of(USD_1000))).isPositive();
        assertThatThrownBy(() -> arr.plus(Arr.of(Money.of("1", "EUR")))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> arr.compareTo(Arr.of(Money.of("1", "EUR")))).isInstanceOf(CurrencyMismatchException.class);
        assertThat(arr.currency()).isEqualTo(USD);
        assertThat(Arr.of(Money.of("1200.00", "USD"))).isEqualTo(arr).hasSameHashCodeAs(arr);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> Mrr.ofCustomers(-1, USD_50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers must not be negative: -1");
        assertThatThrownBy(() -> Mrr.ofCustomers(1, Money.of("-5", "USD"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthlyFee must not be negative: USD -5");
        assertThatThrownBy(() -> Mrr.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("monthlyAmount must not be null");
        assertThatThrownBy(() -> Mrr.of(USD_50, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("period must not be null");
        assertThatThrownBy(() -> Mrr.of(USD_50).dividedBy(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("divisor must not be zero");
        assertThatThrownBy(() -> Mrr.of(USD_50).minus(Mrr.zero(Currency.getInstance("EUR"))))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
        assertThatThrownBy(() -> Mrr.of(USD_50).compareTo(Mrr.zero(Currency.getInstance("EUR"))))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
        assertThatThrownBy(() -> Mrr.zero(Currency.getInstance("XXX"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no defined minor digits");
        assertThatThrownBy(() -> Mrr.of(USD_50).plus(Mrr.zero(Currency.getInstance("EUR"))))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ: USD/EUR");
        assertThatThrownBy(() -> BillingPeriod.ofMonths(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months must be positive: 0");
        assertThatThrownBy(() -> BillingPeriod.ofWeeks(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weeks must be positive: -2");
    }

    @Provide
    Arbitrary<BillingPeriod> periods() {
        return Arbitraries.of(BillingPeriod.DAILY, BillingPeriod.WEEKLY, BillingPeriod.MONTHLY, BillingPeriod.QUARTERLY,
                BillingPeriod.SEMI_ANNUAL, BillingPeriod.ANNUAL, BillingPeriod.ofYears(3), BillingPeriod.ofWeeks(2));
    }

    @Property
    void normalisationIsExactAndReversible(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long priceMinor,
            @ForAll("periods") BillingPeriod period) {
        Money price = Money.ofMinor(priceMinor, USD);
        Mrr mrr = Mrr.of(price, period);
        // months(period) × MRR gives back the price exactly.
        Ratio months = period.months();
        Mrr back = mrr.multipliedBy(months.numerator().longValueExact()).dividedBy(months.denominator().longValueExact());
        assertThat(back).isEqualTo(Mrr.of(price));
    }

    @Property
    void sumsAreExactAndOrderFree(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long a,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long b, @ForAll("periods") BillingPeriod pa,
            @ForAll("periods") BillingPeriod pb, @ForAll @IntRange(min = 1, max = 1000) int k) {
        Mrr x = Mrr.of(Money.ofMinor(a, USD), pa);
        Mrr y = Mrr.of(Money.ofMinor(b, USD), pb);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.multipliedBy(k).dividedBy(k)).isEqualTo(x);
        assertThat(x.plus(y).toArr()).isEqualTo(x.toArr().plus(y.toArr()));
        // Rounding the exact sum never differs from the exact value by more than half a cent.
        BigDecimal rounded = x.plus(y).toMoney(RoundingMode.HALF_EVEN).amount();
        BigDecimal exact = x.plus(y).toMoney(MathContext.DECIMAL128).amount();
        assertThat(rounded.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Test
    void periodsAreNamedAndMeasuredInMonths() {
        // ISO 8601 names; a day is 12/365 of a month and a week 12/52 (BillingPeriod's documented normalisation).
        assertThat(BillingPeriod.ofMonths(1)).hasToString("P1M");
        assertThat(BillingPeriod.ofMonths(3)).hasToString("P3M");
        assertThat(BillingPeriod.ofDays(2).months().isEquivalent(Ratio.of(24, 365))).isTrue();
        assertThat(BillingPeriod.ofWeeks(2).months().isEquivalent(Ratio.of(24, 52))).isTrue();
        assertThat(BillingPeriod.ofYears(2).months().isEquivalent(Ratio.of(24, 1))).isTrue();
    }
}
