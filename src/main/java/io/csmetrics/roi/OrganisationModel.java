package io.csmetrics.roi;

import static io.csmetrics.roi.BusinessMetric.BUG_RATE;
import static io.csmetrics.roi.BusinessMetric.MQLS;
import static io.csmetrics.roi.BusinessMetric.NEW_ARR;
import static io.csmetrics.roi.BusinessMetric.RENEWAL_RATE;
import static io.csmetrics.roi.BusinessMetric.TIME_TO_RESOLUTION;
import static io.csmetrics.roi.BusinessMetric.TIME_TO_VALUE;
import static io.csmetrics.roi.BusinessMetric.UPSELL_ARR;
import static io.csmetrics.roi.BusinessMetric.WIN_RATE;
import static io.csmetrics.roi.Department.CUSTOMER_SUCCESS;
import static io.csmetrics.roi.Department.MARKETING;
import static io.csmetrics.roi.Department.ONBOARDING;
import static io.csmetrics.roi.Department.PRODUCT;
import static io.csmetrics.roi.Department.SALES;
import static io.csmetrics.roi.Department.SUPPORT;

/**
 * The three organisation models of the seeds, each a preset {@link ResponsibilityMatrix} over the
 * built-in departments and metrics.
 *
 * <p>All three share one picture of influence (who can move what), this library's reading of the
 * seeds: new ARR ← sales, marketing, CS (referrals), product; MQLs ← marketing, CS (references),
 * product; win rate ← sales, marketing, CS (references); renewal rate ← CS, support, onboarding,
 * product; upsell ARR ← CS, sales, product; time to resolution ← support, product; time to value ←
 * onboarding, CS, product; bug rate ← product. They differ in who holds the targets.
 *
 * @since 0.1.0
 */
public enum OrganisationModel {
    /**
     * Silos: each metric has one owner (sales: new ARR and win rate; marketing: MQLs; CS: renewal
     * rate and upsell ARR; support: time to resolution; onboarding: time to value; product: bug
     * rate), so every other department's influence goes unrewarded.
     */
    SILOS,
    /**
     * CS as the glue: the silos' targets, and CS also held to every customer-facing outcome — time
     * to value, time to resolution and bug rate — the last two of which it cannot move (broad
     * responsibility, limited influence).
     */
    CS_AS_GLUE,
    /** Aligned targets: every department that moves a metric shares a target for it; no misalignments. */
    ALIGNED_TARGETS;

    /**
     * Returns the preset matrix of this model.
     *
     * @return the matrix over the built-in departments and metrics
     */
    public ResponsibilityMatrix matrix() {
        ResponsibilityMatrix.Builder b = ResponsibilityMatrix.builder().departments(Department.builtIn())
                .metrics(BusinessMetric.builtIn());
        influence(b);
        switch (this) {
            case SILOS:
                silos(b);
                break;
            case CS_AS_GLUE:
                silos(b);
                b.target(CUSTOMER_SUCCESS, TIME_TO_VALUE).target(CUSTOMER_SUCCESS, TIME_TO_RESOLUTION)
                        .target(CUSTOMER_SUCCESS, BUG_RATE);
                break;
            default:
                ResponsibilityMatrix influenceOnly = b.build();
                for (Department d : influenceOnly.departments()) {
                    for (BusinessMetric m : influenceOnly.metrics()) {
                        if (influenceOnly.cell(d, m).influence()) {
                            b.target(d, m);
                        }
                    }
                }
        }
        return b.build();
    }

    private static void influence(ResponsibilityMatrix.Builder b) {
        b.influence(SALES, NEW_ARR).influence(MARKETING, NEW_ARR).influence(CUSTOMER_SUCCESS, NEW_ARR)
                .influence(PRODUCT, NEW_ARR);
        b.influence(MARKETING, MQLS).influence(CUSTOMER_SUCCESS, MQLS).influence(PRODUCT, MQLS);
        b.influence(SALES, WIN_RATE).influence(MARKETING, WIN_RATE).influence(CUSTOMER_SUCCESS, WIN_RATE);
        b.influence(CUSTOMER_SUCCESS, RENEWAL_RATE).influence(SUPPORT, RENEWAL_RATE).influence(ONBOARDING, RENEWAL_RATE)
                .influence(PRODUCT, RENEWAL_RATE);
        b.influence(CUSTOMER_SUCCESS, UPSELL_ARR).influence(SALES, UPSELL_ARR).influence(PRODUCT, UPSELL_ARR);
        b.influence(SUPPORT, TIME_TO_RESOLUTION).influence(PRODUCT, TIME_TO_RESOLUTION);
        b.influence(ONBOARDING, TIME_TO_VALUE).influence(CUSTOMER_SUCCESS, TIME_TO_VALUE).influence(PRODUCT, TIME_TO_VALUE);
        b.influence(PRODUCT, BUG_RATE);
    }

    private static void silos(ResponsibilityMatrix.Builder b) {
        b.target(SALES, NEW_ARR).target(SALES, WIN_RATE).target(MARKETING, MQLS).target(CUSTOMER_SUCCESS, RENEWAL_RATE)
                .target(CUSTOMER_SUCCESS, UPSELL_ARR).target(SUPPORT, TIME_TO_RESOLUTION).target(ONBOARDING, TIME_TO_VALUE)
                .target(PRODUCT, BUG_RATE);
    }
}
