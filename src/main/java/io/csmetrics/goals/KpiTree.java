package io.csmetrics.goals;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * A KPI tree: a goal (the KGI, key goal indicator) decomposed into driver KPIs by product, sum,
 * difference and ratio, down to leaves with values, evaluated exactly with money and counts.
 *
 * <p>The seeds' decompositions are presets: {@link #operatingProfit(long, Money)} (operating profit
 * = customers × unit price) and {@link #mrr(long, Money)} (MRR = customers × monthly fee). Any other
 * tree is built by name:
 * <pre>{@code
 * KpiTree tree = KpiTree.builder("MRR")
 *     .product("MRR", "customers", "ARPA")
 *     .leaf("customers", KpiValue.count(120))
 *     .leaf("ARPA", KpiValue.money(Money.of("50", "USD")))
 *     .build();
 * tree.evaluate().goal();                          // USD 6000
 * }</pre>
 *
 * <p>What the tree answers:
 * <ul>
 *   <li>{@link #evaluate()}: every node's exact value ({@link KpiValue} rules for units).</li>
 *   <li>{@link #whatIf(String, Change)}: change a leaf by x % or to a value and see every node
 *       change; a change of 0 % changes nothing.</li>
 *   <li>{@link #elasticities()}: which leaf moves the goal most per 1 % ({@link Elasticity}).</li>
 *   <li>{@link #backSolve(String, KpiValue)}: the value one leaf must take for the goal to reach a
 *       target, the others fixed ({@link BackSolve}: exact where the goal is affine in the leaf).</li>
 * </ul>
 *
 * <p>Validation at {@link Builder#build()}: every driver named must be defined (a missing leaf
 * throws), the nodes must form no cycle, every node must be reachable from the goal, a difference
 * or ratio has exactly two drivers, and units must combine (no money × money, no money + number).
 * A node may drive several others (the tree may be a DAG). A ratio whose divisor evaluates to zero
 * makes evaluation throw {@link UndefinedMetricException} naming the node.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class KpiTree implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Relative tolerance of the numeric back-solve, on the goal, relative to {@code max(1, |T|)}. */
    public static final double NUMERIC_TOLERANCE = 1e-9;
    /** Commons Numbers' Brent solver has no evaluation limit; a pole in a bracket could keep it going. */
    private static final int MAX_SOLVER_EVALUATIONS = 10_000;

    private record Node(String name, KpiValue leaf, Operation operation, List<String> children)
            implements Serializable {
    }

    private final String goal;
    private final Map<String, Node> nodes;
    private final List<String> displayOrder;
    private final List<String> evaluationOrder;

    private KpiTree(String goal, Map<String, Node> nodes, List<String> displayOrder, List<String> evaluationOrder) {
        this.goal = goal;
        this.nodes = nodes;
        this.displayOrder = displayOrder;
        this.evaluationOrder = evaluationOrder;
    }

    /**
     * Returns a builder for a tree with the given goal.
     *
     * @param goal the goal node's name, not blank
     * @return a new builder
     * @throws NullPointerException if {@code goal} is null
     * @throws IllegalArgumentException if {@code goal} is blank
     */
    public static Builder builder(String goal) {
        return new Builder(checkName(goal, "goal"));
    }

    /**
     * Returns the seeds' profit tree, operating profit = customers × unit price.
     *
     * @param customers the number of customers, not negative
     * @param unitPrice the price per customer, not null
     * @return the tree with goal {@code "operating profit"} and leaves {@code "customers"} and
     *     {@code "unit price"}
     * @throws NullPointerException if {@code unitPrice} is null
     * @throws IllegalArgumentException if {@code customers} is negative
     */
    public static KpiTree operatingProfit(long customers, Money unitPrice) {
        return twoFactor("operating profit", customers, "unit price", unitPrice);
    }

    /**
     * Returns the seeds' MRR tree, MRR = customers × monthly fee.
     *
     * @param customers the number of paying customers, not negative
     * @param monthlyFee the monthly fee (or ARPA, average revenue per account), not null
     * @return the tree with goal {@code "MRR"} and leaves {@code "customers"} and
     *     {@code "monthly fee"}
     * @throws NullPointerException if {@code monthlyFee} is null
     * @throws IllegalArgumentException if {@code customers} is negative
     */
    public static KpiTree mrr(long customers, Money monthlyFee) {
        return twoFactor("MRR", customers, "monthly fee", monthlyFee);
    }

    private static KpiTree twoFactor(String goal, long customers, String priceName, Money price) {
        Objects.requireNonNull(price, priceName.replace(" ", "") + " must not be null");
        if (customers < 0) {
            throw new IllegalArgumentException("customers must not be negative: " + customers);
        }
        return builder(goal).product(goal, "customers", priceName).leaf("customers", KpiValue.count(customers))
                .leaf(priceName, KpiValue.money(price)).build();
    }

    private static String checkName(String name, String what) {
        Objects.requireNonNull(name, what + " must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank: '" + name + "'");
        }
        return name;
    }

    /**
     * Returns the goal's name.
     *
     * @return the goal (KGI)
     */
    public String goal() {
        return goal;
    }

    /**
     * Returns every node's name, goal first, then drivers depth first.
     *
     * @return the names, unmodifiable
     */
    public List<String> nodes() {
        return displayOrder;
    }

    /**
     * Returns the leaves' names, in display order.
     *
     * @return the leaves, unmodifiable
     */
    public List<String> leaves() {
        List<String> out = new ArrayList<>();
        for (String n : displayOrder) {
            if (nodes.get(n).leaf() != null) {
                out.add(n);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns a node's operation.
     *
     * @param node the node's name, not null
     * @return its operation; empty for a leaf
     * @throws NullPointerException if {@code node} is null
     * @throws IllegalArgumentException if the tree has no such node
     */
    public Optional<Operation> operation(String node) {
        return Optional.ofNullable(node(node).operation());
    }

    /**
     * Returns a node's drivers.
     *
     * @param node the node's name, not null
     * @return its drivers in operand order; empty for a leaf
     * @throws NullPointerException if {@code node} is null
     * @throws IllegalArgumentException if the tree has no such node
     */
    public List<String> drivers(String node) {
        return node(node).children();
    }

    /**
     * Returns a leaf's value.
     *
     * @param leaf the leaf's name, not null
     * @return its value
     * @throws NullPointerException if {@code leaf} is null
     * @throws IllegalArgumentException if the tree has no such leaf
     */
    public KpiValue leafValue(String leaf) {
        Node n = node(leaf);
        if (n.leaf() == null) {
            throw new IllegalArgumentException("node '" + leaf + "' is not a leaf; leaves: " + leaves());
        }
        return n.leaf();
    }

    private Node node(String name) {
        Objects.requireNonNull(name, "node must not be null");
        Node n = nodes.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no node '" + name + "' in the tree; nodes: " + displayOrder);
        }
        return n;
    }

    /**
     * Returns a tree equal to this one but for one leaf's value.
     *
     * @param leaf the leaf's name, not null
     * @param value the new value, same unit as the old, not null
     * @return the new tree; {@code this} if the value is unchanged
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there is no such leaf or the unit differs
     */
    public KpiTree withLeaf(String leaf, KpiValue value) {
        Objects.requireNonNull(value, "value must not be null");
        KpiValue old = leafValue(leaf);
        if (!old.sameUnit(value)) {
            throw new IllegalArgumentException("leaf '" + leaf + "' is in " + KpiValue.unitName(old.unit())
                    + "; new value " + value + " is not");
        }
        if (old.equals(value)) {
            return this;
        }
        Map<String, Node> copy = new HashMap<>(nodes);
        copy.put(leaf, new Node(leaf, value, null, List.of()));
        return new KpiTree(goal, copy, displayOrder, evaluationOrder);
    }

    /**
     * Evaluates every node exactly.
     *
     * @return the values
     * @throws UndefinedMetricException if a ratio's divisor is zero
     */
    public KpiEvaluation evaluate() {
        Map<String, KpiValue> values = evaluateAll(Map.of());
        Map<String, KpiValue> ordered = new LinkedHashMap<>();
        for (String n : displayOrder) {
            ordered.put(n, values.get(n));
        }
        return new KpiEvaluation(goal, ordered);
    }

    private Map<String, KpiValue> evaluateAll(Map<String, Rational> overrides) {
        Map<String, KpiValue> values = new HashMap<>();
        for (String name : evaluationOrder) {
            Node n = nodes.get(name);
            if (n.leaf() != null) {
                Rational o = overrides.get(name);
                values.put(name, o == null ? n.leaf() : n.leaf().withRational(o));
                continue;
            }
            KpiValue first = values.get(n.children().get(0));
            Rational r = first.rational();
            Currency unit = first.unit();
            for (int i = 1; i < n.children().size(); i++) {
                KpiValue c = values.get(n.children().get(i));
                switch (n.operation()) {
                    case PRODUCT:
                        r = r.times(c.rational());
                        unit = unit != null ? unit : c.unit();
                        break;
                    case SUM:
                        r = r.plus(c.rational());
                        break;
                    case DIFFERENCE:
                        r = r.minus(c.rational());
                        break;
                    default:
                        if (c.signum() == 0) {
                            throw new UndefinedMetricException("node '" + name + "' is undefined: its divisor '"
                                    + n.children().get(i) + "' is zero");
                        }
                        r = r.dividedBy(c.rational());
                        unit = c.unit() != null ? null : unit;
                }
            }
            values.put(name, KpiValue.of(r, unit));
        }
        return values;
    }

    private Rational goalAt(String leaf, Rational x) {
        return evaluateAll(Map.of(leaf, x)).get(goal).rational();
    }

    /**
     * Changes one leaf and evaluates every node before and after.
     *
     * @param leaf the leaf's name, not null
     * @param change the change, not null
     * @return every node before and after
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there is no such leaf, or a new value's unit differs
     * @throws UndefinedMetricException if a ratio's divisor is zero before or after
     */
    public WhatIf whatIf(String leaf, Change change) {
        Objects.requireNonNull(change, "change must not be null");
        KpiValue old = leafValue(leaf);
        return new WhatIf(leaf, change, evaluate(), withLeaf(leaf, change.apply(old)).evaluate());
    }

    /**
     * Returns the goal's elasticity to each leaf per +1 %, largest in magnitude first (ties by
     * display order).
     *
     * @return one elasticity per leaf; undefined values (a zero goal) last
     * @throws UndefinedMetricException if a ratio's divisor is zero
     */
    public List<Elasticity> elasticities() {
        Rational g0 = evaluate().goal().rational();
        Rational step = Rational.of(BigInteger.valueOf(101), BigInteger.valueOf(100));
        List<Elasticity> out = new ArrayList<>();
        for (String leaf : leaves()) {
            Rational x = leafValue(leaf).rational();
            Rational diff = goalAt(leaf, x.times(step)).minus(g0).times(Rational.HUNDRED);
            out.add(new Elasticity(leaf, Ratio.of(new BigDecimal(diff.numerator().multiply(g0.denominator())),
                    new BigDecimal(diff.denominator().multiply(g0.numerator())))));
        }
        List<String> order = leaves();
        out.sort(Comparator.comparing((Elasticity e) -> !e.value().isDefined())
                .thenComparing((a, b) -> a.value().isDefined() && b.value().isDefined()
                        ? abs(b.value()).compareTo(abs(a.value())) : 0)
                .thenComparing(e -> order.indexOf(e.leaf())));
        return Collections.unmodifiableList(out);
    }

    private static Ratio abs(Ratio r) {
        return r.numerator().signum() < 0 ? Ratio.of(r.numerator().negate(), r.denominator()) : r;
    }

    /**
     * Finds the value a leaf must take for the goal to equal a target, the other leaves fixed.
     *
     * <p>If the goal is affine in the leaf (the leaf enters only through sums, differences,
     * products with constant factors and numerators of ratios with constant divisors) the answer is
     * exact: {@code x = (T − G(0)) / (G(1) − G(0))}. Otherwise Commons Numbers' {@link BrentSolver}
     * finds a root of {@code G(x) − T} in a bracket searched outward from the current value (on
     * the current value's side of zero first); the result is within {@link #NUMERIC_TOLERANCE} of
     * the target relative to {@code max(1, |T|)}.
     *
     * @param leaf the leaf to solve for, not null
     * @param target the goal's target, in the goal's unit, not null
     * @return the required value and how it was found
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there is no such leaf, the target's unit differs from the
     *     goal's, the goal does not depend on the leaf (or not enough to reach the target), or no
     *     root is found
     * @throws UndefinedMetricException if a ratio's divisor is zero at the current values
     */
    public BackSolve backSolve(String leaf, KpiValue target) {
        Objects.requireNonNull(target, "target must not be null");
        KpiValue current = leafValue(leaf);
        KpiValue goalNow = evaluate().goal();
        if (!goalNow.sameUnit(target)) {
            throw new IllegalArgumentException("target " + target + " is not in the goal's unit ("
                    + KpiValue.unitName(goalNow.unit()) + ")");
        }
        if (!dependsOn(goal, leaf)) {
            throw new IllegalArgumentException("goal '" + goal + "' does not depend on leaf '" + leaf + "'");
        }
        Rational t = target.rational();
        if (isAffine(goal, leaf)) {
            Rational a = goalAt(leaf, Rational.ZERO);
            Rational b = goalAt(leaf, Rational.ONE).minus(a);
            if (b.signum() == 0) {
                throw new IllegalArgumentException("goal '" + goal + "' does not move with leaf '" + leaf
                        + "' at the other leaves' values (a factor is zero); no value reaches " + target);
            }
            KpiValue required = current.withRational(t.minus(a).dividedBy(b));
            KpiValue achieved = goalNow.withRational(goalAt(leaf, required.rational()));
            return new BackSolve(leaf, target, current, required, achieved, BackSolve.Method.EXACT_LINEAR, 0);
        }
        double x = solveNumerically(leaf, current.toDouble(), t.toDouble());
        KpiValue required = current.withRational(Rational.of(new BigDecimal(x)));
        KpiValue achieved = goalNow.withRational(goalAt(leaf, required.rational()));
        double residual = Math.abs(achieved.toDouble() - t.toDouble());
        if (!(residual <= NUMERIC_TOLERANCE * Math.max(1, Math.abs(t.toDouble())))) {
            throw new IllegalArgumentException("no value of leaf '" + leaf + "' found that brings goal '" + goal
                    + "' to " + target + " (closest: " + achieved + ")");
        }
        return new BackSolve(leaf, target, current, required, achieved, BackSolve.Method.NUMERIC, NUMERIC_TOLERANCE);
    }

    private double solveNumerically(String leaf, double x0, double t) {
        DoubleUnaryOperator f = x -> {
            try {
                return goalAt(leaf, Rational.of(new BigDecimal(x))).toDouble() - t;
            } catch (UndefinedMetricException e) {
                return Double.NaN;
            }
        };
        double scale = Math.max(Math.abs(x0), 1);
        BrentSolver solver = new BrentSolver(1e-15, 1e-12 * scale, 1e-12 * Math.max(1, Math.abs(t)));
        List<double[]> brackets = new ArrayList<>();
        for (int k = 1; k <= 64; k++) {
            double w = Math.scalb(1.0, k);
            if (x0 > 0) {
                brackets.add(new double[] {x0 / w, x0});
                brackets.add(new double[] {x0, x0 * w});
            } else if (x0 < 0) {
                brackets.add(new double[] {x0, x0 / w});
                brackets.add(new double[] {x0 * w, x0});
            } else {
                brackets.add(new double[] {0, w});
                brackets.add(new double[] {-w, 0});
            }
        }
        for (int k = 1; k <= 64; k++) {
            double w = scale * Math.scalb(1.0, k);
            brackets.add(new double[] {x0 - w, x0 + w});
        }
        for (double[] b : brackets) {
            double lo = f.applyAsDouble(b[0]);
            double hi = f.applyAsDouble(b[1]);
            if (Double.isNaN(lo) || Double.isNaN(hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
                continue;
            }
            if (lo == 0) {
                return b[0];
            }
            if (hi == 0) {
                return b[1];
            }
            if ((lo < 0) != (hi < 0)) {
                try {
                    double root = solver.findRoot(new EvaluationBudget(f, MAX_SOLVER_EVALUATIONS), b[0], b[1]);
                    if (Math.abs(f.applyAsDouble(root)) <= NUMERIC_TOLERANCE * Math.max(1, Math.abs(t))) {
                        return root;
                    }
                } catch (EvaluationBudget.Exhausted | IllegalArgumentException e) {
                    // a pole inside the bracket (the solver wanders, or sees no sign change once a
                    // value is NaN); the next bracket may avoid it
                }
            }
        }
        throw new IllegalArgumentException("no value of leaf '" + leaf + "' found that brings goal '" + goal
                + "' to " + t);
    }

    private boolean dependsOn(String node, String leaf) {
        if (node.equals(leaf)) {
            return true;
        }
        for (String c : nodes.get(node).children()) {
            if (dependsOn(c, leaf)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAffine(String node, String leaf) {
        Node n = nodes.get(node);
        if (n.leaf() != null || !dependsOn(node, leaf)) {
            return true;
        }
        List<String> cs = n.children();
        switch (n.operation()) {
            case SUM:
            case DIFFERENCE:
                return cs.stream().allMatch(c -> isAffine(c, leaf));
            case PRODUCT:
                long dependent = cs.stream().filter(c -> dependsOn(c, leaf)).count();
                return dependent == 1 && cs.stream().allMatch(c -> isAffine(c, leaf));
            default:
                return !dependsOn(cs.get(1), leaf) && isAffine(cs.get(0), leaf);
        }
    }

    /**
     * Returns the tree, one node a line, indented by depth, with each node's formula and leaf
     * values, e.g. {@code "MRR = customers × monthly fee"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        describe(goal, 0, sb, new LinkedHashSet<>());
        return sb.toString().stripTrailing();
    }

    private void describe(String name, int depth, StringBuilder sb, LinkedHashSet<String> shown) {
        Node n = nodes.get(name);
        sb.append("  ".repeat(depth)).append(name);
        if (n.leaf() != null) {
            sb.append(" = ").append(n.leaf()).append('\n');
            return;
        }
        sb.append(" = ").append(String.join(" " + n.operation().symbol() + " ", n.children())).append('\n');
        if (!shown.add(name)) {
            return;
        }
        for (String c : n.children()) {
            describe(c, depth + 1, sb, shown);
        }
    }

    /**
     * Builds a {@link KpiTree}: define the goal and every driver by name, in any order.
     *
     * <p>This builder is mutable and not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final String goal;
        private final Map<String, Node> nodes = new LinkedHashMap<>();

        private Builder(String goal) {
            this.goal = goal;
        }

        /**
         * Defines a leaf.
         *
         * @param name the leaf's name, not blank, not yet defined
         * @param value its value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the name is blank or already defined
         */
        public Builder leaf(String name, KpiValue value) {
            Objects.requireNonNull(value, "value must not be null");
            return add(new Node(checkName(name, "name"), value, null, List.of()));
        }

        /**
         * Defines a node as the product of its drivers.
         *
         * @param name the node's name, not blank, not yet defined
         * @param drivers the drivers' names, at least one
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the name is blank or already defined, or no driver
         *     is given
         */
        public Builder product(String name, String... drivers) {
            return node(name, Operation.PRODUCT, drivers);
        }

        /**
         * Defines a node as the sum of its drivers.
         *
         * @param name the node's name, not blank, not yet defined
         * @param drivers the drivers' names, at least one
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the name is blank or already defined, or no driver
         *     is given
         */
        public Builder sum(String name, String... drivers) {
            return node(name, Operation.SUM, drivers);
        }

        /**
         * Defines a node as {@code minuend − subtrahend}.
         *
         * @param name the node's name, not blank, not yet defined
         * @param minuend the driver subtracted from, not null
         * @param subtrahend the driver subtracted, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the name is blank or already defined
         */
        public Builder difference(String name, String minuend, String subtrahend) {
            return node(name, Operation.DIFFERENCE, minuend, subtrahend);
        }

        /**
         * Defines a node as {@code numerator / denominator}.
         *
         * @param name the node's name, not blank, not yet defined
         * @param numerator the dividend driver, not null
         * @param denominator the divisor driver, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the name is blank or already defined
         */
        public Builder ratio(String name, String numerator, String denominator) {
            return node(name, Operation.RATIO, numerator, denominator);
        }

        /**
         * Defines a node by an operation.
         *
         * @param name the node's name, not blank, not yet defined
         * @param operation the operation, not null
         * @param drivers the drivers' names: one or more for product and sum, two for difference
         *     and ratio
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the name is blank or already defined, or the number
         *     of drivers does not fit the operation
         */
        public Builder node(String name, Operation operation, String... drivers) {
            checkName(name, "name");
            Objects.requireNonNull(operation, "operation must not be null");
            Objects.requireNonNull(drivers, "drivers must not be null");
            for (String d : drivers) {
                checkName(d, "driver of '" + name + "'");
            }
            boolean binary = operation == Operation.DIFFERENCE || operation == Operation.RATIO;
            if (binary ? drivers.length != 2 : drivers.length < 1) {
                throw new IllegalArgumentException("node '" + name + "' (" + operation + ") needs "
                        + (binary ? "exactly 2" : "at least 1") + " drivers, got " + drivers.length);
            }
            return add(new Node(name, null, operation, List.of(drivers)));
        }

        private Builder add(Node n) {
            if (nodes.containsKey(n.name())) {
                throw new IllegalArgumentException("node '" + n.name() + "' is already defined");
            }
            nodes.put(n.name(), n);
            return this;
        }

        /**
         * Validates and returns the tree.
         *
         * @return the tree
         * @throws IllegalArgumentException if the goal or a driver is not defined (a missing leaf),
         *     the nodes form a cycle, a node is not reachable from the goal, or units do not combine
         * @throws io.csmetrics.CurrencyMismatchException if a node combines two currencies
         */
        public KpiTree build() {
            if (!nodes.containsKey(goal)) {
                throw new IllegalArgumentException("goal '" + goal + "' is not defined");
            }
            List<String> post = new ArrayList<>();
            Map<String, Integer> state = new HashMap<>();
            visit(goal, null, state, post, new ArrayList<>());
            if (post.size() != nodes.size()) {
                List<String> unreachable = new ArrayList<>(nodes.keySet());
                unreachable.removeAll(post);
                throw new IllegalArgumentException("nodes not reachable from goal '" + goal + "': " + unreachable);
            }
            Map<String, Currency> units = new HashMap<>();
            for (String name : post) {
                Node n = nodes.get(name);
                if (n.leaf() != null) {
                    units.put(name, n.leaf().unit());
                    continue;
                }
                Currency u = units.get(n.children().get(0));
                for (int i = 1; i < n.children().size(); i++) {
                    Currency c = units.get(n.children().get(i));
                    switch (n.operation()) {
                        case PRODUCT:
                            u = KpiValue.productUnit(u, c, name);
                            break;
                        case RATIO:
                            u = KpiValue.ratioUnit(u, c, name);
                            break;
                        default:
                            u = KpiValue.sumUnit(u, c, name);
                    }
                }
                units.put(name, u);
            }
            List<String> display = new ArrayList<>();
            preorder(goal, new LinkedHashSet<>(), display);
            return new KpiTree(goal, Collections.unmodifiableMap(new HashMap<>(nodes)),
                    Collections.unmodifiableList(display), Collections.unmodifiableList(post));
        }

        private void visit(String name, String parent, Map<String, Integer> state, List<String> post,
                List<String> path) {
            Node n = nodes.get(name);
            if (n == null) {
                throw new IllegalArgumentException("node '" + name + "' (a driver of '" + parent
                        + "') is not defined: define it as a leaf or a node");
            }
            Integer s = state.get(name);
            if (s != null && s == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
                cycle.add(name);
                throw new IllegalArgumentException("the tree has a cycle: " + String.join(" → ", cycle));
            }
            if (s != null) {
                return;
            }
            state.put(name, 1);
            path.add(name);
            for (String c : n.children()) {
                visit(c, name, state, post, path);
            }
            path.remove(path.size() - 1);
            state.put(name, 2);
            post.add(name);
        }

        private void preorder(String name, LinkedHashSet<String> seen, List<String> out) {
            if (!seen.add(name)) {
                return;
            }
            out.add(name);
            for (String c : nodes.get(name).children()) {
                preorder(c, seen, out);
            }
        }
    }

    /** A function that stops the solver after a set number of evaluations. */
    private static final class EvaluationBudget implements DoubleUnaryOperator {

        /** Thrown when the budget is spent. */
        static final class Exhausted extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exhausted(int evaluations) {
                super("no root after " + evaluations + " evaluations", null, false, false);
            }
        }

        private final DoubleUnaryOperator f;
        private final int limit;
        private int used;

        EvaluationBudget(DoubleUnaryOperator f, int limit) {
            this.f = f;
            this.limit = limit;
        }

        @Override
        public double applyAsDouble(double x) {
            if (++used > limit) {
                throw new Exhausted(limit);
            }
            return f.applyAsDouble(x);
        }
    }

    /**
     * Re-checks a deserialised KpiTree through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Objects.requireNonNull(nodes, "nodes must not be null");
            Builder b = builder(goal);
            for (Node n : nodes.values()) {
                Objects.requireNonNull(n, "a node must not be null");
                if (n.leaf() != null) {
                    b.leaf(n.name(), n.leaf());
                } else {
                    b.node(n.name(), n.operation(), Objects.requireNonNull(n.children(), "children must not be null")
                            .toArray(new String[0]));
                }
            }
            return b.build();
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid KpiTree: " + e.getMessage())
                    .initCause(e);
        }
    }
}
