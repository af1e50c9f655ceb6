package io.csmetrics.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the report model as plain text for a terminal: one line per figure ({@code label: value}),
 * aligned tables, notes; lines wrapped at {@value #WIDTH} characters. Charts are left out: their
 * numbers are in the tables beside them. Pass the result through {@link Ascii#fit} for the output
 * charset.
 */
final class TextRenderer {

    static final int WIDTH = 120;

    private TextRenderer() {
    }

    static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("csmetrics KPI report: ").append(report.source()).append('\n');
        line(out, "months " + report.from() + " to " + report.to() + " (as of " + report.to() + "), currency "
                + report.currency() + (report.filter().isEmpty() ? "" : ", accounts where " + report.filter()), "");
        for (Report.Section s : report.sections()) {
            out.append('\n').append("== ").append(s.title()).append(" ==\n");
            section(out, s);
        }
        return out.toString();
    }

    /** One section's lines, as the legacy {@code ReportSection.write} prints them. */
    static String section(Report.Section s) {
        StringBuilder out = new StringBuilder();
        section(out, s);
        return out.toString();
    }

    private static void section(StringBuilder out, Report.Section s) {
        for (Block b : s.blocks()) {
            if (b instanceof Block.Figure f) {
                line(out, figure(f), "    ");
            } else if (b instanceof Block.Note n) {
                line(out, n.text(), "  ");
            } else if (b instanceof Block.Table t) {
                table(out, t);
            }
        }
    }

    /** {@code label: value (note)}: the exact text the JSON test compares against. */
    static String figure(Block.Figure f) {
        return f.label() + ": " + Fmt.value(f.value()) + (f.note().isEmpty() ? "" : " (" + f.note() + ")");
    }

    private static void table(StringBuilder out, Block.Table t) {
        boolean inTitle = Fmt.tableCurrency(t).isPresent();
        if (!t.title().isEmpty()) {
            line(out, Fmt.tableTitle(t) + ":", "  ");
        }
        int n = t.columns().size();
        int[] width = new int[n];
        List<String[]> cells = new ArrayList<>();
        cells.add(t.columns().toArray(String[]::new));
        for (List<Value> row : t.rows()) {
            String[] c = new String[n];
            for (int i = 0; i < n; i++) {
                c[i] = Fmt.cell(row.get(i), inTitle);
            }
            cells.add(c);
        }
        for (String[] c : cells) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], c[i].length());
            }
        }
        boolean[] left = new boolean[n];
        for (int i = 0; i < n; i++) {
            left[i] = i == 0;
            if (!left[i] && !t.rows().isEmpty()) {
                final int col = i;
                left[i] = t.rows().stream().allMatch(r -> r.get(col) instanceof Value.Text);
            }
        }
        int lastStart = 2;
        for (int i = 0; i < n - 1; i++) {
            lastStart += width[i] + 1;
        }
        String indent = left[n - 1] && lastStart < WIDTH / 2 ? " ".repeat(lastStart) : "      ";
        for (String[] c : cells) {
            StringBuilder row = new StringBuilder(" ");
            for (int i = 0; i < n; i++) {
                row.append(' ');
                String pad = " ".repeat(width[i] - c[i].length());
                row.append(left[i] ? c[i] + (i == n - 1 ? "" : pad) : pad + c[i]);
            }
            line(out, row.toString().stripTrailing(), indent);
        }
    }

    /** Appends {@code text}, wrapped at spaces to {@link #WIDTH}; continuation lines get {@code indent}. */
    static void line(StringBuilder out, String text, String indent) {
        String rest = text;
        boolean first = true;
        while (true) {
            String prefix = first ? "" : indent;
            if (prefix.length() + rest.length() <= WIDTH) {
                out.append(prefix).append(rest).append('\n');
                return;
            }
            int cut = rest.lastIndexOf(' ', WIDTH - prefix.length());
            if (cut <= 0) {
                cut = rest.indexOf(' ');
                if (cut <= 0) {
                    out.append(prefix).append(rest).append('\n');
                    return;
                }
            }
            out.append(prefix).append(rest, 0, cut).append('\n');
            rest = rest.substring(cut + 1).stripLeading();
            first = false;
        }
    }
}
