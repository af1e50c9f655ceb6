package io.csmetrics.goals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A what-if change of one leaf of a {@link KpiTree}: by a percentage ({@code x → x × (1 + p/100)},
 * exact) or to a value.
 *
 * <p>Examples: {@code Change.byPercent("10")} raises a leaf by 10 %; {@code Change.byPercent("0")}
 * changes nothing; {@code Change.to(KpiValue.count(150))} sets it to 150.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class Change implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal percent;
    private final KpiValue value;

    private Change(BigDecimal percent, KpiValue value) {
        this.percent = percent;
        this.value = value;
    }

    /**
     * Returns a change by a percentage.
     *
     * @param percent the percentage, e.g. {@code 10} for +10 % or {@code -5} for −5 %, not null
     * @return the change
     * @throws NullPointerException if {@code percent} is null
     */
    public static Change byPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent must not be null");
        return new Change(percent, null);
    }

    /**
     * Returns a change by a percentage given as decimal text.
     *
     * @param percent the percentage as text, e.g. {@code "10"}, not null
     * @return the change
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException if the text is not a decimal number
     */
    public static Change byPercent(String percent) {
        Objects.requireNonNull(percent, "percent must not be null");
        try {
            return byPercent(new BigDecimal(percent.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("percent is not a decimal number: '" + percent + "'", e);
        }
    }

    /**
     * Returns a change to a value.
     *
     * @param value the new value, in the leaf's unit, not null
     * @return the change
     * @throws NullPointerException if {@code value} is null
     */
    public static Change to(KpiValue value) {
        Objects.requireNonNull(value, "value must not be null");
        return new Change(null, value);
    }

    /**
     * Applies the change to a leaf's value.
     *
     * @param current the leaf's current value, not null
     * @return the new value, exact
     * @throws NullPointerException if {@code current} is null
     * @throws IllegalArgumentException if a new value's unit differs from the leaf's
     */
    public KpiValue apply(KpiValue current) {
        Objects.requireNonNull(current, "current must not be null");
        if (value != null) {
            if (!value.sameUnit(current)) {
                throw new IllegalArgumentException("new value " + value + " is not in the leaf's unit ("
                        + KpiValue.unitName(current.unit()) + ")");
            }
            return value;
        }
        Rational factor = Rational.ONE.plus(Rational.of(percent).dividedBy(Rational.HUNDRED));
        return current.withRational(current.rational().times(factor));
    }

    /**
     * Equality of the change: two percentage changes are equal when their percentages are
     * numerically equal ({@code 10} and {@code 10.0}), two set-to changes when their values are equal.
     *
     * @param obj the object to compare
     * @return true if the same change
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Change)) {
            return false;
        }
        Change other = (Change) obj;
        return percent == null ? other.percent == null && value.equals(other.value)
                : other.percent != null && percent.compareTo(other.percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent == null ? value.hashCode() : percent.stripTrailingZeros().hashCode();
    }

    /**
     * Returns e.g. {@code "+10%"} or {@code "to 150"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return value != null ? "to " + value : (percent.signum() >= 0 ? "+" : "") + percent.toPlainString() + "%";
    }

    /**
     * Re-checks a deserialised Change through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            if ((percent == null) == (value == null)) {
                throw new IllegalArgumentException("exactly one of percent (" + percent + ") and value (" + value
                        + ") must be set");
            }
            return percent != null ? byPercent(percent) : to(value);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Change: " + e.getMessage())
                    .initCause(e);
        }
    }
}
