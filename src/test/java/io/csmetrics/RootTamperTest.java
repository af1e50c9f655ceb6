package io.csmetrics;

import static io.csmetrics.Tamper.assertFieldTamperRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Issue 14: every Serializable class of the root package re-checks its invariants when read back. */
class RootTamperTest {

    static final Currency USD = Currency.getInstance("USD");

    @Test
    void ratioWithNegativeDenominator() {
        // Read back unchecked, 1/-2 compared greater than 0.
        assertFieldTamperRejected(Ratio.of(1, 2), "denominator", BigDecimal.valueOf(-2), "denominator must not be negative");
        assertFieldTamperRejected(Ratio.of(1, 2), "numerator", null, "numerator must not be null");
    }

    @Test
    void moneyWithPseudoCurrencyOrNoAmount() {
        assertFieldTamperRejected(Money.of("1.00", "USD"), "currency", Currency.getInstance("XXX"), "no defined minor digits");
        assertFieldTamperRejected(Money.of("1.00", "USD"), "amount", null, "amount must not be null");
    }

    @Test
    void exactAmountOutOfCanonicalForm() {
        Mrr third = Mrr.of(Money.of("100", "USD"), BillingPeriod.ofMonths(3));
        ExactAmount amount = (ExactAmount) Tamper.get(third, "amount");
        assertFieldTamperRejected(amount, "denominator", BigInteger.valueOf(6), "canonical");
        assertFieldTamperRejected(amount, "denominator", BigInteger.ZERO, "denominator is zero");
        assertFieldTamperRejected(third, "currency", null, "currency must not be null");
        assertFieldTamperRejected(Arr.from(third), "amount", null, "amount must not be null");
    }

    @Test
    void billingPeriodNotPositive() {
        assertFieldTamperRejected(BillingPeriod.ofWeeks(1), "monthsNumerator", BigInteger.valueOf(-3), "positive fraction");
        assertFieldTamperRejected(BillingPeriod.ofWeeks(1), "monthsNumerator", BigInteger.valueOf(26), "lowest terms");
    }

    @Test
    void mrrHistoryNegativeOrShared() {
        MrrHistory h = MrrHistory.of("a", USD, YearMonth.of(2024, 1), 100, 200);
        assertFieldTamperRejected(h, "minorUnits", new long[] {100, -5}, "must not be negative");
        assertFieldTamperRejected(h, "accountId", " ", "accountId must not be blank");
        assertThat(AccumulatorChecks.roundTrip(h)).isEqualTo(h);
    }
}
