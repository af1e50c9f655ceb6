package io.csmetrics.churn;

/**
 * What customer churn does with accounts that join and leave within the same period (a customer
 * acquired on the 3rd who cancels on the 20th).
 *
 * <p>Example: 100 starting customers of whom 10 leave, 20 new of whom 2 leave in the same month,
 * over {@link CustomerChurnBasis#START_PLUS_NEW}: {@link #EXCLUDED} gives 10 / 120,
 * {@link #COUNTED} gives 12 / 120.
 *
 * @since 0.1.0
 */
public enum WithinPeriodChurn {

    /**
     * Not counted as churn: the churned customers are only those present at the start of the
     * period. The default, because it keeps the numerator a subset of the start-of-period
     * denominator, so the standard rate stays within 0..100 % and stays a binomial proportion
     * (a cohort of {@code S} customers, each of whom stays or leaves). Such accounts show up in
     * new-customer activation metrics instead.
     */
    EXCLUDED,

    /**
     * Counted as churn. Over {@link CustomerChurnBasis#START_PLUS_NEW} the rate stays within
     * 0..100 %; over {@link CustomerChurnBasis#START_OF_PERIOD} it can exceed 100 %
     * ({@code (C + Cn) / S} with {@code C + Cn > S}) because the numerator counts customers the
     * denominator does not, which is why that combination is not the default.
     */
    COUNTED
}
