package io.csmetrics.churn;

/**
 * The denominator of revenue churn: MRR at the start or at the end of the period.
 *
 * <p>Example (the CS documents the library is specified from): plans of 50,000 × 10 customers and 100,000 × 10 customers, MRR
 * 1,500,000; three 100,000 customers leave, MRR 1,200,000. The lost 300,000 is 20 % of the
 * {@link #START_OF_PERIOD} MRR and 25 % of the {@link #END_OF_PERIOD} MRR.
 *
 * @since 0.1.0
 */
public enum RevenueChurnBasis {

    /**
     * MRR at the start of the period: the standard definition (ChartMogul, Baremetrics,
     * Klipfolio: "MRR at the start of the period"). The lost revenue is a share of the revenue
     * that was at risk, so gross churn stays within 0..100 %. The default.
     */
    START_OF_PERIOD,

    /**
     * MRR at the end of the period: the variant in the documents the library was specified from
     * (300,000 / 1,200,000 = 25 %). It overstates churn relative to the start basis when MRR
     * falls, understates it when MRR grows through new business, and can exceed 100 %.
     */
    END_OF_PERIOD
}
