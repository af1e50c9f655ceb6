package io.csmetrics.ltv;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.Objects;

/**
 * What a customer is worth after what it cost to win and to serve: the documents' "LTV − CAC
 * (− CS cost per account)", the profit per account, and the LTV:CAC ratio.
 *
 * <p>{@code profitPerAccount = LTV − CAC − csCost}, where {@code CAC} is the acquisition cost of
 * one customer and {@code csCost} the customer-success cost of serving one account over its
 * lifetime (both totals, in the LTV's currency). {@code ltvToCac = LTV / CAC}, undefined when
 * CAC is zero. Example: LTV JPY 2,400,000, CAC JPY 600,000, CS cost JPY 300,000: profit
 * JPY 1,500,000, LTV:CAC 4.
 *
 * @param ltv the lifetime value, not null
 * @param cac the customer acquisition cost, not null
 * @param csCost the customer-success cost per account over its lifetime, not null
 * @param profitPerAccount {@code LTV − CAC − csCost}, not null
 * @param ltvToCac {@code LTV / CAC}, not null
 * @since 0.1.0
 */
public record UnitEconomics(Ltv ltv, Money cac, Money csCost, Money profitPerAccount, Ratio ltvToCac) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public UnitEconomics {
        Objects.requireNonNull(ltv, "ltv must not be null");
        Objects.requireNonNull(cac, "cac must not be null");
        Objects.requireNonNull(csCost, "csCost must not be null");
        Objects.requireNonNull(profitPerAccount, "profitPerAccount must not be null");
        Objects.requireNonNull(ltvToCac, "ltvToCac must not be null");
    }

    /**
     * Returns e.g. {@code UnitEconomics{profitPerAccount=JPY 1500000 = LTV JPY 2400000 − CAC
     * JPY 600000 − CS cost JPY 300000, LTV:CAC 2400000/600000}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "UnitEconomics{profitPerAccount=" + profitPerAccount + " = LTV " + ltv.value() + " − CAC " + cac
                + " − CS cost " + csCost + ", LTV:CAC " + ltvToCac + " (" + ltv.basis() + ")}";
    }
}
