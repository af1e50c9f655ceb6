package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.health.HealthRollup;
import io.csmetrics.revenue.TrialConversion;
import io.csmetrics.revenue.TrialRecord;
import io.csmetrics.roi.AccountOutcome;
import io.csmetrics.roi.CounterfactualUplift;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The accumulators whose sums are {@code BigDecimal}s still count items in a {@code long}: a combine that would
 * overflow a count (reached here by combining an accumulator with itself 63 times) throws an
 * {@link ArithmeticException} naming the counts and leaves the accumulator unchanged.
 */
class CountOverflowTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void trialConversionCounts() {
        TrialConversion c = TrialConversion.create(DAY.plusDays(30));
        c.accept(new TrialRecord("t", DAY, DAY.plusDays(14), Optional.of(DAY)));
        for (int i = 0; i < 62; i++) {
            c.combine(c);
        }
        assertThat(c.converted()).isEqualTo(1L << 62);
        assertThatThrownBy(() -> c.combine(c)).isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("combining trial conversions overflows a long: decided 4611686018427387904 + ");
        assertThat(c.decided()).isEqualTo(1L << 62);
        assertThat(c.converted()).isEqualTo(1L << 62);
        assertThat(c.running()).isZero();
        assertThat(c.medianDaysToConvert()).hasValue(0);
    }

    @Test
    void upliftAccounts() {
        CounterfactualUplift u = CounterfactualUplift.create(Currency.getInstance("USD"));
        u.accept(AccountOutcome.of("a", true, Money.parse("USD 100"), Money.parse("USD 120")));
        u.accept(AccountOutcome.of("b", false, Money.parse("USD 100"), Money.parse("USD 90")));
        for (int i = 0; i < 62; i++) {
            u.combine(u);
        }
        String before = u.toString();
        assertThatThrownBy(() -> u.combine(u)).isInstanceOf(ArithmeticException.class)
                .hasMessage("combining uplift accounts overflows a long: worked 4611686018427387904 + 4611686018427387904");
        assertThat(u).hasToString(before);
    }

    @Test
    void healthRollupChildren() {
        HealthRollup r = HealthRollup.create();
        r.accept(new HealthRollup.Child("a", 50, Money.parse("USD 10")));
        for (int i = 0; i < 62; i++) {
            r.combine(r);
        }
        double value = r.value();
        assertThatThrownBy(() -> r.combine(r)).isInstanceOf(ArithmeticException.class)
                .hasMessage("combining health roll-ups overflows the child count: 4611686018427387904 + 4611686018427387904");
        assertThat(r.children()).isEqualTo(1L << 62);
        assertThat(r.value()).isEqualTo(value);
        assertThat(r.totalMrr().isEqual(Money.parse("USD 10").multipliedBy(1L << 62))).isTrue();
    }
}
