package io.csmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes the report model as one self-contained HTML page: inline CSS and inline SVG charts, no
 * script, no network at view time. Every chart is drawn from the model's numbers (the same as the
 * JSON), has an SVG {@code <title>} and {@code <desc>}, axis labels, and its data as a table below
 * it (the text alternative). Readable on a phone (the layout shrinks to the width, tables scroll)
 * and printable (charts are not split, the data tables print open).
 *
 * <p>Chart elements carry classes the browser test counts: {@code rect.bar} (one per series and
 * category of a bar chart), {@code circle.point} (one per defined value of a line or step chart),
 * {@code rect.cell} (one per defined heatmap cell), {@code polygon.band} (a confidence band).
 * Output is pure ASCII (other characters as numeric references).
 */
final class HtmlRenderer {

    static final int W = 760;
    static final int H = 320;
    private static final int LEFT = 86;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 64;
    private static final String[] PALETTE = {"#1b6ca8", "#2a9d8f", "#8ab17d", "#e9c46a", "#f4a261", "#e76f51",
        "#6d597a", "#b56576"};

    private static final String CSS = """
            :root{color-scheme:light;--ink:#1d2433;--muted:#5b6475;--line:#d5dae3;--bg:#fff}
            *{box-sizing:border-box}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);
            margin:0 auto;max-width:1000px;padding:16px}
            h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;border-bottom:2px solid var(--line);padding-bottom:4px;
            margin-top:1.8em}
            .meta{color:var(--muted)}
            dl.figures{display:grid;grid-template-columns:minmax(12em,max-content) 1fr;gap:2px 16px;margin:.6em 0}
            dl.figures dt{color:var(--muted)}dl.figures dd{margin:0;font-variant-numeric:tabular-nums}
            .note{color:var(--muted);font-size:.92em;margin:.3em 0}
            .scroll{overflow-x:auto;max-width:100%}
            table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.9em;margin:.4em 0}
            th,td{padding:2px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
            th:first-child,td:first-child{text-align:left}
            caption{text-align:left;font-weight:600;padding:4px 0}
            figure{margin:1em 0;break-inside:avoid}
            figure svg{width:100%;height:auto;max-width:760px;display:block}
            figcaption{font-weight:600}
            .legend{font-size:.85em;color:var(--muted)}.legend span{display:inline-block;margin-right:12px}
            .legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
            svg text{font:11px system-ui,sans-serif;fill:#333}svg .axis{stroke:#888;stroke-width:1}
            svg .grid{stroke:#e6e9ef;stroke-width:1}
            @media (max-width:600px){body{font-size:14px;padding:8px}dl.figures{grid-template-columns:1fr}
            dl.figures dd{margin-bottom:6px}}
            @media print{body{max-width:none;padding:0}h2{break-after:avoid}details{display:block}
            details>summary{display:none}.scroll{overflow:visible}}
            """;

    private HtmlRenderer() {
    }

    static String render(Report r) {
        StringBuilder sb = new StringBuilder(1 << 17);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        esc(sb, "csmetrics KPI report: " + r.source());
        sb.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>");
        esc(sb, "csmetrics KPI report");
        sb.append("</h1>\n<p class=\"meta\">");
        esc(sb, r.source() + " \u00b7 months " + r.from() + " to " + r.to() + " (as of " + r.to() + ") \u00b7 currency "
                + r.currency() + (r.filter().isEmpty() ? "" : " \u00b7 accounts where " + r.filter()));
        sb.append("</p>\n<nav><p>");
        for (Report.Section s : r.sections()) {
            sb.append("<a href=\"#").append(s.id()).append("\">");
            esc(sb, s.title());
            sb.append("</a> ");
        }
        sb.append("</p></nav>\n</header>\n<main>\n");
        for (Report.Section s : r.sections()) {
            section(sb, s);
        }
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void section(StringBuilder sb, Report.Section s) {
        sb.append("<section id=\"").append(s.id()).append("\">\n<h2>");
        esc(sb, s.title());
        sb.append("</h2>\n");
        boolean inFigures = false;
        for (Block b : s.blocks()) {
            if (b instanceof Block.Figure f) {
                if (!inFigures) {
                    sb.append("<dl class=\"figures\">\n");
                    inFigures = true;
                }
                sb.append("<dt>");
                esc(sb, f.label());
                sb.append("</dt><dd data-key=\"").append(attr(f.key())).append("\">");
                esc(sb, Fmt.value(f.value()));
                if (!f.note().isEmpty()) {
                    sb.append(" <span class=\"note\">(");
                    esc(sb, f.note());
                    sb.append(")</span>");
                }
                sb.append("</dd>\n");
                continue;
            }
            if (inFigures) {
                sb.append("</dl>\n");
                inFigures = false;
            }
            if (b instanceof Block.Note n) {
                sb.append("<p class=\"note\">");
                esc(sb, n.text());
                sb.append("</p>\n");
            } else if (b instanceof Block.Table t) {
                table(sb, Fmt.tableTitle(t), t.columns(), rows(t));
            } else if (b instanceof Block.Chart c) {
                chart(sb, c);
            }
        }
        if (inFigures) {
            sb.append("</dl>\n");
        }
        sb.append("</section>\n");
    }

    private static List<List<String>> rows(Block.Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Value> row : t.rows()) {
            boolean inTitle = Fmt.tableCurrency(t).isPresent();
            rows.add(row.stream().map(v -> Fmt.cell(v, inTitle)).toList());
        }
        return rows;
    }

    private static void table(StringBuilder sb, String caption, List<String> columns, List<List<String>> rows) {
        sb.append("<div class=\"scroll\"><table>");
        if (!caption.isEmpty()) {
            sb.append("<caption>");
            esc(sb, caption);
            sb.append("</caption>");
        }
        sb.append("<thead><tr>");
        for (String c : columns) {
            sb.append("<th scope=\"col\">");
            esc(sb, c);
            sb.append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                sb.append(i == 0 ? "<th scope=\"row\">" : "<td>");
                esc(sb, row.get(i));
                sb.append(i == 0 ? "</th>" : "</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n");
    }

    private static void chart(StringBuilder sb, Block.Chart c) {
        String id = "c-" + c.key();
        sb.append("<figure class=\"chart\" data-chart=\"").append(attr(c.key())).append("\" data-kind=\"")
                .append(c.kind().name().toLowerCase(Locale.ROOT)).append("\">\n<figcaption id=\"").append(id)
                .append("-cap\">");
        esc(sb, c.title());
        sb.append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ')
                .append(H).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\"><title id=\"").append(id).append("-t\">");
        esc(sb, c.title());
        sb.append("</title><desc id=\"").append(id).append("-d\">");
        esc(sb, describe(c));
        sb.append("</desc>\n");
        switch (c.kind()) {
            case STACKED_BAR, BAR -> bars(sb, c);
            case LINE, STEP -> lines(sb, c);
            case HEATMAP -> heatmap(sb, c);
            default -> throw new IllegalStateException("unknown chart kind " + c.kind());
        }
        sb.append("</svg>\n");
        if (c.series().size() > 1 && c.kind() != Block.ChartKind.HEATMAP) {
            sb.append("<p class=\"legend\">");
            for (int i = 0; i < c.series().size(); i++) {
                sb.append("<span><i style=\"background:").append(PALETTE[i % PALETTE.length]).append("\"></i>");
                esc(sb, c.series().get(i).name());
                sb.append("</span>");
            }
            sb.append("</p>\n");
        }
        List<String> columns = new ArrayList<>();
        columns.add(c.xLabel());
        List<List<String>> rows = new ArrayList<>();
        for (Block.Series s : c.series()) {
            columns.add(s.name());
            if (!s.lower().isEmpty()) {
                columns.add(s.name() + " lower");
                columns.add(s.name() + " upper");
            }
        }
        for (int i = 0; i < c.categories().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(c.categories().get(i));
            for (Block.Series s : c.series()) {
                row.add(Fmt.cell(s.values().get(i)));
                if (!s.lower().isEmpty()) {
                    row.add(Fmt.cell(s.lower().get(i)));
                    row.add(Fmt.cell(s.upper().get(i)));
                }
            }
            rows.add(row);
        }
        sb.append("<details><summary>Data table: ");
        esc(sb, c.title());
        sb.append("</summary>\n");
        table(sb, "", columns, rows);
        sb.append("</details>\n</figure>\n");
    }

    private static String describe(Block.Chart c) {
        return c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " chart of "
                + String.join(", ", c.series().stream().map(Block.Series::name).toList()) + " by " + c.xLabel()
                + " (" + c.categories().size() + " " + c.xLabel() + (c.categories().isEmpty() ? "" : ", "
                + c.categories().get(0) + " to " + c.categories().get(c.categories().size() - 1)) + "); y: "
                + c.yLabel() + ". The data table below the chart holds every value.";
    }

    /** The y range of the chart, padded; bar charts always include 0. */
    private static double[] range(Block.Chart c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (c.kind() == Block.ChartKind.STACKED_BAR) {
            for (int i = 0; i < c.categories().size(); i++) {
                double up = 0;
                double down = 0;
                for (Block.Series s : c.series()) {
                    double v = Fmt.plot(s.values().get(i)).orElse(0);
                    if (v >= 0) {
                        up += v;
                    } else {
                        down += v;
                    }
                }
                lo = Math.min(lo, down);
                hi = Math.max(hi, up);
            }
        } else {
            for (Block.Series s : c.series()) {
                for (List<Value> vs : List.of(s.values(), s.lower(), s.upper())) {
                    for (Value v : vs) {
                        OptionalDouble d = Fmt.plot(v);
                        if (d.isPresent()) {
                            lo = Math.min(lo, d.getAsDouble());
                            hi = Math.max(hi, d.getAsDouble());
                        }
                    }
                }
            }
        }
        if (c.kind() == Block.ChartKind.BAR || c.kind() == Block.ChartKind.STACKED_BAR) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (!Double.isFinite(lo)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        double step = niceStep((hi - lo) / 5);
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
    }

    private static void axes(StringBuilder sb, Block.Chart c, double[] range, double slot, boolean centred) {
        double lo = range[0];
        double hi = range[1];
        for (double t = lo; t <= hi + range[2] / 2; t += range[2]) {
            double y = y(t, lo, hi);
            sb.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, W - RIGHT, y, y, LEFT - 6,
                    y + 4, tick(t)));
        }
        sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>%n",
                LEFT, W - RIGHT, y(Math.max(lo, Math.min(0, hi)), lo, hi), y(Math.max(lo, Math.min(0, hi)), lo, hi)));
        int n = c.categories().size();
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += every) {
            double x = LEFT + slot * i + (centred ? slot / 2 : 0);
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">", x, H - BOTTOM + 16));
            esc(sb, c.categories().get(i));
            sb.append("</text>");
        }
        sb.append(String.format(Locale.ROOT, "%n<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", (LEFT + W - RIGHT) / 2,
                H - 12));
        esc(sb, c.xLabel());
        sb.append(String.format(Locale.ROOT, "</text><text transform=\"translate(14 %d) rotate(-90)\" "
                + "text-anchor=\"middle\">", (TOP + H - BOTTOM) / 2));
        esc(sb, c.yLabel());
        sb.append("</text>\n");
    }

    private static String tick(double t) {
        double a = Math.abs(t);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", t / 1e6);
        } else if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", t / 1e3);
        }
        return t == Math.rint(t) ? String.format(Locale.ROOT, "%.0f", t) : String.format(Locale.ROOT, "%.2f", t);
    }

    private static double y(double v, double lo, double hi) {
        return TOP + (H - TOP - BOTTOM) * (hi - v) / (hi - lo);
    }

    private static void bars(StringBuilder sb, Block.Chart c) {
        double[] range = range(c);
        int n = Math.max(1, c.categories().size());
        double slot = (double) (W - LEFT - RIGHT) / n;
        axes(sb, c, range, slot, true);
        double width = Math.max(1, slot * 0.7);
        for (int i = 0; i < c.categories().size(); i++) {
            double up = 0;
            double down = 0;
            for (int k = 0; k < c.series().size(); k++) {
                Block.Series s = c.series().get(k);
                double v = Fmt.plot(s.values().get(i)).orElse(0);
                double from = v >= 0 ? up : down;
                double to = from + v;
                if (v >= 0) {
                    up = to;
                } else {
                    down = to;
                }
                double y1 = y(Math.max(from, to), range[0], range[1]);
                double y2 = y(Math.min(from, to), range[0], range[1]);
                sb.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\" fill=\"%s\"><title>", LEFT + slot * i + (slot - width) / 2, y1, width,
                        y2 - y1, PALETTE[k % PALETTE.length]));
                esc(sb, c.categories().get(i) + " " + s.name() + ": " + Fmt.cell(s.values().get(i)));
                sb.append("</title></rect>\n");
            }
        }
    }

    private static void lines(StringBuilder sb, Block.Chart c) {
        double[] range = range(c);
        int n = c.categories().size();
        double slot = (double) (W - LEFT - RIGHT) / Math.max(1, n - 1);
        axes(sb, c, range, slot, false);
        boolean step = c.kind() == Block.ChartKind.STEP;
        for (int k = 0; k < c.series().size(); k++) {
            Block.Series s = c.series().get(k);
            String colour = PALETTE[k % PALETTE.length];
            if (!s.lower().isEmpty()) {
                StringBuilder upper = new StringBuilder();
                StringBuilder lower = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    OptionalDouble lo = Fmt.plot(s.lower().get(i));
                    OptionalDouble hi = Fmt.plot(s.upper().get(i));
                    if (lo.isPresent() && hi.isPresent()) {
                        upper.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + slot * i,
                                y(hi.getAsDouble(), range[0], range[1])));
                        lower.insert(0, String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + slot * i,
                                y(lo.getAsDouble(), range[0], range[1])));
                    }
                }
                sb.append("<polygon class=\"band\" fill=\"").append(colour).append("\" fill-opacity=\"0.18\" points=\"")
                        .append(upper).append(lower.toString().strip()).append("\"/>\n");
            }
            StringBuilder path = new StringBuilder();
            Double prevY = null;
            for (int i = 0; i < n; i++) {
                OptionalDouble v = Fmt.plot(s.values().get(i));
                if (v.isEmpty()) {
                    prevY = null;
                    continue;
                }
                double x = LEFT + slot * i;
                double yy = y(v.getAsDouble(), range[0], range[1]);
                if (prevY == null) {
                    path.append(String.format(Locale.ROOT, "M%.1f %.1f ", x, yy));
                } else if (step) {
                    path.append(String.format(Locale.ROOT, "H%.1f V%.1f ", x, yy));
                } else {
                    path.append(String.format(Locale.ROOT, "L%.1f %.1f ", x, yy));
                }
                prevY = yy;
            }
            sb.append("<path class=\"line\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour)
                    .append("\" d=\"").append(path.toString().strip()).append("\"/>\n");
            for (int i = 0; i < n; i++) {
                OptionalDouble v = Fmt.plot(s.values().get(i));
                if (v.isPresent()) {
                    sb.append(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" "
                            + "fill=\"%s\"><title>", LEFT + slot * i, y(v.getAsDouble(), range[0], range[1]), colour));
                    esc(sb, c.categories().get(i) + " " + s.name() + ": " + Fmt.cell(s.values().get(i)));
                    sb.append("</title></circle>\n");
                }
            }
        }
    }

    private static void heatmap(StringBuilder sb, Block.Chart c) {
        int n = Math.max(1, c.categories().size());
        int rows = Math.max(1, c.series().size());
        double cw = (double) (W - LEFT - RIGHT) / n;
        double ch = Math.min(28, (double) (H - TOP - BOTTOM) / rows);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Block.Series s : c.series()) {
            for (Value v : s.values()) {
                OptionalDouble d = Fmt.plot(v);
                if (d.isPresent()) {
                    lo = Math.min(lo, d.getAsDouble());
                    hi = Math.max(hi, d.getAsDouble());
                }
            }
        }
        for (int i = 0; i < c.categories().size(); i++) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">",
                    LEFT + cw * i + cw / 2, TOP + ch * rows + 14));
            esc(sb, c.categories().get(i));
            sb.append("</text>");
        }
        sb.append(String.format(Locale.ROOT, "%n<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\">",
                (LEFT + W - RIGHT) / 2, TOP + ch * rows + 32));
        esc(sb, c.xLabel() + "; shade: " + c.yLabel());
        sb.append("</text>\n");
        for (int r = 0; r < c.series().size(); r++) {
            Block.Series s = c.series().get(r);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", LEFT - 6,
                    TOP + ch * r + ch / 2 + 4));
            esc(sb, s.name());
            sb.append("</text>");
            for (int i = 0; i < c.categories().size(); i++) {
                OptionalDouble d = Fmt.plot(s.values().get(i));
                if (d.isEmpty()) {
                    continue;
                }
                double t = hi > lo ? (d.getAsDouble() - lo) / (hi - lo) : 1;
                int light = (int) Math.round(92 - 55 * t);
                sb.append(String.format(Locale.ROOT, "<rect class=\"cell\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                        + "height=\"%.1f\" fill=\"hsl(205,60%%,%d%%)\"><title>", LEFT + cw * i, TOP + ch * r, cw - 1,
                        ch - 1, light));
                esc(sb, s.name() + " " + c.categories().get(i) + ": " + Fmt.cell(s.values().get(i)));
                sb.append(String.format(Locale.ROOT, "</title></rect><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                        + "%s>", LEFT + cw * i + cw / 2, TOP + ch * r + ch / 2 + 4,
                        light < 60 ? " style=\"fill:#fff\"" : ""));
                esc(sb, Fmt.cell(s.values().get(i)).replace(" %", ""));
                sb.append("</text>\n");
            }
        }
    }

    private static String attr(String s) {
        StringBuilder sb = new StringBuilder();
        esc(sb, s);
        return sb.toString();
    }

    /** Escapes HTML and writes every non-ASCII character as a numeric reference. */
    static void esc(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (ch > 0x7e) {
                        sb.append("&#").append(s.codePointAt(i)).append(';');
                        if (Character.isHighSurrogate(ch)) {
                            i++;
                        }
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
    }
}
