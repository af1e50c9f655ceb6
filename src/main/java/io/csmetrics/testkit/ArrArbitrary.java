package io.csmetrics.testkit;

import io.csmetrics.Arr;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link Arr} (annual recurring revenue) from an annual amount: by default USD between 0
 * and 1,200,000 at the currency's scale.
 *
 * <p>Example: {@code CsArbitraries.arr().between(12_000, 120_000)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class ArrArbitrary extends AmountArbitrary<Arr, ArrArbitrary> {

    ArrArbitrary(AmountSpec spec) {
        super(spec);
    }

    @Override
    ArrArbitrary with(AmountSpec newSpec) {
        return new ArrArbitrary(newSpec);
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of ARR
     */
    @Override
    protected Arbitrary<Arr> arbitrary() {
        return spec.money().map(Arr::of);
    }
}
