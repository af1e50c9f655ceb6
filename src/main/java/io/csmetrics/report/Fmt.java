package io.csmetrics.report;

import io.csmetrics.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one display format of every figure, for the text and HTML renderers: money grouped at the
 * scale of its currency after its ISO code ({@code USD 2,812,990.94}), percentages with a space
 * before the sign ({@code 1.5 %}), counts grouped ({@code 1,938}), periods ISO. Locale-independent.
 */
final class Fmt {

    private Fmt() {
    }

    /** {@code USD 2,812,990.94}: half-even at the currency's default scale, grouped by thousands. */
    static String money(Money m) {
        int scale = Math.max(0, m.currency().getDefaultFractionDigits());
        return m.currency().getCurrencyCode() + " " + grouped(m.amount().setScale(scale, RoundingMode.HALF_EVEN));
    }

    /** A decimal grouped by thousands, keeping its scale: {@code -1,234.50}. */
    static String grouped(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, v.scale()));
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(v);
    }

    /** The display text of a value; undefined values read {@code undefined (reason)}. */
    static String value(Value v) {
        if (v instanceof Value.Amount a) {
            return money(a.money());
        } else if (v instanceof Value.Percent p) {
            return p.percent().toPlainString() + " %";
        } else if (v instanceof Value.Count c) {
            return grouped(BigDecimal.valueOf(c.value()));
        } else if (v instanceof Value.Number n) {
            String s = grouped(n.value());
            return n.unit().isEmpty() ? s : n.unit().equals("x") ? s + "x" : s + " " + n.unit();
        } else if (v instanceof Value.Text t) {
            return t.value();
        } else if (v instanceof Value.Period p) {
            return p.value();
        } else if (v instanceof Value.Undefined u) {
            return u.reason().isEmpty() ? "undefined" : "undefined (" + u.reason() + ")";
        }
        throw new IllegalArgumentException("unknown value type: " + v);
    }

    /** The short display of a value in a table cell: undefined reads {@code -}. */
    static String cell(Value v) {
        return v instanceof Value.Undefined ? "-" : value(v);
    }

    /**
     * The currency every money cell of a table shares, if any: a table then states it once in its
     * title and its cells show the grouped amount alone ({@link #cell(Value, boolean)}).
     */
    static java.util.Optional<String> tableCurrency(Block.Table t) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (java.util.List<Value> row : t.rows()) {
            for (Value v : row) {
                if (v instanceof Value.Amount a) {
                    codes.add(a.money().currency().getCurrencyCode());
                }
            }
        }
        return codes.size() == 1 ? java.util.Optional.of(codes.iterator().next()) : java.util.Optional.empty();
    }

    /** A table cell; money without its code when the table states its one currency. */
    static String cell(Value v, boolean currencyInTitle) {
        if (currencyInTitle && v instanceof Value.Amount a) {
            int scale = Math.max(0, a.money().currency().getDefaultFractionDigits());
            return grouped(a.money().amount().setScale(scale, RoundingMode.HALF_EVEN));
        }
        return cell(v);
    }

    /** A table's title with its one currency, if it has one: {@code MRR bridge (USD)}. */
    static String tableTitle(Block.Table t) {
        return tableCurrency(t).map(c -> t.title() + " (" + c + ")").orElse(t.title());
    }

    /** The number a chart draws for a value; empty for undefined or text. */
    static java.util.OptionalDouble plot(Value v) {
        if (v instanceof Value.Amount a) {
            return java.util.OptionalDouble.of(a.money().amount().doubleValue());
        } else if (v instanceof Value.Percent p) {
            return java.util.OptionalDouble.of(p.percent().doubleValue());
        } else if (v instanceof Value.Count c) {
            return java.util.OptionalDouble.of(c.value());
        } else if (v instanceof Value.Number n) {
            return java.util.OptionalDouble.of(n.value().doubleValue());
        }
        return java.util.OptionalDouble.empty();
    }
}
