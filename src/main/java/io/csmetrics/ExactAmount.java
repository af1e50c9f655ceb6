package io.csmetrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational amount, {@code decimal / denominator}, in canonical form: the denominator is
 * positive and coprime to 10 and to the decimal's unscaled value, and the decimal has no trailing
 * zeros. Two equal values therefore have equal fields. Used by {@link Mrr} and {@link Arr} so that
 * normalising an annual or weekly price to a month is exact ({@code 1000 / 12 = 250 / 3}).
 */
final class ExactAmount implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    static final ExactAmount ZERO = new ExactAmount(BigDecimal.ZERO, BigInteger.ONE);

    private final BigDecimal decimal;
    private final BigInteger denominator;

    private ExactAmount(BigDecimal decimal, BigInteger denominator) {
        this.decimal = decimal;
        this.denominator = denominator;
    }

    static ExactAmount of(BigDecimal decimal) {
        return of(decimal, BigInteger.ONE);
    }

    static ExactAmount of(BigDecimal decimal, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            decimal = decimal.negate();
            denominator = denominator.negate();
        }
        if (decimal.signum() == 0) {
            return ZERO;
        }
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        BigInteger g = unscaled.gcd(denominator);
        unscaled = unscaled.divide(g);
        BigInteger d = denominator.divide(g);
        // Dividing by 2 or 5 terminates in decimal: move those factors into the decimal part.
        while (!d.testBit(0)) {
            d = d.shiftRight(1);
            unscaled = unscaled.multiply(FIVE);
            scale++;
        }
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
            unscaled = unscaled.multiply(TWO);
            scale++;
        }
        BigDecimal canonical = new BigDecimal(unscaled, scale).stripTrailingZeros();
        if (canonical.scale() < 0) {
            canonical = canonical.setScale(0);
        }
        return new ExactAmount(canonical, d);
    }

    BigDecimal decimal() {
        return decimal;
    }

    BigInteger denominator() {
        return denominator;
    }

    boolean isTerminating() {
        return denominator.equals(BigInteger.ONE);
    }

    int signum() {
        return decimal.signum();
    }

    ExactAmount plus(ExactAmount other) {
        if (denominator.equals(other.denominator)) {
            return of(decimal.add(other.decimal), denominator);
        }
        return of(decimal.multiply(new BigDecimal(other.denominator)).add(other.decimal.multiply(new BigDecimal(denominator))),
                denominator.multiply(other.denominator));
    }

    ExactAmount negated() {
        return new ExactAmount(decimal.negate(), denominator);
    }

    ExactAmount multipliedBy(BigInteger numerator, BigInteger divisor) {
        return of(decimal.multiply(new BigDecimal(numerator)), denominator.multiply(divisor));
    }

    int compareTo(ExactAmount other) {
        return decimal.multiply(new BigDecimal(other.denominator))
                .compareTo(other.decimal.multiply(new BigDecimal(denominator)));
    }

    BigDecimal toBigDecimal(int scale, RoundingMode roundingMode) {
        return decimal.divide(new BigDecimal(denominator), scale, roundingMode);
    }

    BigDecimal toBigDecimal(MathContext mathContext) {
        return decimal.divide(new BigDecimal(denominator), mathContext);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExactAmount && ((ExactAmount) obj).decimal.equals(decimal)
                && ((ExactAmount) obj).denominator.equals(denominator);
    }

    @Override
    public int hashCode() {
        return decimal.hashCode() * 31 + denominator.hashCode();
    }

    @Override
    public String toString() {
        return isTerminating() ? decimal.toPlainString() : decimal.toPlainString() + "/" + denominator;
    }

    /**
     * Re-checks a deserialised ExactAmount through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            ExactAmount checked = of(Objects.requireNonNull(decimal, "decimal must not be null"),
                    Objects.requireNonNull(denominator, "denominator must not be null"));
            if (!checked.equals(this)) {
                throw new IllegalArgumentException("not in canonical form: " + decimal + " / " + denominator);
            }
            return checked;
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid ExactAmount: " + e.getMessage())
                    .initCause(e);
        }
    }
}
