package io.csmetrics.goals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "R" of SMART: is a target relevant, i.e. does its metric drive the goal (KGI)? It is when the
 * metric is a node of the goal's {@link KpiTree}; the path from the goal down to it says how, and the
 * node's owner (from {@link KpiOwners}) says who answers for it.
 *
 * <p>Example: in {@code KpiTree.operatingProfit(...)} a target on {@code customers} is relevant with
 * the path {@code [operating profit, customers]}; a target on "office plants" is not (empty path).
 *
 * @param metric the target's metric
 * @param goal the tree's goal (KGI)
 * @param path the nodes from the goal to the metric, goal first; empty if the metric is not in the
 *     tree
 * @param owner the metric node's owning department, empty if unowned, not in the tree, or no owners
 *     were given
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Relevance(String metric, String goal, List<String> path, Optional<String> owner) {

    /**
     * Validates the result.
     *
     * @throws NullPointerException if a component is null
     */
    public Relevance {
        Objects.requireNonNull(metric, "metric must not be null");
        Objects.requireNonNull(goal, "goal must not be null");
        path = List.copyOf(Objects.requireNonNull(path, "path must not be null"));
        Objects.requireNonNull(owner, "owner must not be null");
    }

    /**
     * Checks a target against a tree.
     *
     * @param target the target, not null
     * @param tree the goal's KPI tree, not null
     * @return the relevance, without owner
     * @throws NullPointerException if an argument is null
     */
    public static Relevance of(SmartTarget target, KpiTree tree) {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(tree, "tree must not be null");
        List<String> path = new ArrayList<>();
        boolean found = find(tree, tree.goal(), target.metric(), path);
        return new Relevance(target.metric(), tree.goal(), found ? path : List.of(), Optional.empty());
    }

    /**
     * Checks a target against a tree with owners.
     *
     * @param target the target, not null
     * @param owners the tree with its owners, not null
     * @return the relevance, with the metric node's owner
     * @throws NullPointerException if an argument is null
     */
    public static Relevance of(SmartTarget target, KpiOwners owners) {
        Objects.requireNonNull(owners, "owners must not be null");
        Relevance r = of(target, owners.tree());
        return r.isRelevant() ? new Relevance(r.metric, r.goal, r.path, owners.owner(r.metric)) : r;
    }

    private static boolean find(KpiTree tree, String node, String metric, List<String> path) {
        path.add(node);
        if (node.equals(metric)) {
            return true;
        }
        for (String d : tree.drivers(node)) {
            if (find(tree, d, metric, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /**
     * Returns whether the metric is in the goal's tree.
     *
     * @return true if the path is not empty
     */
    public boolean isRelevant() {
        return !path.isEmpty();
    }

    /**
     * Returns the metric's depth below the goal.
     *
     * @return 0 for the goal itself, 1 for a direct driver, ...; empty if not relevant
     */
    public Optional<Integer> depth() {
        return isRelevant() ? Optional.of(path.size() - 1) : Optional.empty();
    }

    @Override
    public String toString() {
        return isRelevant() ? "Relevance{" + metric + " drives " + goal + " via " + String.join(" ← ",
                reversed(path)) + owner.map(o -> ", owned by " + o).orElse("") + "}"
                : "Relevance{" + metric + " is not in the tree of " + goal + "}";
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l);
        Collections.reverse(r);
        return r;
    }
}
