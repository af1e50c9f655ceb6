package io.csmetrics.roi;

/**
 * The kind of customer-success involvement in a deal, which {@link Multipliers} may weigh
 * differently within a stream (a renewal the CSM ran is more CS's doing than one CS only
 * supported).
 *
 * @since 0.1.0
 */
public enum Involvement {
    /** CS produced the opportunity: a lead, a referral or a reference from a CSM. */
    SOURCED,
    /** CS owned and ran the deal, e.g. a CSM-led renewal or upsell. */
    LED,
    /** CS supported a deal another team owned, e.g. joined the calls, provided the business review. */
    ASSISTED,
    /** CS worked the account (onboarding, adoption, health) without taking part in the deal itself. */
    INFLUENCED
}
