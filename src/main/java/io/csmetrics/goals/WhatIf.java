package io.csmetrics.goals;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of a what-if on a {@link KpiTree}: one leaf changed, every node before and after.
 *
 * @param leaf the leaf changed
 * @param change the change applied
 * @param before the tree's values before
 * @param after the tree's values after
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record WhatIf(String leaf, Change change, KpiEvaluation before, KpiEvaluation after) implements Serializable {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if a component is null
     */
    public WhatIf {
        Objects.requireNonNull(leaf, "leaf must not be null");
        Objects.requireNonNull(change, "change must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
    }

    /**
     * Returns every node's change, in display order (unchanged nodes included).
     *
     * @return the changes, unmodifiable
     */
    public List<NodeChange> nodes() {
        List<NodeChange> out = new ArrayList<>();
        before.values().forEach((name, v) -> out.add(new NodeChange(name, v, after.value(name))));
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the nodes whose value changed.
     *
     * @return the changed nodes, in display order; empty for a change that changes nothing
     */
    public List<NodeChange> changed() {
        List<NodeChange> out = new ArrayList<>();
        for (NodeChange c : nodes()) {
            if (c.changed()) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the goal's change.
     *
     * @return the goal before and after
     */
    public NodeChange goal() {
        return nodes().get(0);
    }
}
