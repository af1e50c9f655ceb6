package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CancellationRevenueChurnProperties {

    private static final Currency USD = Currency.getInstance("USD");

    /** Cancellations only ≤ gross, within 0..1 on the start basis, equal to gross without contraction, scale-free. */
    @Property
    void cancellationsOnlyIsBoundedByGross(@ForAll @LongRange(min = 1, max = 100_000_000) long start,
            @ForAll @IntRange(max = 1000) int churnedPerMille, @ForAll @IntRange(max = 1000) int contractionPerMille,
            @ForAll @LongRange(max = 100_000_000) long expansion, @ForAll @IntRange(min = 1, max = 1000) int k) {
        long churned = start * churnedPerMille / 1000;
        long contraction = (start - churned) * contractionPerMille / 1000;
        RevenueMovements m = RevenueMovements.starting(Money.ofMinor(start, USD)).withChurnedMrr(Money.ofMinor(churned, USD))
                .withContractionMrr(Money.ofMinor(contraction, USD)).withExpansionMrr(Money.ofMinor(expansion, USD));
        RevenueMovements scaled = RevenueMovements.starting(Money.ofMinor(start * k, USD))
                .withChurnedMrr(Money.ofMinor(churned * k, USD)).withContractionMrr(Money.ofMinor(contraction * k, USD))
                .withExpansionMrr(Money.ofMinor(expansion * k, USD));
        ChurnCalculator c = ChurnCalculator.standard();
        Ratio cancellations = c.cancellationRevenueChurn(m).rate();
        Ratio gross = c.grossRevenueChurn(m).rate();
        assertThat(cancellations.compareTo(gross)).isLessThanOrEqualTo(0);
        assertThat(cancellations.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
        assertThat(cancellations.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        assertThat(cancellations.isEquivalent(c.cancellationRevenueChurn(scaled).rate())).isTrue();
        if (contraction == 0) {
            assertThat(cancellations.isEquivalent(gross)).isTrue();
        }
    }
}
