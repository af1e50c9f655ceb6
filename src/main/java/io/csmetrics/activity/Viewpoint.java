package io.csmetrics.activity;

import java.util.Objects;

/**
 * The viewpoints of the three-viewpoint scorecard — what the customer does, what the CS team does,
 * the business result — and the customer's own business outcome beside them.
 *
 * @since 0.1.0
 */
public enum Viewpoint {
    /** What the customer does: usage and adoption. */
    CUSTOMER_ACTIONS("customer actions"),
    /** What the CS team does: touches, QBRs, the onboarding programme. */
    CS_ACTIONS("CS actions"),
    /** The business result for the vendor: renewal, expansion. */
    BUSINESS_RESULTS("business results"),
    /** The customer's own business outcome (their goal's attainment). */
    CUSTOMER_OUTCOME("customer outcome");

    private final String label;

    Viewpoint(String label) {
        this.label = label;
    }

    /**
     * Returns the label, which is also the group's name in the underlying health-score model.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    static Viewpoint ofLabel(String label) {
        Objects.requireNonNull(label, "label must not be null");
        for (Viewpoint v : values()) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no viewpoint labelled '" + label + "'");
    }
}
