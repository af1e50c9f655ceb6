package io.csmetrics.testkit;

import io.csmetrics.Money;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link Money}: by default USD between 0 and 100,000 at the currency's scale (cents).
 *
 * <p>Example: {@code CsArbitraries.money().currency("JPY").between(-500, 500)} gives yen amounts
 * from {@code JPY -500} to {@code JPY 500}, shrinking towards {@code JPY 0}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MoneyArbitrary extends AmountArbitrary<Money, MoneyArbitrary> {

    MoneyArbitrary(AmountSpec spec) {
        super(spec);
    }

    @Override
    MoneyArbitrary with(AmountSpec newSpec) {
        return new MoneyArbitrary(newSpec);
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of money
     */
    @Override
    protected Arbitrary<Money> arbitrary() {
        return spec.money();
    }
}
