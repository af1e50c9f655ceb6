package io.csmetrics.goals;

/**
 * The five levels of customer-success maturity of the seeds, after the levels of the Capability
 * Maturity Model (Paulk et al., "Capability Maturity Model for Software, Version 1.1", SEI, 1993).
 *
 * @since 0.1.0
 */
public enum MaturityLevel {
    /** Level 1: ad hoc; success depends on individual CSMs' heroics. */
    INITIAL(1),
    /** Level 2: basic account management is in place and repeated (owners, renewal dates, contact). */
    MANAGED(2),
    /** Level 3: the CS process is defined and standard across the team (playbooks, health score). */
    DEFINED(3),
    /** Level 4: the process is measured and controlled with numbers (retention, health validated, ROI). */
    QUANTITATIVELY_MANAGED(4),
    /** Level 5: the process is improved continuously from its own measurements (experiments, feedback loops). */
    OPTIMISING(5);

    private final int number;

    MaturityLevel(int number) {
        this.number = number;
    }

    /**
     * Returns the level's number.
     *
     * @return 1 to 5
     */
    public int number() {
        return number;
    }

    /**
     * Returns the next level up.
     *
     * @return the next level; empty for {@link #OPTIMISING}
     */
    public java.util.Optional<MaturityLevel> next() {
        return number == 5 ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }
}
