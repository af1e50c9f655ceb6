package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Money USD_12_34 = Money.of("12.34", "USD");
    private static final Money EUR_1 = Money.of("1", "EUR");
    private static final Money JPY_100000 = Money.of("100000", "JPY");

    @Test
    void ltvWorkedExampleIsExact() {
        // DESIGN.md: LTV = 100,000 JPY/month × 24 months = 2,400,000 JPY.
        assertThat(JPY_100000.multipliedBy(24)).isEqualTo(Money.of("2400000", "JPY"));
    }

    @Test
    void keepsScaleAndCurrency() {
        assertThat(USD_12_34.amount()).isEqualTo(new BigDecimal("12.34"));
        assertThat(USD_12_34.currency()).isEqualTo(USD);
        assertThat(Money.ofMinor(1234, USD)).isEqualTo(USD_12_34);
        assertThat(Money.ofMinor(500, JPY).amount()).isEqualTo(new BigDecimal("500"));
        assertThat(Money.zero(USD).amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.of(new BigDecimal("1.5"), USD).toMinorUnits()).isEqualTo(150);
    }

    @Test
    void arithmeticIsExact() {
        assertThat(USD_12_34.plus(Money.of("0.006", "USD"))).isEqualTo(Money.of("12.346", "USD"));
        assertThat(USD_12_34.minus(USD_12_34).isZero()).isTrue();
        assertThat(USD_12_34.negated().isNegative()).isTrue();
        assertThat(USD_12_34.negated().abs()).isEqualTo(USD_12_34);
        assertThat(USD_12_34.multipliedBy(new BigDecimal("0.5"))).isEqualTo(Money.of("6.170", "USD"));
        assertThat(Money.of("10", "USD").dividedBy(3, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("3.33", "USD"));
        assertThat(Money.of("1.005", "USD").rounded(RoundingMode.HALF_UP)).isEqualTo(Money.of("1.01", "USD"));
        assertThat(Money.of("123.456", "USD").rounded(new MathContext(4))).isEqualTo(Money.of("123.5", "USD"));
        assertThat(USD_12_34.rounded(RoundingMode.UNNECESSARY)).isSameAs(USD_12_34);
        assertThat(USD_12_34.multipliedBy(1)).isSameAs(USD_12_34);
    }

    @Test
    void equalityIsScaleSensitiveButIsEqualIsNot() {
        Money one = Money.of("1.0", "USD");
        Money oneHundredths = Money.of("1.00", "USD");
        assertThat(one).isNotEqualTo(oneHundredths);
        assertThat(one.isEqual(oneHundredths)).isTrue();
        assertThat(one.compareTo(oneHundredths)).isZero();
        assertThat(Money.of("2", "USD").isGreaterThan(one)).isTrue();
        assertThat(one.isLessThan(Money.of("2", "USD"))).isTrue();
        assertThat(one.hashCode()).isEqualTo(Money.of("1.0", "USD").hashCode());
    }

    @Test
    void toStringAndParseRoundTrip() {
        assertThat(USD_12_34).hasToString("USD 12.34");
        assertThat(Money.parse("USD 12.34")).isEqualTo(USD_12_34);
        assertThat(Money.parse("JPY -500")).isEqualTo(Money.of("-500", "JPY"));
        // The shortest valid text: a code, a space and one digit.
        assertThat(Money.parse("JPY 5")).isEqualTo(Money.of("5", "JPY"));
        assertThat(Money.parse(Money.of(new BigDecimal("1E+3"), USD).toString()).isEqual(Money.of("1000", "USD"))).isTrue();
    }

    @Property
    void parseReadsBackToString(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long minor) {
        Money money = Money.ofMinor(minor, USD);
        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @Property
    void plusThenMinusIsIdentity(@ForAll long a, @ForAll long b) {
        Money x = Money.ofMinor(a, USD);
        Money y = Money.ofMinor(b, USD);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
    }

    @Test
    void mixingCurrenciesThrowsNamedException() {
        // Issue 14: the message names the argument whose currency differs.
        assertThatThrownBy(() -> USD_12_34.plus(EUR_1)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ: USD/EUR (argument other)")
                .satisfies(e -> assertThat(((CurrencyMismatchException) e).argument()).contains("other"));
        assertThat(new CurrencyMismatchException(USD, EUR_1.currency()).argument()).isEmpty();
        assertThatThrownBy(() -> USD_12_34.minus(EUR_1)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> USD_12_34.compareTo(EUR_1)).isInstanceOf(CurrencyMismatchException.class)
                .satisfies(e -> {
                    CurrencyMismatchException c = (CurrencyMismatchException) e;
                    assertThat(c.first()).isEqualTo(USD);
                    assertThat(c.second().getCurrencyCode()).isEqualTo("EUR");
                });
    }

    @Test
    void badInputIsRejectedWithNamedParameter() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null, USD)).isInstanceOf(NullPointerException.class)
                .hasMessage("amount must not be null");
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency must not be null");
        assertThatThrownBy(() -> Money.of("abc", "USD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount is not a decimal number: 'abc'");
        assertThatThrownBy(() -> Money.of("1", "ZZZ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currencyCode is not an ISO 4217 code: 'ZZZ'");
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, Currency.getInstance("XXX")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XXX has no defined minor digits");
        assertThatThrownBy(() -> USD_12_34.dividedBy(0, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("divisor must not be zero");
        assertThatThrownBy(() -> Money.of("10", "USD").dividedBy(3, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of("1.001", "USD").toMinorUnits()).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("not a whole number of USD minor units");
        assertThatThrownBy(() -> USD_12_34.plus(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "USD", "USD12.34", "US 12.34", "USD abc"})
    void parseRejectsMalformedText(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }
}
