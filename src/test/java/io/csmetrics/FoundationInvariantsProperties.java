package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the root value types that their own tests do not state: text and serialisation
 * round-trips in currencies of every minor-unit scale, ordering agreeing with equivalence, exact
 * MRR/ARR normalisation that scales with the price, and histories agreeing with their snapshots.
 */
class FoundationInvariantsProperties {

    private static final YearMonth FIRST = YearMonth.of(2024, 1);

    @Provide
    Arbitrary<Currency> currencies() {
        // Zero (JPY), two (USD, EUR) and three (BHD) minor digits.
        return Arbitraries.of("JPY", "USD", "EUR", "BHD").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<BillingPeriod> periods() {
        return Arbitraries.oneOf(Arbitraries.of(BillingPeriod.DAILY, BillingPeriod.WEEKLY, BillingPeriod.MONTHLY,
                BillingPeriod.QUARTERLY, BillingPeriod.SEMI_ANNUAL, BillingPeriod.ANNUAL),
                Arbitraries.integers().between(1, 36).map(BillingPeriod::ofMonths),
                Arbitraries.integers().between(1, 400).map(BillingPeriod::ofDays));
    }

    @Property
    void moneyParsesItsTextAndSurvivesSerialisation(@ForAll @LongRange(min = -1_000_000_000_000L,
            max = 1_000_000_000_000L) long minor, @ForAll("currencies") Currency currency) {
        Money money = Money.ofMinor(minor, currency);
        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(AccumulatorChecks.roundTrip(money)).isEqualTo(money);
        assertThat(money.toMinorUnits()).isEqualTo(minor);
        assertThat(money.amount().scale()).isEqualTo(currency.getDefaultFractionDigits());
    }

    @Property
    void moneyOrderAgreesWithEqualityAndSign(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long a,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long b, @ForAll("currencies") Currency currency) {
        Money x = Money.ofMinor(a, currency);
        Money y = Money.ofMinor(b, currency);
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(a - b));
        assertThat(x.isEqual(y)).isEqualTo(a == b);
        assertThat(x.isGreaterThan(y)).isEqualTo(a > b);
        assertThat(x.isLessThan(y)).isEqualTo(a < b);
        assertThat(x.minus(y).signum()).isEqualTo(Long.signum(a - b));
        assertThat(x.negated().plus(x).isZero()).isTrue();
        assertThat(x.abs().isNegative()).isFalse();
        assertThat(x.isPositive()).isEqualTo(a > 0);
    }

    @Property
    void ratioOrderAgreesWithEquivalenceAndIgnoresCommonFactors(@ForAll @IntRange(min = -10_000, max = 10_000) int n,
            @ForAll @IntRange(min = 1, max = 10_000) int d, @ForAll @IntRange(min = -10_000, max = 10_000) int m,
            @ForAll @IntRange(min = 1, max = 10_000) int e, @ForAll @IntRange(min = 1, max = 1000) int k) {
        Ratio r = Ratio.of(n, d);
        Ratio s = Ratio.of(m, e);
        assertThat(Ratio.of((long) n * k, (long) d * k).isEquivalent(r)).isTrue();
        assertThat(Integer.signum(r.compareTo(s))).isEqualTo(Long.signum((long) n * e - (long) m * d));
        assertThat(r.isEquivalent(s)).isEqualTo((long) n * e == (long) m * d);
        assertThat(r.complement().complement().isEquivalent(r)).isTrue();
        assertThat(r.multipliedBy(k).isEquivalent(Ratio.of((long) n * k, d))).isTrue();
        assertThat(AccumulatorChecks.roundTrip(r)).isEqualTo(r);
        assertThat(r.toDouble()).isEqualTo((double) n / d, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Property
    void mrrNormalisationIsExactAndScalesWithThePrice(@ForAll @LongRange(max = 10_000_000_000L) long priceMinor,
            @ForAll("periods") BillingPeriod period, @ForAll @IntRange(min = 1, max = 1000) int k,
            @ForAll("currencies") Currency currency) {
        Money price = Money.ofMinor(priceMinor, currency);
        Mrr mrr = Mrr.of(price, period);

        assertThat(Mrr.of(price.multipliedBy(k), period)).isEqualTo(mrr.multipliedBy(k));
        assertThat(Mrr.ofCustomers(k, price)).isEqualTo(Mrr.of(price).multipliedBy(k));
        assertThat(mrr.toArr().toMrr()).isEqualTo(mrr);
        assertThat(Arr.from(mrr)).isEqualTo(mrr.toArr());
        assertThat(mrr.multipliedBy(k).dividedBy(k)).isEqualTo(mrr);
        assertThat(AccumulatorChecks.roundTrip(mrr)).isEqualTo(mrr);
        assertThat(AccumulatorChecks.roundTrip(mrr.toArr())).isEqualTo(mrr.toArr());
        assertThat(AccumulatorChecks.roundTrip(period)).isEqualTo(period);
        BigDecimal monthly = mrr.toMoney(RoundingMode.HALF_EVEN).amount();
        BigDecimal exact = price.amount().multiply(period.months().denominator())
                .divide(period.months().numerator(), currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        assertThat(monthly).isEqualByComparingTo(exact);
    }

    @Property
    void aHistoryIsItsSnapshots(@ForAll @IntRange(min = -12, max = 12) int offset,
            @ForAll("values") List<Long> values, @ForAll("currencies") Currency currency) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        MrrHistory h = MrrHistory.of("acme", currency, FIRST.plusMonths(offset), v);

        assertThat(h.length()).isEqualTo(v.length);
        assertThat(h.lastMonth()).isEqualTo(FIRST.plusMonths(offset + v.length - 1L));
        List<MrrSnapshot> snapshots = h.toSnapshots();
        assertThat(snapshots).hasSize(v.length);
        for (int i = 0; i < v.length; i++) {
            YearMonth month = FIRST.plusMonths(offset + (long) i);
            assertThat(h.minorUnitsAt(i)).isEqualTo(v[i]);
            assertThat(h.mrrAt(month)).isEqualTo(Money.ofMinor(v[i], currency));
            assertThat(snapshots.get(i)).isEqualTo(MrrSnapshot.of("acme", month, Money.ofMinor(v[i], currency)));
        }
        assertThat(h.mrrAt(h.firstMonth().minusMonths(1)).isZero()).isTrue();
        assertThat(h.mrrAt(h.lastMonth().plusMonths(1)).isZero()).isTrue();
        assertThat(MrrHistory.fromSnapshots(snapshots)).containsExactly(h);
        long[] changed = v.clone();
        changed[v.length - 1]++;
        assertThat(MrrHistory.of("acme", currency, h.firstMonth(), changed)).isNotEqualTo(h);
        assertThat(MrrHistory.of("other", currency, h.firstMonth(), v)).isNotEqualTo(h);
        assertThat(MrrHistory.of("acme", currency, h.firstMonth(), v)).isEqualTo(h).hasSameHashCodeAs(h);
        List<MrrSnapshot> reversed = new ArrayList<>(snapshots);
        java.util.Collections.reverse(reversed);
        assertThat(MrrHistory.fromSnapshots(reversed)).containsExactly(h);
        assertThat(AccumulatorChecks.roundTrip(h)).isEqualTo(h);
        assertThat(h.toMinorUnitsArray()).containsExactly(v);
    }

    @Provide
    Arbitrary<List<Long>> values() {
        return Arbitraries.longs().between(0, 100_000_000).list().ofMinSize(1).ofMaxSize(24);
    }
}
