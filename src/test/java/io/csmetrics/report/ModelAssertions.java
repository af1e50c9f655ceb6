package io.csmetrics.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a built section's figures by key, displayed as the text renderer shows them. */
final class ModelAssertions {

    private ModelAssertions() {
    }

    /** Each figure's key and its display text ({@code USD 1,000.00}, {@code 10.00 %}, {@code undefined (...)}). */
    static Map<String, String> figures(Report.Section section) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Block b : section.blocks()) {
            if (b instanceof Block.Figure f) {
                out.put(f.key(), Fmt.value(f.value()));
            }
        }
        return out;
    }

    static Block.Table table(Report.Section section, String key) {
        return section.blocks().stream().filter(b -> b instanceof Block.Table t && t.key().equals(key))
                .map(Block.Table.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + key + " in section " + section.id()));
    }

    static Block.Chart chart(Report.Section section, String key) {
        return section.blocks().stream().filter(b -> b instanceof Block.Chart c && c.key().equals(key))
                .map(Block.Chart.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + key + " in section " + section.id()));
    }

    /** A table's row, each cell as displayed in text (money with its code). */
    static java.util.List<String> row(Block.Table t, int index) {
        return t.rows().get(index).stream().map(Fmt::cell).toList();
    }
}
