package io.csmetrics.testkit;

import io.csmetrics.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The shared configuration of the money-like arbitraries: a currency, an inclusive range and a
 * scale. Amounts are drawn as whole numbers of {@code 10^-scale} so they shrink towards zero (or
 * the bound nearest to it) like any jqwik integral value.
 */
final class AmountSpec {

    private final Currency currency;
    private final BigDecimal min;
    private final BigDecimal max;
    private final Integer scale;

    AmountSpec(Currency currency, BigDecimal min, BigDecimal max, Integer scale) {
        this.currency = currency;
        this.min = min;
        this.max = max;
        this.scale = scale;
    }

    static AmountSpec of(String currencyCode, long min, long max) {
        return new AmountSpec(Currency.getInstance(currencyCode), BigDecimal.valueOf(min), BigDecimal.valueOf(max),
                null);
    }

    Currency currency() {
        return currency;
    }

    AmountSpec withCurrency(Currency newCurrency) {
        Money.zero(Objects.requireNonNull(newCurrency, "currency must not be null"));
        return checked(new AmountSpec(newCurrency, min, max, scale));
    }

    AmountSpec withRange(BigDecimal newMin, BigDecimal newMax) {
        Objects.requireNonNull(newMin, "min must not be null");
        Objects.requireNonNull(newMax, "max must not be null");
        if (newMin.compareTo(newMax) > 0) {
            throw new IllegalArgumentException("min (" + newMin.toPlainString() + ") must not exceed max ("
                    + newMax.toPlainString() + ")");
        }
        return checked(new AmountSpec(currency, newMin, newMax, scale));
    }

    AmountSpec withScale(int newScale) {
        if (newScale < 0 || newScale > 12) {
            throw new IllegalArgumentException("scale (valid values 0 - 12): " + newScale);
        }
        return checked(new AmountSpec(currency, min, max, newScale));
    }

    int effectiveScale() {
        return scale != null ? scale : currency.getDefaultFractionDigits();
    }

    private static AmountSpec checked(AmountSpec spec) {
        spec.bounds();
        return spec;
    }

    private long[] bounds() {
        int s = effectiveScale();
        BigDecimal lo = min.movePointRight(s).setScale(0, RoundingMode.CEILING);
        BigDecimal hi = max.movePointRight(s).setScale(0, RoundingMode.FLOOR);
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("no amount of scale " + s + " lies in [" + min.toPlainString() + ", "
                    + max.toPlainString() + "]");
        }
        try {
            return new long[] {lo.longValueExact(), hi.longValueExact()};
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("range [" + min.toPlainString() + ", " + max.toPlainString()
                    + "] at scale " + s + " exceeds the long range of unscaled values", e);
        }
    }

    Arbitrary<BigDecimal> amounts() {
        long[] b = bounds();
        int s = effectiveScale();
        return Arbitraries.longs().between(b[0], b[1]).map(u -> BigDecimal.valueOf(u, s));
    }

    Arbitrary<Money> money() {
        Currency c = currency;
        return amounts().map(a -> Money.of(a, c));
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " [" + min.toPlainString() + ", " + max.toPlainString() + "] scale "
                + effectiveScale();
    }
}
