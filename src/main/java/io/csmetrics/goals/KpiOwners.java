package io.csmetrics.goals;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The owning department of each node of a {@link KpiTree}: who is responsible for moving it.
 *
 * <p>Departments are named by the same strings as the responsibility matrix's departments
 * ({@code roi.Department#name()}, for example {@code "customer success"}), so a tree's owners can be
 * checked against a matrix with {@link #checkDepartments(Collection)} without this package depending
 * on {@code roi}.
 *
 * <p>Example: for {@code KpiTree.mrr(120, USD 50)}, {@code KpiOwners.of(tree, Map.of("customers",
 * "customer success", "monthly fee", "product"))} — the goal itself has no owner.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class KpiOwners implements Serializable {

    private static final long serialVersionUID = 1L;

    private final KpiTree tree;
    private final Map<String, String> owners;

    private KpiOwners(KpiTree tree, Map<String, String> owners) {
        this.tree = tree;
        this.owners = owners;
    }

    /**
     * Assigns owners to a tree's nodes.
     *
     * @param tree the tree, not null
     * @param ownerByNode each owned node's department, not null; nodes must be the tree's, names
     *     not blank; nodes not listed are unowned
     * @return the owners
     * @throws NullPointerException if an argument, a node or a department is null
     * @throws IllegalArgumentException if a node is not in the tree or a department is blank
     */
    public static KpiOwners of(KpiTree tree, Map<String, String> ownerByNode) {
        Objects.requireNonNull(tree, "tree must not be null");
        Objects.requireNonNull(ownerByNode, "ownerByNode must not be null");
        Map<String, String> copy = new LinkedHashMap<>();
        for (String node : tree.nodes()) {
            String dept = ownerByNode.get(node);
            if (dept != null) {
                if (dept.isBlank()) {
                    throw new IllegalArgumentException("department of node '" + node + "' must not be blank");
                }
                copy.put(node, dept);
            }
        }
        for (String node : ownerByNode.keySet()) {
            Objects.requireNonNull(node, "ownerByNode must not contain a null node");
            if (!tree.nodes().contains(node)) {
                throw new IllegalArgumentException("node '" + node + "' is not in the tree " + tree.nodes());
            }
            Objects.requireNonNull(ownerByNode.get(node), "department of node '" + node + "' must not be null");
        }
        return new KpiOwners(tree, Collections.unmodifiableMap(copy));
    }

    /**
     * Returns the tree.
     *
     * @return the tree
     */
    public KpiTree tree() {
        return tree;
    }

    /**
     * Returns a node's owner.
     *
     * @param node a node of the tree, not null
     * @return its department, empty if unowned
     * @throws NullPointerException if {@code node} is null
     * @throws IllegalArgumentException if the tree has no such node
     */
    public Optional<String> owner(String node) {
        Objects.requireNonNull(node, "node must not be null");
        if (!tree.nodes().contains(node)) {
            throw new IllegalArgumentException("node '" + node + "' is not in the tree " + tree.nodes());
        }
        return Optional.ofNullable(owners.get(node));
    }

    /**
     * Returns the nodes without an owner, in the tree's display order.
     *
     * @return an unmodifiable list
     */
    public List<String> unowned() {
        List<String> out = new ArrayList<>();
        for (String n : tree.nodes()) {
            if (!owners.containsKey(n)) {
                out.add(n);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the nodes a department owns, in the tree's display order.
     *
     * @param department the department's name, not null
     * @return an unmodifiable list, empty if it owns none
     * @throws NullPointerException if {@code department} is null
     */
    public List<String> ownedBy(String department) {
        Objects.requireNonNull(department, "department must not be null");
        return owners.entrySet().stream().filter(e -> e.getValue().equals(department)).map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Checks every owner against the departments of a responsibility matrix.
     *
     * @param knownDepartments the known department names, not null (for example
     *     {@code matrix.departments().stream().map(Department::name).toList()})
     * @return {@code this}
     * @throws NullPointerException if the collection is null
     * @throws IllegalArgumentException naming the unknown departments if any owner is not known
     */
    public KpiOwners checkDepartments(Collection<String> knownDepartments) {
        Objects.requireNonNull(knownDepartments, "knownDepartments must not be null");
        if (knownDepartments.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("knownDepartments must not contain null");
        }
        Set<String> unknown = new TreeSet<>(owners.values());
        unknown.removeAll(Set.copyOf(knownDepartments));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("owners " + unknown + " are not departments of the matrix "
                    + knownDepartments);
        }
        return this;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (tree == null || owners == null) {
            throw new InvalidObjectException("KpiOwners: missing tree or owners");
        }
        for (Map.Entry<String, String> e : owners.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getValue().isBlank() || !tree.nodes().contains(e.getKey())) {
                throw new InvalidObjectException("KpiOwners: owner " + e + " is not of a node of the tree");
            }
        }
    }

    @Override
    public String toString() {
        return "KpiOwners{goal=" + tree.goal() + ", owners=" + owners + "}";
    }
}
