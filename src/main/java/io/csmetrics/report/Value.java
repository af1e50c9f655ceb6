package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One typed figure of the report model: the renderers format it (text, HTML) or write it exactly
 * (JSON, CSV). Decimals are kept exact; only {@link Fmt} rounds, for display.
 *
 * <p>JSON form, one object per value (see {@code docs/report-schema.json}): {@code {"type":"money",
 * "amount":"2812990.94","currency":"USD"}}, {@code {"type":"percent","value":"1.46","numerator":"314",
 * "denominator":"21466"}}, {@code {"type":"count","value":1938}}, {@code {"type":"number","value":"2.40",
 * "unit":"x"}}, {@code {"type":"text","value":"..."}}, {@code {"type":"period","value":"2025-12"}},
 * {@code {"type":"undefined","reason":"..."}}.
 *
 * @implSpec Every implementation is immutable and thread-safe.
 */
sealed interface Value {

    /** The type name written to JSON and CSV. */
    String type();

    /** Money at its exact amount; shown at the currency's scale. */
    record Amount(Money money) implements Value {
        public Amount {
            Objects.requireNonNull(money, "money must not be null");
        }

        @Override
        public String type() {
            return "money";
        }
    }

    /**
     * A rate shown as a percentage with {@code scale} decimals; the exact ratio is kept for JSON.
     * An undefined ratio must be passed as {@link Undefined} instead.
     */
    record Percent(Ratio ratio, int scale) implements Value {
        @Override
        public String type() {
            return "percent";
        }

        public Percent {
            Objects.requireNonNull(ratio, "ratio must not be null");
            if (!ratio.isDefined()) {
                throw new IllegalArgumentException("ratio is undefined: " + ratio);
            }
            if (scale < 0 || scale > 6) {
                throw new IllegalArgumentException("scale (valid values 0 - 6): " + scale);
            }
        }

        /** The percentage rounded half-even to the scale, the figure every renderer shows. */
        BigDecimal percent() {
            return ratio.toPercent(scale, RoundingMode.HALF_EVEN);
        }
    }

    /** A whole count (accounts, deals, responses). */
    record Count(long value) implements Value {
        @Override
        public String type() {
            return "count";
        }
    }

    /** A decimal with an optional unit ({@code "months"}, {@code "x"}, {@code "points"}); shown as given. */
    record Number(BigDecimal value, String unit) implements Value {
        public Number {
            Objects.requireNonNull(value, "value must not be null");
            Objects.requireNonNull(unit, "unit must not be null");
        }

        @Override
        public String type() {
            return "number";
        }
    }

    /** Free text (an account id, a band, a status). */
    record Text(String value) implements Value {
        public Text {
            Objects.requireNonNull(value, "value must not be null");
        }

        @Override
        public String type() {
            return "text";
        }
    }

    /** An ISO period: a month {@code 2025-12}, a date, a quarter {@code 2025-Q4}, a week {@code 2025-W52}. */
    record Period(String value) implements Value {
        public Period {
            Objects.requireNonNull(value, "value must not be null");
        }

        @Override
        public String type() {
            return "period";
        }
    }

    /** No value for this input, with the reason; never a NaN or a silent zero. */
    record Undefined(String reason) implements Value {
        public Undefined {
            Objects.requireNonNull(reason, "reason must not be null");
        }

        @Override
        public String type() {
            return "undefined";
        }
    }

    static Value money(Money m) {
        return new Amount(m);
    }

    /** A percentage with one decimal, or {@link Undefined} with {@code ifUndefined} when the ratio has no value. */
    static Value percent(Ratio r, int scale, String ifUndefined) {
        return r.isDefined() ? new Percent(r, scale) : new Undefined(ifUndefined);
    }

    static Value count(long n) {
        return new Count(n);
    }

    /** A decimal rounded half-even to {@code scale} decimals, with its unit. */
    static Value number(BigDecimal v, int scale, String unit) {
        return new Number(v.setScale(scale, RoundingMode.HALF_EVEN), unit);
    }

    /** A double (statistical models work in double) rounded half-even to {@code scale} decimals. */
    static Value number(double v, int scale, String unit) {
        if (!Double.isFinite(v)) {
            return new Undefined("not a finite number");
        }
        return number(new BigDecimal(v, MathContext.DECIMAL64), scale, unit);
    }

    /** A ratio as a plain decimal ({@code 2.40}x), or undefined. */
    static Value times(Ratio r, int scale, String ifUndefined) {
        return r.isDefined() ? number(r.toBigDecimal(MathContext.DECIMAL64), scale, "x") : new Undefined(ifUndefined);
    }

    static Value text(String s) {
        return new Text(s);
    }

    static Value period(Object p) {
        return new Period(p.toString());
    }
}
