package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the foundation value types: text and serialised forms read back, rates of money
 * are bounded and scale-free, and MRR normalisation is linear in the price.
 */
class RootInvariantsProperties {

    @Provide
    Arbitrary<Currency> currencies() {
        // zero, two and three minor digits
        return Arbitraries.of("JPY", "USD", "EUR", "BHD").map(Currency::getInstance);
    }

    @Property
    void moneyReadsBackFromTextAndFromBytes(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor,
            @ForAll("currencies") Currency currency) {
        Money m = Money.ofMinor(minor, currency);
        assertThat(Money.parse(m.toString())).isEqualTo(m);
        assertThat(AccumulatorChecks.roundTrip(m)).isEqualTo(m);
    }

    @Property
    void rateOfMoneyIsBoundedAndScaleFree(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long part,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long rest, @ForAll @LongRange(min = 2, max = 10_000) long k) {
        Currency usd = Currency.getInstance("USD");
        Money numerator = Money.ofMinor(part, usd);
        Money denominator = Money.ofMinor(part + rest, usd);
        Ratio r = Ratio.of(numerator, denominator);
        Ratio scaled = Ratio.of(numerator.multipliedBy(k), denominator.multipliedBy(k));
        assertThat(scaled.isEquivalent(r)).isTrue();
        if (r.isDefined()) {
            assertThat(r.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(r.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
            assertThat(r.complement().compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        }
        assertThat(AccumulatorChecks.roundTrip(r)).isEqualTo(r);
    }

    @Property
    void mrrIsLinearInThePriceAndMonotone(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long priceMinor,
            @ForAll @IntRange(min = 1, max = 36) int months, @ForAll @LongRange(min = 2, max = 1000) long k) {
        Currency usd = Currency.getInstance("USD");
        BillingPeriod period = BillingPeriod.ofMonths(months);
        Mrr mrr = Mrr.of(Money.ofMinor(priceMinor, usd), period);
        assertThat(Mrr.of(Money.ofMinor(priceMinor, usd).multipliedBy(k), period)).isEqualTo(mrr.multipliedBy(k));
        assertThat(Mrr.of(Money.ofMinor(priceMinor + 1, usd), period).compareTo(mrr)).isPositive();
        assertThat(Arr.from(mrr).toMrr()).isEqualTo(mrr);
        assertThat(AccumulatorChecks.roundTrip(mrr)).isEqualTo(mrr);
        assertThat(AccumulatorChecks.roundTrip(Arr.from(mrr))).isEqualTo(Arr.from(mrr));
    }

    @Property
    void historiesSurviveShipping(@ForAll @LongRange(min = 0, max = 1_000_000) long a,
            @ForAll @LongRange(min = 0, max = 1_000_000) long b, @ForAll @IntRange(min = 1, max = 12) int month) {
        MrrHistory h = MrrHistory.of("acme", Currency.getInstance("EUR"), YearMonth.of(2024, month), a, b);
        assertThat(AccumulatorChecks.roundTrip(h)).isEqualTo(h);
        assertThat(h.mrrAt(YearMonth.of(2024, month).plusMonths(1))).isEqualTo(Money.ofMinor(b, Currency.getInstance("EUR")));
    }
}
