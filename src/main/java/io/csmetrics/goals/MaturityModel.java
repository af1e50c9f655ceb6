package io.csmetrics.goals;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A customer-success maturity model: the five {@link MaturityLevel}s and a checklist of
 * {@link Capability capabilities} per level above {@link MaturityLevel#INITIAL}.
 *
 * <p><b>Rule.</b> The level reached is the highest level {@code L} such that every capability of
 * every level from {@link MaturityLevel#MANAGED} to {@code L} is met; with nothing met it is
 * {@link MaturityLevel#INITIAL}. Capabilities met above a gap do not count (a team running
 * experiments without a defined process is not optimising). A level with no capabilities is
 * reached as soon as the levels below it are.
 *
 * <p>{@link #standard()} is this library's checklist for the seeds' five levels; users may build
 * their own with {@link #of(Collection)}.
 *
 * <p>Example: with the standard checklist, an organisation meeting every MANAGED and DEFINED
 * capability and one QUANTITATIVELY_MANAGED capability is at DEFINED, and the assessment lists the
 * other QUANTITATIVELY_MANAGED capabilities as what the next level needs.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MaturityModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final MaturityModel STANDARD = of(List.of(
            new Capability("owner-per-account", MaturityLevel.MANAGED, "every account has a named CSM or pooled owner"),
            new Capability("renewal-dates-tracked", MaturityLevel.MANAGED, "renewal dates and ARR are tracked per account"),
            new Capability("contact-cadence", MaturityLevel.MANAGED, "a regular contact cadence is kept and logged"),
            new Capability("onboarding-playbook", MaturityLevel.DEFINED, "a documented onboarding playbook is used for every new account"),
            new Capability("health-score-defined", MaturityLevel.DEFINED, "a health score is defined from usage and other signals"),
            new Capability("segmented-touch-model", MaturityLevel.DEFINED, "accounts are segmented into high, low and tech touch"),
            new Capability("success-plans", MaturityLevel.DEFINED, "each key account has a success plan with the customer's goals"),
            new Capability("retention-metrics", MaturityLevel.QUANTITATIVELY_MANAGED, "NRR, GRR and churn are measured monthly against targets"),
            new Capability("health-validated", MaturityLevel.QUANTITATIVELY_MANAGED, "the health score is validated against actual churn"),
            new Capability("cs-roi-measured", MaturityLevel.QUANTITATIVELY_MANAGED, "the revenue CS influences is attributed and its ROI reported"),
            new Capability("kpi-tree", MaturityLevel.QUANTITATIVELY_MANAGED, "team KPIs are derived from a KPI tree of the company goal"),
            new Capability("controlled-experiments", MaturityLevel.OPTIMISING, "playbook changes are tested against control groups"),
            new Capability("health-recalibrated", MaturityLevel.OPTIMISING, "health-score weights are recalibrated from churn history"),
            new Capability("product-feedback-loop", MaturityLevel.OPTIMISING, "churn and adoption root causes feed the product roadmap")));

    private final List<Capability> capabilities;

    private MaturityModel(List<Capability> capabilities) {
        this.capabilities = capabilities;
    }

    /**
     * Returns the standard checklist: three MANAGED capabilities (owner per account, renewal dates
     * tracked, contact cadence), four DEFINED (onboarding playbook, health score defined, segmented
     * touch model, success plans), four QUANTITATIVELY_MANAGED (retention metrics, health score
     * validated, CS ROI measured, KPI tree) and three OPTIMISING (controlled experiments, health
     * recalibrated, product feedback loop).
     *
     * @return the standard model
     */
    public static MaturityModel standard() {
        return STANDARD;
    }

    /**
     * Returns a model of one's own capabilities.
     *
     * @param capabilities the checklist, ids unique, not null
     * @return the model, capabilities ordered by level then as given
     * @throws NullPointerException if the collection or an element is null
     * @throws IllegalArgumentException if two capabilities share an id
     */
    public static MaturityModel of(Collection<Capability> capabilities) {
        Objects.requireNonNull(capabilities, "capabilities must not be null");
        Set<String> ids = new HashSet<>();
        List<Capability> sorted = new ArrayList<>();
        for (Capability c : capabilities) {
            Objects.requireNonNull(c, "capabilities must not contain null");
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("duplicate capability id: '" + c.id() + "'");
            }
            sorted.add(c);
        }
        sorted.sort((a, b) -> a.level().compareTo(b.level()));
        return new MaturityModel(List.copyOf(sorted));
    }

    /**
     * Returns the checklist.
     *
     * @return the capabilities, by level, unmodifiable
     */
    public List<Capability> capabilities() {
        return capabilities;
    }

    /**
     * Returns the checklist of one level.
     *
     * @param level the level, not null
     * @return its capabilities; empty for {@link MaturityLevel#INITIAL}
     * @throws NullPointerException if {@code level} is null
     */
    public List<Capability> capabilities(MaturityLevel level) {
        Objects.requireNonNull(level, "level must not be null");
        List<Capability> out = new ArrayList<>();
        for (Capability c : capabilities) {
            if (c.level() == level) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Assesses a checklist.
     *
     * @param metIds the ids of the capabilities met, each one of the model's, not null
     * @return the level reached and what the next level needs
     * @throws NullPointerException if the collection or an id is null
     * @throws IllegalArgumentException if an id is not one of the model's
     */
    public MaturityAssessment assess(Collection<String> metIds) {
        Objects.requireNonNull(metIds, "metIds must not be null");
        Map<String, Capability> byId = new LinkedHashMap<>();
        capabilities.forEach(c -> byId.put(c.id(), c));
        Set<String> met = new HashSet<>();
        for (String id : metIds) {
            Objects.requireNonNull(id, "metIds must not contain null");
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException("unknown capability id: '" + id + "'; known: " + byId.keySet());
            }
            met.add(id);
        }
        MaturityLevel reached = MaturityLevel.INITIAL;
        for (MaturityLevel l : MaturityLevel.values()) {
            if (l == MaturityLevel.INITIAL) {
                continue;
            }
            boolean all = capabilities(l).stream().allMatch(c -> met.contains(c.id()));
            if (!all) {
                break;
            }
            reached = l;
        }
        List<Capability> metList = new ArrayList<>();
        List<Capability> missing = new ArrayList<>();
        MaturityLevel next = reached.next().orElse(null);
        for (Capability c : capabilities) {
            if (met.contains(c.id())) {
                metList.add(c);
            } else if (next != null && c.level().compareTo(next) <= 0) {
                missing.add(c);
            }
        }
        return new MaturityAssessment(reached, metList, missing);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MaturityModel && ((MaturityModel) obj).capabilities.equals(capabilities);
    }

    @Override
    public int hashCode() {
        return capabilities.hashCode();
    }

    @Override
    public String toString() {
        return "MaturityModel{" + capabilities.size() + " capabilities}";
    }

    /**
     * Re-checks a deserialised MaturityModel through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return of(Objects.requireNonNull(capabilities, "capabilities must not be null"));
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid MaturityModel: " + e.getMessage())
                    .initCause(e);
        }
    }
}
