package io.csmetrics.report;

import java.util.List;
import java.util.Objects;

/**
 * A part of a report section: a named figure, a table, a chart's data or a note. Renderers walk the
 * blocks in order; a chart carries the numbers it is drawn from, so the HTML charts and the JSON
 * agree by construction.
 *
 * @implSpec Every implementation is immutable and thread-safe.
 */
sealed interface Block {

    /**
     * One named figure: {@code key} is stable (JSON, CSV), {@code label} is for people, {@code note}
     * (may be empty) qualifies it, e.g. an assumption and the option that overrides it.
     */
    record Figure(String key, String label, Value value, String note) implements Block {
        public Figure {
            Objects.requireNonNull(key, "key must not be null");
            Objects.requireNonNull(label, "label must not be null");
            Objects.requireNonNull(value, "value must not be null");
            Objects.requireNonNull(note, "note must not be null");
        }
    }

    /** A table: every row has one value per column. */
    record Table(String key, String title, List<String> columns, List<List<Value>> rows) implements Block {
        public Table {
            Objects.requireNonNull(key, "key must not be null");
            Objects.requireNonNull(title, "title must not be null");
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Value> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("table " + key + ": row has " + row.size()
                            + " values for " + columns.size() + " columns");
                }
            }
        }
    }

    /** The kinds of chart the HTML renderer draws. */
    enum ChartKind {
        /** Bars per category, positive series stacked up and negative series stacked down (a bridge). */
        STACKED_BAR,
        /** One bar per category (a distribution). */
        BAR,
        /** One polyline per series, a point per category, with an optional band (lower/upper). */
        LINE,
        /** A step curve per series with an optional band (a survival curve). */
        STEP,
        /** A grid: categories are columns, each series a row; cells shaded by value. */
        HEATMAP
    }

    /** A series of a chart; {@code lower}/{@code upper} are empty or as long as {@code values}. */
    record Series(String name, List<Value> values, List<Value> lower, List<Value> upper) {
        public Series {
            Objects.requireNonNull(name, "name must not be null");
            values = List.copyOf(values);
            lower = List.copyOf(lower);
            upper = List.copyOf(upper);
            if (!lower.isEmpty() && (lower.size() != values.size() || upper.size() != values.size())) {
                throw new IllegalArgumentException("series " + name + ": band of " + lower.size() + "/" + upper.size()
                        + " values for " + values.size() + " values");
            }
        }

        public Series(String name, List<Value> values) {
            this(name, values, List.of(), List.of());
        }
    }

    /** A chart's data: one value per category in every series. */
    record Chart(String key, String title, ChartKind kind, String xLabel, String yLabel, List<String> categories,
            List<Series> series) implements Block {
        public Chart {
            Objects.requireNonNull(key, "key must not be null");
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(kind, "kind must not be null");
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("chart " + key + ": series " + s.name() + " has "
                            + s.values().size() + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /** A sentence: what a figure means, what is missing from the input, why a figure is left out. */
    record Note(String text) implements Block {
        public Note {
            Objects.requireNonNull(text, "text must not be null");
        }
    }
}
