package io.csmetrics.testkit;

import io.csmetrics.BillingPeriod;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates {@link Mrr}: by default a monthly price in USD between 0 and 10,000 at the currency's
 * scale, billed {@link BillingPeriod#MONTHLY}.
 *
 * <p>The range applies to the <em>price of one billing period</em>; the MRR is
 * {@code Mrr.of(price, period)}, exact. With {@link #billedEvery(BillingPeriod...)} the period is
 * drawn from the given ones, so {@code billedEvery(MONTHLY, ANNUAL)} also gives MRRs such as
 * {@code 1000/12} that are not terminating decimals, as real annual contracts do. Shrinking goes
 * to the first period given and the price nearest zero.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MrrArbitrary extends AmountArbitrary<Mrr, MrrArbitrary> {

    private final List<BillingPeriod> periods;

    MrrArbitrary(AmountSpec spec, List<BillingPeriod> periods) {
        super(spec);
        this.periods = periods;
    }

    @Override
    MrrArbitrary with(AmountSpec newSpec) {
        return new MrrArbitrary(newSpec, periods);
    }

    /**
     * Returns an arbitrary whose prices are billed every one of the given periods.
     *
     * @param billingPeriods the periods, at least one, no null; the first is the shrink target
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or an element is null
     * @throws IllegalArgumentException if no period is given
     */
    public MrrArbitrary billedEvery(BillingPeriod... billingPeriods) {
        Objects.requireNonNull(billingPeriods, "billingPeriods must not be null");
        if (billingPeriods.length == 0) {
            throw new IllegalArgumentException("billingPeriods must not be empty");
        }
        for (BillingPeriod p : billingPeriods) {
            Objects.requireNonNull(p, "billingPeriods must not contain null");
        }
        return new MrrArbitrary(spec, List.of(billingPeriods));
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of MRR
     */
    @Override
    protected Arbitrary<Mrr> arbitrary() {
        Arbitrary<Money> prices = spec.money();
        if (periods.size() == 1) {
            BillingPeriod p = periods.get(0);
            return prices.map(m -> Mrr.of(m, p));
        }
        return Combinators.combine(prices, Arbitraries.of(periods)).as(Mrr::of);
    }
}
