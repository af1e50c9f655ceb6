package io.csmetrics.report;

import java.util.List;

/**
 * Writes the report model as JSON, schema {@code docs/report-schema.json} (version
 * {@value Report#SCHEMA_VERSION}): one object per section holding its blocks in order; every decimal
 * an exact string (money unrounded, with its currency; a percent with its display value, scale and
 * exact numerator and denominator), counts as JSON integers, periods ISO. Output is pure ASCII
 * (other characters are <code>\\</code><code>uXXXX</code> escaped), so it survives any output charset.
 */
final class JsonRenderer {

    private JsonRenderer() {
    }

    static String render(Report r) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\"schema\":\"csmetrics-report\",\"schemaVersion\":");
        str(sb, Report.SCHEMA_VERSION);
        sb.append(",\"source\":");
        str(sb, r.source());
        sb.append(",\"from\":");
        str(sb, r.from());
        sb.append(",\"to\":");
        str(sb, r.to());
        sb.append(",\"currency\":");
        str(sb, r.currency());
        sb.append(",\"filter\":");
        str(sb, r.filter());
        sb.append(",\"sections\":[");
        for (int i = 0; i < r.sections().size(); i++) {
            Report.Section s = r.sections().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("{\"id\":");
            str(sb, s.id());
            sb.append(",\"title\":");
            str(sb, s.title());
            sb.append(",\"blocks\":[");
            for (int j = 0; j < s.blocks().size(); j++) {
                sb.append(j == 0 ? "\n " : ",\n ");
                block(sb, s.blocks().get(j));
            }
            sb.append("]}");
        }
        sb.append("]}\n");
        return sb.toString();
    }

    private static void block(StringBuilder sb, Block b) {
        if (b instanceof Block.Figure f) {
            sb.append("{\"kind\":\"figure\",\"key\":");
            str(sb, f.key());
            sb.append(",\"label\":");
            str(sb, f.label());
            sb.append(",\"value\":");
            value(sb, f.value());
            sb.append(",\"note\":");
            str(sb, f.note());
            sb.append('}');
        } else if (b instanceof Block.Table t) {
            sb.append("{\"kind\":\"table\",\"key\":");
            str(sb, t.key());
            sb.append(",\"title\":");
            str(sb, t.title());
            sb.append(",\"columns\":[");
            for (int i = 0; i < t.columns().size(); i++) {
                sb.append(i == 0 ? "" : ",");
                str(sb, t.columns().get(i));
            }
            sb.append("],\"rows\":[");
            for (int i = 0; i < t.rows().size(); i++) {
                sb.append(i == 0 ? "" : ",");
                values(sb, t.rows().get(i));
            }
            sb.append("]}");
        } else if (b instanceof Block.Chart c) {
            sb.append("{\"kind\":\"chart\",\"key\":");
            str(sb, c.key());
            sb.append(",\"title\":");
            str(sb, c.title());
            sb.append(",\"chart\":");
            str(sb, c.kind().name());
            sb.append(",\"xLabel\":");
            str(sb, c.xLabel());
            sb.append(",\"yLabel\":");
            str(sb, c.yLabel());
            sb.append(",\"categories\":[");
            for (int i = 0; i < c.categories().size(); i++) {
                sb.append(i == 0 ? "" : ",");
                str(sb, c.categories().get(i));
            }
            sb.append("],\"series\":[");
            for (int i = 0; i < c.series().size(); i++) {
                Block.Series s = c.series().get(i);
                sb.append(i == 0 ? "{\"name\":" : ",{\"name\":");
                str(sb, s.name());
                sb.append(",\"values\":");
                values(sb, s.values());
                sb.append(",\"lower\":");
                values(sb, s.lower());
                sb.append(",\"upper\":");
                values(sb, s.upper());
                sb.append('}');
            }
            sb.append("]}");
        } else if (b instanceof Block.Note n) {
            sb.append("{\"kind\":\"note\",\"text\":");
            str(sb, n.text());
            sb.append('}');
        }
    }

    private static void values(StringBuilder sb, List<Value> vs) {
        sb.append('[');
        for (int i = 0; i < vs.size(); i++) {
            sb.append(i == 0 ? "" : ",");
            value(sb, vs.get(i));
        }
        sb.append(']');
    }

    static void value(StringBuilder sb, Value v) {
        sb.append("{\"type\":\"").append(v.type()).append('"');
        if (v instanceof Value.Amount a) {
            sb.append(",\"amount\":");
            str(sb, a.money().amount().toPlainString());
            sb.append(",\"currency\":");
            str(sb, a.money().currency().getCurrencyCode());
        } else if (v instanceof Value.Percent p) {
            sb.append(",\"value\":");
            str(sb, p.percent().toPlainString());
            sb.append(",\"scale\":").append(p.scale()).append(",\"numerator\":");
            str(sb, p.ratio().numerator().toPlainString());
            sb.append(",\"denominator\":");
            str(sb, p.ratio().denominator().toPlainString());
        } else if (v instanceof Value.Count c) {
            sb.append(",\"value\":").append(c.value());
        } else if (v instanceof Value.Number n) {
            sb.append(",\"value\":");
            str(sb, n.value().toPlainString());
            sb.append(",\"unit\":");
            str(sb, n.unit());
        } else if (v instanceof Value.Text t) {
            sb.append(",\"value\":");
            str(sb, t.value());
        } else if (v instanceof Value.Period p) {
            sb.append(",\"value\":");
            str(sb, p.value());
        } else if (v instanceof Value.Undefined u) {
            sb.append(",\"reason\":");
            str(sb, u.reason());
        }
        sb.append('}');
    }

    /** A JSON string literal: quotes, backslash and control characters escaped, non-ASCII as <code>\\</code><code>uXXXX</code>. */
    static void str(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
