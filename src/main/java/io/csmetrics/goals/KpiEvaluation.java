package io.csmetrics.goals;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values of every node of a {@link KpiTree}, exact, in the tree's display order (the goal
 * first, then its drivers depth first).
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class KpiEvaluation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String goal;
    private final Map<String, KpiValue> values;

    KpiEvaluation(String goal, Map<String, KpiValue> values) {
        this.goal = goal;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Returns the goal's value.
     *
     * @return the value of the KGI
     */
    public KpiValue goal() {
        return values.get(goal);
    }

    /**
     * Returns one node's value.
     *
     * @param node the node's name, not null
     * @return its value
     * @throws NullPointerException if {@code node} is null
     * @throws IllegalArgumentException if the tree has no such node
     */
    public KpiValue value(String node) {
        Objects.requireNonNull(node, "node must not be null");
        KpiValue v = values.get(node);
        if (v == null) {
            throw new IllegalArgumentException("no node '" + node + "' in the tree; nodes: " + values.keySet());
        }
        return v;
    }

    /**
     * Returns every node's value.
     *
     * @return an unmodifiable map in display order
     */
    public Map<String, KpiValue> values() {
        return values;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof KpiEvaluation && ((KpiEvaluation) obj).goal.equals(goal)
                && ((KpiEvaluation) obj).values.equals(values);
    }

    @Override
    public int hashCode() {
        return goal.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return "KpiEvaluation" + values;
    }

    /**
     * Re-checks a deserialised KpiEvaluation through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Objects.requireNonNull(goal, "goal must not be null");
            Objects.requireNonNull(values, "values must not be null");
            values.forEach((k, v) -> {
                Objects.requireNonNull(k, "a node name must not be null");
                Objects.requireNonNull(v, "the value of " + k + " must not be null");
            });
            if (!values.containsKey(goal)) {
                throw new IllegalArgumentException("no value for the goal " + goal);
            }
            return new KpiEvaluation(goal, values);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid KpiEvaluation: " + e.getMessage())
                    .initCause(e);
        }
    }
}
