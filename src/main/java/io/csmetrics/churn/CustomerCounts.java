package io.csmetrics.churn;

/**
 * The customer counts of one period that customer churn is computed from.
 *
 * <p>Symbols: {@code S} = {@code startingCustomers}, the customers paying at the start of the
 * period; {@code N} = {@code newCustomers}, customers acquired during it (including any who also
 * left in it); {@code C} = {@code churnedCustomers}, starting customers lost during the period;
 * {@code Cn} = {@code churnedNewCustomers}, new customers lost within the same period. A period
 * total of an MRR-movements accumulator plugs in directly: starting accounts, new accounts,
 * churned accounts (and, where tracked, accounts that joined and left in the period).
 * Reactivated customers (paying again after a gap) count as new here.
 *
 * <p>Example: {@code CustomerCounts.of(600, 10)} is 600 customers at the start of which 10
 * churned, no new ones.
 *
 * @param startingCustomers {@code S}, not negative
 * @param newCustomers {@code N}, not negative
 * @param churnedCustomers {@code C}, from 0 to {@code S}
 * @param churnedNewCustomers {@code Cn}, from 0 to {@code N}
 * @since 0.1.0
 */
public record CustomerCounts(long startingCustomers, long newCustomers, long churnedCustomers,
        long churnedNewCustomers) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative, {@code churnedCustomers} exceeds
     *     {@code startingCustomers}, {@code churnedNewCustomers} exceeds {@code newCustomers}, or
     *     {@code S + N} overflows a {@code long}
     */
    public CustomerCounts {
        checkNotNegative(startingCustomers, "startingCustomers");
        checkNotNegative(newCustomers, "newCustomers");
        checkNotNegative(churnedCustomers, "churnedCustomers");
        checkNotNegative(churnedNewCustomers, "churnedNewCustomers");
        if (churnedCustomers > startingCustomers) {
            throw new IllegalArgumentException("churnedCustomers (" + churnedCustomers + ") exceeds startingCustomers ("
                    + startingCustomers + ")");
        }
        if (churnedNewCustomers > newCustomers) {
            throw new IllegalArgumentException("churnedNewCustomers (" + churnedNewCustomers + ") exceeds newCustomers ("
                    + newCustomers + ")");
        }
        if (startingCustomers + newCustomers < 0) {
            throw new IllegalArgumentException("startingCustomers (" + startingCustomers + ") + newCustomers ("
                    + newCustomers + ") overflows a long");
        }
    }

    /**
     * Returns the counts of a period with no new customers.
     *
     * @param startingCustomers {@code S}, not negative
     * @param churnedCustomers {@code C}, from 0 to {@code S}
     * @return the counts, e.g. {@code of(600, 10)}
     * @throws IllegalArgumentException if a count is negative or {@code C > S}
     */
    public static CustomerCounts of(long startingCustomers, long churnedCustomers) {
        return new CustomerCounts(startingCustomers, 0, churnedCustomers, 0);
    }

    /**
     * Returns the counts of a period.
     *
     * @param startingCustomers {@code S}, not negative
     * @param newCustomers {@code N}, not negative
     * @param churnedCustomers {@code C}, from 0 to {@code S}
     * @param churnedNewCustomers {@code Cn}, from 0 to {@code N}
     * @return the counts
     * @throws IllegalArgumentException if a count is negative, {@code C > S} or {@code Cn > N}
     */
    public static CustomerCounts of(long startingCustomers, long newCustomers, long churnedCustomers,
            long churnedNewCustomers) {
        return new CustomerCounts(startingCustomers, newCustomers, churnedCustomers, churnedNewCustomers);
    }

    /**
     * Returns the customers at the end of the period, {@code S − C + N − Cn}.
     *
     * @return the end count, not negative
     */
    public long endingCustomers() {
        return startingCustomers - churnedCustomers + newCustomers - churnedNewCustomers;
    }

    static void checkNotNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
