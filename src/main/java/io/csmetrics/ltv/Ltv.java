package io.csmetrics.ltv;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.Objects;

/**
 * A lifetime value with what it was computed from.
 *
 * <p>{@code value = pricePerPeriod × grossMargin × expectedPayments}, where
 * {@code expectedPayments} is the (discounted) number of payments of {@code pricePerPeriod} a
 * customer is expected to make: the lifetime for {@link LtvBasis#LIFETIME}, frequency × lifetime
 * for {@link LtvBasis#PURCHASE_FREQUENCY}, {@code (1 + d) / (c + d)} for
 * {@link LtvBasis#CHURN_RATE}, {@code Σ S(t) / (1 + d)^t} for {@link LtvBasis#RETENTION_MODEL}.
 * {@code detail} names the basis' own inputs (churn rate, lifetime, model and truncation).
 *
 * <p>Example (the CS documents the library is specified from): {@code Ltv{LIFETIME value=JPY 2400000 = JPY 100000 × margin 1/1 ×
 * 24/1 payments ...}}.
 *
 * @param basis what the value was computed from, not null
 * @param value the lifetime value, not null
 * @param pricePerPeriod the average price per period (per month for subscriptions, per purchase
 *     for {@code PURCHASE_FREQUENCY}), not null
 * @param grossMargin the gross margin applied, in [0, 1], not null
 * @param monthlyDiscountRate the discount rate per period applied, not null
 * @param expectedPayments the (discounted) number of payments, not null
 * @param detail the basis' inputs in words, not null
 * @since 0.1.0
 */
public record Ltv(LtvBasis basis, Money value, Money pricePerPeriod, Ratio grossMargin, Ratio monthlyDiscountRate,
        Ratio expectedPayments, String detail) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public Ltv {
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(pricePerPeriod, "pricePerPeriod must not be null");
        Objects.requireNonNull(grossMargin, "grossMargin must not be null");
        Objects.requireNonNull(monthlyDiscountRate, "monthlyDiscountRate must not be null");
        Objects.requireNonNull(expectedPayments, "expectedPayments must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    /**
     * Returns e.g. {@code Ltv{CHURN_RATE value=USD 6000 = USD 100 × margin 1/1 × 60/1 payments,
     * discount 0/1 per period; churn 10/600}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Ltv{" + basis + " value=" + value + " = " + pricePerPeriod + " × margin " + grossMargin + " × "
                + expectedPayments + " payments, discount " + monthlyDiscountRate + " per period; " + detail + "}";
    }
}
