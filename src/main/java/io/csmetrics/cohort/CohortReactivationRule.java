package io.csmetrics.cohort;

/**
 * How a cohort retention matrix treats an account that stopped paying and later paid again
 * (a reactivation). Named apart from {@code io.csmetrics.revenue.ReactivationRule}, which decides the
 * same question for NRR and GRR, so that both packages can be imported together.
 *
 * <p>Example: an account paying in months 0, 1, 3 (not in month 2) since its acquisition is
 * retained in months 0 and 1 under both rules, and in month 3 only under
 * {@link #COUNTS_AS_RETAINED}.
 *
 * @since 0.1.0
 */
public enum CohortReactivationRule {

    /**
     * The default: an account is retained in month {@code k} only if it paid in every month
     * {@code 0..k} since its acquisition; once it lapses it stays lost, and the MRR it brings back
     * later counts neither as retained nor as expansion. Logo retention of a cohort is then
     * non-increasing in {@code k} and equals the survival the Kaplan–Meier estimator and the
     * shifted-beta-geometric model describe (Fader &amp; Hardie 2007, "How to project customer
     * retention": a customer who leaves does not come back). This is the "logo retention" of most
     * SaaS cohort analyses.
     */
    NOT_RETAINED,

    /**
     * An account is retained in month {@code k} whenever it pays in month {@code k}, whatever
     * happened in between ("active in month k" cohort tables, as many billing analytics tools show
     * them). Logo retention can then rise from one month to the next.
     */
    COUNTS_AS_RETAINED
}
