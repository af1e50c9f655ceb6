package io.csmetrics.clv;

import io.csmetrics.Money;
import io.csmetrics.UndefinedMetricException;
import java.util.Objects;

/**
 * Customer lifetime value from a repeat-purchase model and the Gamma-Gamma spend model, in the
 * discounted-cash-flow form of Fader, Hardie &amp; Lee (2005b) as the Python {@code lifetimes}
 * package computes it: the horizon is cut into {@code n} steps of {@code Δ} model periods each, the
 * purchases expected in step {@code i} are valued at the expected average spend and discounted
 * {@code i} steps:
 *
 * <pre>
 * CLV = Σ_{i=1..n} E[M | x, z̄] · (E[Y(iΔ) | x, t_x, T] − E[Y((i−1)Δ) | x, t_x, T]) / (1 + d)^i
 * </pre>
 *
 * <p>with {@code d} the discount rate per step. Example: with weekly models, 12 monthly steps of
 * {@code Δ = 52/12} weeks and {@code d = 0.01} a month give a one-year CLV. With {@code d = 0} the
 * sum telescopes to {@code E[M] · E[Y(nΔ)]}.
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.2.0
 */
public final class CustomerLifetimeValue {

    private CustomerLifetimeValue() {
    }

    /**
     * Returns the discounted expected value of a customer's future purchases, in her currency,
     * rounded half-even to the currency's minor unit.
     *
     * @param purchases the fitted repeat-purchase model, not null
     * @param spend the fitted spend model, not null
     * @param customer the customer, not null
     * @param steps the number of discounting steps {@code n ≥ 1}
     * @param periodsPerStep {@code Δ}, model periods per step, finite and {@code > 0}
     * @param discountRate {@code d} per step, finite and {@code ≥ 0}
     * @return the CLV
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if a number is outside its range
     * @throws UndefinedMetricException if the spend model has no finite mean ({@code q ≤ 1})
     */
    public static Money discounted(RepeatPurchaseModel purchases, GammaGamma spend, CustomerRfm customer, int steps,
            double periodsPerStep, double discountRate) {
        Objects.requireNonNull(purchases, "purchases must not be null");
        Objects.requireNonNull(spend, "spend must not be null");
        Objects.requireNonNull(customer, "customer must not be null");
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1: " + steps);
        }
        Checks.positive("periodsPerStep", periodsPerStep);
        if (!(discountRate >= 0) || !Double.isFinite(discountRate)) {
            throw new IllegalArgumentException("discountRate must be finite and >= 0: " + discountRate);
        }
        double z = customer.frequency() == 0 ? 0 : customer.averageRepeatSpendValue();
        double averageSpend = spend.conditionalExpectedAverageSpend(customer.frequency(), z);
        double value = 0;
        double previous = 0;
        for (int i = 1; i <= steps; i++) {
            double cumulative = purchases.conditionalExpectedPurchases(i * periodsPerStep, customer);
            value += (cumulative - previous) / Math.pow(1 + discountRate, i);
            previous = cumulative;
        }
        return GammaGamma.toMoney(averageSpend * value, customer.repeatSpend());
    }
}
