package io.csmetrics.goals;

import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number {@code num / den} in lowest terms with {@code den > 0}, so equal values
 * have equal fields. KPI trees divide (ARPA = MRR / customers), and only a rational keeps such a
 * tree exact.
 */
final class Rational implements Comparable<Rational>, Serializable {

    private static final long serialVersionUID = 1L;

    static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new UndefinedMetricException("division by zero: " + num + "/0");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
            return num.signum() == 0 ? ZERO : new Rational(num, den);
        }
        return new Rational(num.divide(g), den.divide(g));
    }

    static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    static Rational of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    static Rational of(Ratio ratio) {
        Rational n = of(ratio.numerator());
        Rational d = of(ratio.denominator());
        return n.dividedBy(d);
    }

    BigInteger numerator() {
        return num;
    }

    BigInteger denominator() {
        return den;
    }

    int signum() {
        return num.signum();
    }

    Rational plus(Rational o) {
        return den.equals(o.den) ? of(num.add(o.num), den) : of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rational minus(Rational o) {
        return plus(o.negated());
    }

    Rational negated() {
        return new Rational(num.negate(), den);
    }

    Rational times(Rational o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    Rational dividedBy(Rational o) {
        if (o.num.signum() == 0) {
            throw new UndefinedMetricException("division by zero: " + this + " / 0");
        }
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    boolean isTerminating() {
        BigInteger d = den;
        while (!d.testBit(0)) {
            d = d.shiftRight(1);
        }
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
        }
        return d.equals(BigInteger.ONE);
    }

    BigDecimal toBigDecimal(MathContext mc) {
        return new BigDecimal(num).divide(new BigDecimal(den), mc);
    }

    /** The exact decimal; only for terminating values. */
    BigDecimal toBigDecimalExact() {
        if (!isTerminating()) {
            throw new ArithmeticException(this + " is not a terminating decimal");
        }
        BigDecimal r = new BigDecimal(num).divide(new BigDecimal(den));
        BigDecimal s = r.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    Ratio toRatio() {
        return Ratio.of(new BigDecimal(num), new BigDecimal(den));
    }

    double toDouble() {
        return toBigDecimal(MathContext.DECIMAL128).doubleValue();
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rational && ((Rational) obj).num.equals(num) && ((Rational) obj).den.equals(den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return isTerminating() ? toBigDecimalExact().toPlainString() : num + "/" + den;
    }

    /**
     * Re-checks a deserialised Rational through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Rational checked = of(java.util.Objects.requireNonNull(num, "num must not be null"),
                    java.util.Objects.requireNonNull(den, "den must not be null"));
            if (!checked.num.equals(num) || !checked.den.equals(den)) {
                throw new IllegalArgumentException("not in lowest terms with a positive denominator: " + num + "/" + den);
            }
            return checked;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid Rational: " + e.getMessage())
                    .initCause(e);
        }
    }
}
