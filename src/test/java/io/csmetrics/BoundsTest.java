package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.ltv.LtvCalculator;
import io.csmetrics.roi.LtvBasis;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: huge BigDecimals are refused by name before any expensive arithmetic. */
class BoundsTest {

    static final Currency USD = Currency.getInstance("USD");
    static final BigDecimal HUGE_EXPONENT = new BigDecimal("1E+999999999");
    static final BigDecimal TINY_EXPONENT = new BigDecimal("1E-999999999");
    static final BigDecimal MANY_DIGITS = new BigDecimal(BigInteger.TEN.pow(5000).subtract(BigInteger.ONE));

    @Test
    void theLimitsThemselvesAreAccepted() {
        BigDecimal largest = new BigDecimal("9".repeat(40) + "." + "9".repeat(100));
        assertThat(Bounds.checkDecimal(largest, "x")).isSameAs(largest);
        assertThat(Money.of(new BigDecimal("1E+39"), USD).amount()).isEqualByComparingTo("1E+39");
        assertThatThrownBy(() -> Bounds.checkDecimal(new BigDecimal("1E+40"), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x (1E+40) is out of range: at most 40 integer digits and 100 decimal places");
        assertThatThrownBy(() -> Bounds.checkDecimal(new BigDecimal("1E-101"), "x")).hasMessageContaining("x (1E-101)");
        assertThatThrownBy(() -> Bounds.checkDecimal(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("x must not be null");
    }

    @Test
    void moneyRefusesHugeAmountsByName() {
        for (BigDecimal v : List.of(HUGE_EXPONENT, TINY_EXPONENT, MANY_DIGITS, HUGE_EXPONENT.negate())) {
            assertThatThrownBy(() -> Money.of(v, USD)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("amount (").hasMessageContaining("out of range");
            assertThatThrownBy(() -> Money.of("1", "USD").multipliedBy(v)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("multiplicand (");
        }
        assertThatThrownBy(() -> Money.parse("USD 1E+999999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount (1E+999999999)");
        assertThat(Bounds.describe(MANY_DIGITS)).isEqualTo("a 16610-bit unscaled value with scale 0");
    }

    @Test
    void toMinorUnitsRefusesBeforeRescaling() {
        // 10^39 dollars is a bounded Money but 10^41 cents, beyond a long.
        Money big = Money.of(new BigDecimal("1E+39"), USD);
        assertThatThrownBy(big::toMinorUnits).isInstanceOf(ArithmeticException.class).hasMessageContaining("exceeds a long");
        // Grown past the bounds by arithmetic, it is still refused at once.
        Money grown = big.multipliedBy(new BigDecimal("1E+39")).multipliedBy(new BigDecimal("1E+39"));
        assertThatThrownBy(grown::toMinorUnits).isInstanceOf(ArithmeticException.class).hasMessageContaining("USD 1E+117");
        assertThat(Money.of("92233720368547758.07", "USD").toMinorUnits()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Money.of("92233720368547758.08", "USD").toMinorUnits()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void snapshotsAndHistoriesRefuseHugeAmounts() {
        assertThatThrownBy(() -> MrrSnapshot.of("a", YearMonth.of(2024, 1), Money.of(HUGE_EXPONENT, USD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        Money big = Money.of(new BigDecimal("1E+30"), USD);
        assertThatThrownBy(() -> MrrHistory.of("a", YearMonth.of(2024, 1), List.of(big)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthly[0]").hasMessageContaining("exceeds a long");
    }

    @Test
    void lifetimesRefuseHugeValues() {
        Money price = Money.of("100", "USD");
        for (BigDecimal v : List.of(HUGE_EXPONENT, TINY_EXPONENT, MANY_DIGITS, HUGE_EXPONENT.negate())) {
            assertThatThrownBy(() -> LtvCalculator.standard().fromLifetime(price, v))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("averageLifetimeMonths (");
            assertThatThrownBy(() -> LtvBasis.averageLifetime(v)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("months (");
        }
        assertThat(LtvCalculator.standard().fromLifetime(price, new BigDecimal("24")).value()).isEqualTo(Money.of("2400", "USD"));
    }
}
