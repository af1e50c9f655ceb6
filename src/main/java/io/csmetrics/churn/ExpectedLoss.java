package io.csmetrics.churn;

import io.csmetrics.Ratio;
import java.math.MathContext;
import java.util.Objects;

/**
 * The expected number of customers lost over several periods at a constant per-period churn rate.
 *
 * <p>{@code accounts = customers × cumulativeRate}, where {@code cumulativeRate} is the per-period
 * rate {@code m} accumulated over {@code n} periods by the chosen {@link Annualization}:
 * {@code 1 − (1 − m)^n} or {@code m × n}. The count is kept as an exact rational number
 * ({@link Ratio}); convert it with {@link Ratio#toBigDecimal(java.math.MathContext)}.
 *
 * <p>Example (the CS documents the library is specified from): 600 customers at 10/600 a month over 12 months: {@code COMPOUND} gives
 * about 109.59 accounts; {@code SIMPLE} gives exactly 120. The documents' 115 accounts is
 * {@code SIMPLE} applied to their truncated 1.6 %: 600 × 19.2 % = 115.2.
 *
 * @param customers the customers at the start, not negative
 * @param periodRate the churn rate per period, not null
 * @param periods the number of periods, not negative
 * @param annualization how the rate accumulates, not null
 * @param cumulativeRate the rate over all the periods, not null
 * @param accounts the expected number of customers lost, exact, not null
 * @since 0.1.0
 */
public record ExpectedLoss(long customers, Ratio periodRate, int periods, Annualization annualization,
        Ratio cumulativeRate, Ratio accounts) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code customers} or {@code periods} is negative
     */
    public ExpectedLoss {
        CustomerCounts.checkNotNegative(customers, "customers");
        CustomerCounts.checkNotNegative(periods, "periods");
        Objects.requireNonNull(periodRate, "periodRate must not be null");
        Objects.requireNonNull(annualization, "annualization must not be null");
        Objects.requireNonNull(cumulativeRate, "cumulativeRate must not be null");
        Objects.requireNonNull(accounts, "accounts must not be null");
    }

    /**
     * Returns e.g. {@code ExpectedLoss{109.589 of 600 customers over 12 periods, COMPOUND of 10/600
     * (18.26 %)}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ExpectedLoss{" + accounts.toBigDecimal(new MathContext(6)).stripTrailingZeros().toPlainString()
                + " of " + customers + " customers over " + periods + " periods, " + annualization + " of " + periodRate
                + " (" + Percent.of(cumulativeRate) + ")}";
    }
}
