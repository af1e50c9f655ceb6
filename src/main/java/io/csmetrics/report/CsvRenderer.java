package io.csmetrics.report;

import java.util.List;

/**
 * Writes the report model as one CSV table in long form, for BI tools (RFC 4180, header row):
 * {@code section,block,row,column,type,value,currency,numerator,denominator,label}. One line per
 * figure, per table cell and per chart point; {@code value} is exact (money unrounded, a percent
 * at its display scale, with the exact ratio in numerator/denominator; an undefined value's reason).
 * Notes are left out (they are prose). Stable: columns are only ever added at the end.
 */
final class CsvRenderer {

    static final String HEADER = "section,block,row,column,type,value,currency,numerator,denominator,label";

    private CsvRenderer() {
    }

    static String render(Report r) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append(HEADER).append("\r\n");
        for (Report.Section s : r.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Figure f) {
                    line(sb, s.id(), f.key(), "", "", f.value(), f.label());
                } else if (b instanceof Block.Table t) {
                    for (int i = 0; i < t.rows().size(); i++) {
                        List<Value> row = t.rows().get(i);
                        String rowKey = Fmt.cell(row.get(0));
                        for (int j = 1; j < row.size(); j++) {
                            line(sb, s.id(), t.key(), rowKey, t.columns().get(j), row.get(j), t.title());
                        }
                    }
                } else if (b instanceof Block.Chart c) {
                    for (Block.Series series : c.series()) {
                        for (int i = 0; i < c.categories().size(); i++) {
                            line(sb, s.id(), c.key(), c.categories().get(i), series.name(), series.values().get(i),
                                    c.title());
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String section, String block, String row, String column, Value v,
            String label) {
        String value;
        String currency = "";
        String num = "";
        String den = "";
        if (v instanceof Value.Amount a) {
            value = a.money().amount().toPlainString();
            currency = a.money().currency().getCurrencyCode();
        } else if (v instanceof Value.Percent p) {
            value = p.percent().toPlainString();
            num = p.ratio().numerator().toPlainString();
            den = p.ratio().denominator().toPlainString();
        } else if (v instanceof Value.Count c) {
            value = Long.toString(c.value());
        } else if (v instanceof Value.Number n) {
            value = n.value().toPlainString();
        } else if (v instanceof Value.Text t) {
            value = t.value();
        } else if (v instanceof Value.Period p) {
            value = p.value();
        } else {
            value = ((Value.Undefined) v).reason();
        }
        String[] f = {section, block, row, column, v.type(), value, currency, num, den, label};
        for (int i = 0; i < f.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            field(sb, f[i]);
        }
        sb.append("\r\n");
    }

    static void field(StringBuilder sb, String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            sb.append(s);
        } else {
            sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }
}
