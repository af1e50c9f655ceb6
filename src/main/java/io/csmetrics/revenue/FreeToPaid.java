package io.csmetrics.revenue;

/**
 * How a customer on a free plan (a customer with zero MRR) who moves to a paid plan counts in the
 * MRR movements — the one point where the documents the library was specified from and the
 * billing analytics vendors disagree — and, symmetrically, a paying customer who moves down to the
 * free plan.
 *
 * <p>Worked example (the documents'): a customer on the free plan moves to a paid plan at
 * JPY 2,000 a month. Under {@link #EXPANSION} that is JPY 2,000 of upsell (expansion MRR) from an
 * existing customer; under {@link #NEW} it is JPY 2,000 of new business from a new paying
 * account. Either way the MRR rises by JPY 2,000, and the free and paying customers are counted
 * apart.
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.2.0
 */
public enum FreeToPaid {

    /**
     * Free → paid is new business (or a reactivation, if the customer paid before), paid → free is
     * a churn: the paying-account view of ChartMogul, Baremetrics and ProfitWell, where a free
     * customer is not yet a customer of the MRR. The default.
     */
    NEW,

    /**
     * Free → paid is an expansion (upsell), paid → free a contraction: the documents' view (seed
     * on SaaS KPIs), where the free customer is already a customer and a paid plan is an upsell.
     */
    EXPANSION
}
