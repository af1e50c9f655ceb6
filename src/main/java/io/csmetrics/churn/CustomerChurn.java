package io.csmetrics.churn;

import io.csmetrics.Ratio;
import java.util.Objects;

/**
 * A customer churn rate with what it was computed from: the counts, the denominator basis and the
 * rule for customers who joined and left within the period.
 *
 * <p>The rate is {@code churned / atRisk} where, with the symbols of {@link CustomerCounts},
 * {@code churned} is {@code C} ({@link WithinPeriodChurn#EXCLUDED}) or {@code C + Cn}
 * ({@link WithinPeriodChurn#COUNTED}) and {@code atRisk} is {@code S}
 * ({@link CustomerChurnBasis#START_OF_PERIOD}) or {@code S + N}
 * ({@link CustomerChurnBasis#START_PLUS_NEW}). A zero denominator gives an undefined
 * {@link Ratio} ({@code isDefined() == false}).
 *
 * <p>Example: 10 churned of 600 starting customers: {@code rate} {@code 10/600}, 1.67 %.
 *
 * @param counts the counts of the period, not null
 * @param basis the denominator basis, not null
 * @param withinPeriod the rule for customers who joined and left within the period, not null
 * @param rate the rate, numerator the churned customers counted, denominator the customers at
 *     risk, not null
 * @since 0.1.0
 */
public record CustomerChurn(CustomerCounts counts, CustomerChurnBasis basis, WithinPeriodChurn withinPeriod,
        Ratio rate) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public CustomerChurn {
        Objects.requireNonNull(counts, "counts must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(withinPeriod, "withinPeriod must not be null");
        Objects.requireNonNull(rate, "rate must not be null");
    }

    /**
     * Returns e.g. {@code CustomerChurn{rate=10/600 (1.67 %), basis=START_OF_PERIOD,
     * withinPeriod=EXCLUDED, counts=...}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "CustomerChurn{rate=" + rate + " (" + Percent.of(rate) + "), basis=" + basis + ", withinPeriod="
                + withinPeriod + ", counts=" + counts + "}";
    }
}
