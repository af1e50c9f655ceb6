package io.csmetrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The range of decimal inputs csmetrics accepts: at most {@value #MAX_INTEGER_DIGITS} digits before
 * the decimal point and {@value #MAX_SCALE} after it.
 *
 * <p>A {@link BigDecimal} can hold {@code 1E+999999999} or a number of a million digits; exact
 * arithmetic on such a value (a rescale to minor units, a plain-text rendering, a division) can
 * run out of memory or take minutes. No amount of money, count of months or percentage needs more
 * than 40 integer digits (10^40 is far beyond the world's money in any minor unit) or 100 decimal
 * places, so inputs outside this range are refused at once, with a message naming the parameter,
 * before any expensive arithmetic. Values computed inside the library from bounded inputs are not
 * checked again.
 *
 * <p>Example: {@code Bounds.checkDecimal(new BigDecimal("1E+50"), "amount")} throws
 * {@code IllegalArgumentException("amount (1E+50) is out of range: at most 40 integer digits and
 * 100 decimal places")}.
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.2.0
 */
public final class Bounds {

    /** The most digits before the decimal point of an accepted decimal: 40. */
    public static final int MAX_INTEGER_DIGITS = 40;
    /** The most digits after the decimal point of an accepted decimal: 100. */
    public static final int MAX_SCALE = 100;
    // 140 decimal digits need at most 466 bits; anything longer is rejected without counting digits.
    private static final int MAX_BITS = 466;

    private Bounds() {
    }

    /**
     * Checks that a decimal is within the accepted range (see the class documentation). Trailing
     * zeros count: {@code 1.000…0} with 200 zeros after the point has scale 200 and is refused;
     * strip them first if they carry no meaning.
     *
     * @param value the value, not null
     * @param name the parameter name for the message, not null
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} has more than {@value #MAX_INTEGER_DIGITS}
     *     integer digits or a scale above {@value #MAX_SCALE} (or below {@code -MAX_INTEGER_DIGITS})
     */
    public static BigDecimal checkDecimal(BigDecimal value, String name) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        int scale = value.scale();
        if (scale > MAX_SCALE || scale < -MAX_INTEGER_DIGITS || value.unscaledValue().bitLength() > MAX_BITS
                || value.precision() - scale > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(name + " (" + describe(value) + ") is out of range: at most "
                    + MAX_INTEGER_DIGITS + " integer digits and " + MAX_SCALE + " decimal places");
        }
        return value;
    }

    /** A short text for a value of any size: its scientific form, or its size when that is long. */
    static String describe(BigDecimal value) {
        int bits = value.unscaledValue().bitLength();
        if (bits <= MAX_BITS) {
            return value.toString();
        }
        return "a " + bits + "-bit unscaled value with scale " + value.scale();
    }
}
