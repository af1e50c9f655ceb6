package io.csmetrics.roi;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who is held to a metric and who can move it: a matrix of {@link Department}s × 
 * {@link BusinessMetric}s whose every cell says whether the department holds a target for the
 * metric and whether it influences it.
 *
 * <p>The seeds' point: a department held to a metric it cannot move (broad responsibility, limited
 * influence, typically CS held to renewals that product and support decide) and a department moving
 * a metric it is not held to (CS producing referrals that count only towards sales' new ARR) are
 * both misalignments; {@link #misalignments()} lists them and {@link #movers(BusinessMetric)} lists
 * every department that moves a metric. {@link OrganisationModel} holds presets for the three
 * organisation models (silos, CS as the glue, aligned targets).
 *
 * <p>Example: {@code builder().cell(CUSTOMER_SUCCESS, BUG_RATE, true, false).build().misalignments()}
 * is {@code [customer success: bug rate (TARGET_WITHOUT_INFLUENCE)]}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class ResponsibilityMatrix implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One cell: whether the department holds a target for the metric and whether it influences it.
     *
     * @param target the department holds a target for the metric
     * @param influence the department influences the metric
     * @since 0.1.0
     */
    public record Cell(boolean target, boolean influence) implements Serializable {

        /** Neither target nor influence. */
        public static final Cell NONE = new Cell(false, false);

        /**
         * Tells whether target and influence agree.
         *
         * @return true if both or neither
         */
        public boolean isAligned() {
            return target == influence;
        }

        /**
         * Returns the cell's symbol: {@code "TI"} target and influence, {@code "T"} target only,
         * {@code "I"} influence only, {@code "."} neither.
         *
         * @return the symbol
         */
        @Override
        public String toString() {
            return target ? influence ? "TI" : "T" : influence ? "I" : ".";
        }
    }

    private final List<Department> departments;
    private final List<BusinessMetric> metrics;
    private final Map<Department, Map<BusinessMetric, Cell>> cells;

    private ResponsibilityMatrix(Builder b) {
        this.departments = List.copyOf(b.departments);
        this.metrics = List.copyOf(b.metrics);
        Map<Department, Map<BusinessMetric, Cell>> copy = new LinkedHashMap<>();
        b.cells.forEach((d, row) -> copy.put(d, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
        this.cells = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the departments, in the order first declared.
     *
     * @return the departments, unmodifiable
     */
    public List<Department> departments() {
        return departments;
    }

    /**
     * Returns the metrics, in the order first declared.
     *
     * @return the metrics, unmodifiable
     */
    public List<BusinessMetric> metrics() {
        return metrics;
    }

    /**
     * Returns one cell.
     *
     * @param department a department of the matrix, not null
     * @param metric a metric of the matrix, not null
     * @return the cell; {@link Cell#NONE} if never set
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the department or metric is not in the matrix
     */
    public Cell cell(Department department, BusinessMetric metric) {
        Objects.requireNonNull(department, "department must not be null");
        Objects.requireNonNull(metric, "metric must not be null");
        if (!departments.contains(department)) {
            throw new IllegalArgumentException("department '" + department + "' is not in the matrix " + departments);
        }
        if (!metrics.contains(metric)) {
            throw new IllegalArgumentException("metric '" + metric + "' is not in the matrix " + metrics);
        }
        return cells.getOrDefault(department, Map.of()).getOrDefault(metric, Cell.NONE);
    }

    /**
     * Returns every misaligned cell (target without influence, influence without target), by
     * department then metric.
     *
     * @return the misalignments, unmodifiable; empty if every target sits with influence and vice
     *     versa
     */
    public List<Misalignment> misalignments() {
        List<Misalignment> out = new ArrayList<>();
        for (Department d : departments) {
            for (BusinessMetric m : metrics) {
                Cell c = cell(d, m);
                if (c.target() && !c.influence()) {
                    out.add(new Misalignment(d, m, Misalignment.Kind.TARGET_WITHOUT_INFLUENCE));
                } else if (c.influence() && !c.target()) {
                    out.add(new Misalignment(d, m, Misalignment.Kind.INFLUENCE_WITHOUT_TARGET));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns every department that moves a metric.
     *
     * @param metric a metric of the matrix, not null
     * @return the departments influencing it, in department order
     * @throws NullPointerException if {@code metric} is null
     * @throws IllegalArgumentException if the metric is not in the matrix
     */
    public List<Department> movers(BusinessMetric metric) {
        List<Department> out = new ArrayList<>();
        for (Department d : departments) {
            if (cell(d, metric).influence()) {
                out.add(d);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns every department holding a target for a metric.
     *
     * @param metric a metric of the matrix, not null
     * @return the departments held to it, in department order
     * @throws NullPointerException if {@code metric} is null
     * @throws IllegalArgumentException if the metric is not in the matrix
     */
    public List<Department> targetHolders(BusinessMetric metric) {
        List<Department> out = new ArrayList<>();
        for (Department d : departments) {
            if (cell(d, metric).target()) {
                out.add(d);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the matrix as a text table, one row per department, cells as {@link Cell#toString()}.
     *
     * @return the table, lines separated by {@code \n}
     */
    public String toTable() {
        // At least one column: "%-0s" is not a format (a matrix without departments threw
        // MissingFormatWidthException).
        int w = 1;
        for (Department d : departments) {
            w = Math.max(w, d.name().length());
        }
        StringBuilder sb = new StringBuilder(String.format("%-" + w + "s", ""));
        for (BusinessMetric m : metrics) {
            sb.append(" | ").append(m.name());
        }
        for (Department d : departments) {
            sb.append('\n').append(String.format("%-" + w + "s", d.name()));
            for (BusinessMetric m : metrics) {
                sb.append(" | ").append(String.format("%-" + m.name().length() + "s", cell(d, m)));
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ResponsibilityMatrix && ((ResponsibilityMatrix) obj).departments.equals(departments)
                && ((ResponsibilityMatrix) obj).metrics.equals(metrics)
                && ((ResponsibilityMatrix) obj).cellMap().equals(cellMap());
    }

    private Map<String, Cell> cellMap() {
        Map<String, Cell> all = new LinkedHashMap<>();
        for (Department d : departments) {
            for (BusinessMetric m : metrics) {
                all.put(d.name() + "\u0000" + m.name(), cell(d, m));
            }
        }
        return all;
    }

    @Override
    public int hashCode() {
        return Objects.hash(departments, metrics, cellMap());
    }

    @Override
    public String toString() {
        return "ResponsibilityMatrix{" + departments.size() + " departments × " + metrics.size() + " metrics, "
                + misalignments().size() + " misalignments}";
    }

    /**
     * Builds a {@link ResponsibilityMatrix}. Departments and metrics are added in the order first
     * named; a cell set twice keeps the last value.
     *
     * <p>This builder is mutable and not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final LinkedHashSet<Department> departments = new LinkedHashSet<>();
        private final LinkedHashSet<BusinessMetric> metrics = new LinkedHashSet<>();
        private final Map<Department, Map<BusinessMetric, Cell>> cells = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds departments (rows), even if none of their cells is set.
         *
         * @param list the departments, not null
         * @return this builder
         * @throws NullPointerException if a department is null
         */
        public Builder departments(List<Department> list) {
            Objects.requireNonNull(list, "list must not be null");
            list.forEach(d -> departments.add(Objects.requireNonNull(d, "department must not be null")));
            return this;
        }

        /**
         * Adds metrics (columns), even if none of their cells is set.
         *
         * @param list the metrics, not null
         * @return this builder
         * @throws NullPointerException if a metric is null
         */
        public Builder metrics(List<BusinessMetric> list) {
            Objects.requireNonNull(list, "list must not be null");
            list.forEach(m -> metrics.add(Objects.requireNonNull(m, "metric must not be null")));
            return this;
        }

        /**
         * Sets one cell.
         *
         * @param department the department, not null
         * @param metric the metric, not null
         * @param target whether the department holds a target for the metric
         * @param influence whether the department influences the metric
         * @return this builder
         * @throws NullPointerException if {@code department} or {@code metric} is null
         */
        public Builder cell(Department department, BusinessMetric metric, boolean target, boolean influence) {
            Objects.requireNonNull(department, "department must not be null");
            Objects.requireNonNull(metric, "metric must not be null");
            departments.add(department);
            metrics.add(metric);
            cells.computeIfAbsent(department, k -> new LinkedHashMap<>()).put(metric, new Cell(target, influence));
            return this;
        }

        /**
         * Marks that a department holds a target for a metric, keeping its influence flag.
         *
         * @param department the department, not null
         * @param metric the metric, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder target(Department department, BusinessMetric metric) {
            return cell(department, metric, true, current(department, metric).influence());
        }

        /**
         * Marks that a department influences a metric, keeping its target flag.
         *
         * @param department the department, not null
         * @param metric the metric, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder influence(Department department, BusinessMetric metric) {
            return cell(department, metric, current(department, metric).target(), true);
        }

        private Cell current(Department department, BusinessMetric metric) {
            return cells.getOrDefault(department, Map.of()).getOrDefault(metric, Cell.NONE);
        }

        /**
         * Returns the matrix.
         *
         * @return the matrix
         */
        public ResponsibilityMatrix build() {
            return new ResponsibilityMatrix(this);
        }
    }

    /**
     * Re-checks a deserialised ResponsibilityMatrix through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Builder b = builder().departments(Objects.requireNonNull(departments, "departments must not be null"))
                    .metrics(Objects.requireNonNull(metrics, "metrics must not be null"));
            Objects.requireNonNull(cells, "cells must not be null").forEach((d, row) ->
                    Objects.requireNonNull(row, "the row of " + d + " must not be null")
                            .forEach((m, c) -> b.cell(d, m, c.target(), c.influence())));
            ResponsibilityMatrix checked = b.build();
            if (!checked.departments.equals(departments) || !checked.metrics.equals(metrics)) {
                throw new IllegalArgumentException("a cell names a department or metric outside " + departments + " / "
                        + metrics);
            }
            return checked;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid ResponsibilityMatrix: " + e.getMessage())
                    .initCause(e);
        }
    }
}
