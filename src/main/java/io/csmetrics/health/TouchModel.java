package io.csmetrics.health;

import io.csmetrics.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Assigns accounts to touch tiers by lifetime value: LTV ≥ high-touch threshold → high touch;
 * else LTV ≥ low-touch threshold → low touch; else tech touch.
 *
 * <p>The thresholds are given ({@link #byThresholds(Money, Money)}) or derived from the accounts'
 * LTVs by quantile ({@link #byQuantiles(Collection, double, double)}). Example: thresholds USD
 * 100,000 and USD 20,000 put an LTV of USD 50,000 in low touch.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class TouchModel {

    private final Money highTouchFrom;
    private final Money lowTouchFrom;

    private TouchModel(Money highTouchFrom, Money lowTouchFrom) {
        this.highTouchFrom = highTouchFrom;
        this.lowTouchFrom = lowTouchFrom;
    }

    /**
     * Returns a model with fixed LTV thresholds.
     *
     * @param highTouchFrom the lowest LTV that is high touch, not null
     * @param lowTouchFrom the lowest LTV that is low touch, not null, same currency, at most
     *     {@code highTouchFrom}
     * @return the model
     * @throws NullPointerException if an argument is null
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if {@code lowTouchFrom > highTouchFrom}
     */
    public static TouchModel byThresholds(Money highTouchFrom, Money lowTouchFrom) {
        Objects.requireNonNull(highTouchFrom, "highTouchFrom must not be null");
        Objects.requireNonNull(lowTouchFrom, "lowTouchFrom must not be null");
        if (lowTouchFrom.isGreaterThan(highTouchFrom)) {
            throw new IllegalArgumentException("lowTouchFrom (" + lowTouchFrom + ") exceeds highTouchFrom ("
                    + highTouchFrom + ")");
        }
        return new TouchModel(highTouchFrom, lowTouchFrom);
    }

    /**
     * Returns a model whose thresholds put roughly the top {@code highShare} of accounts by LTV in
     * high touch and the next {@code lowShare} in low touch.
     *
     * <p>With the LTVs sorted from highest, {@code L₍₁₎ ≥ … ≥ L₍ₙ₎}, the high-touch threshold is
     * {@code L₍⌈highShare·n⌉₎} and the low-touch threshold {@code L₍⌈(highShare + lowShare)·n⌉₎}.
     * Accounts tied with a threshold join the higher tier, so a tier can be larger than its share.
     * Example: LTVs 10, 20, …, 100 with shares 0.1 and 0.3 give thresholds 100 and 70: one high
     * touch, three low touch, six tech touch.
     *
     * @param ltvs the accounts' LTVs, at least one, one currency, not null
     * @param highShare the share for high touch, in (0, 1]
     * @param lowShare the share for low touch, in [0, 1 − highShare]
     * @return the model
     * @throws NullPointerException if the collection or an element is null
     * @throws IllegalArgumentException if there is no LTV or a share is out of range
     * @throws io.csmetrics.CurrencyMismatchException if currencies differ
     */
    public static TouchModel byQuantiles(Collection<Money> ltvs, double highShare, double lowShare) {
        Objects.requireNonNull(ltvs, "ltvs must not be null");
        if (!(highShare > 0 && highShare <= 1)) {
            throw new IllegalArgumentException("highShare must be within (0, 1]: " + highShare);
        }
        if (!(lowShare >= 0 && highShare + lowShare <= 1 + 1e-12)) {
            throw new IllegalArgumentException("lowShare must be within [0, 1 − highShare] = [0, " + (1 - highShare)
                    + "]: " + lowShare);
        }
        List<Money> sorted = new ArrayList<>(ltvs.size());
        for (Money m : ltvs) {
            sorted.add(Objects.requireNonNull(m, "ltvs must not contain null"));
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("ltvs must contain at least one LTV");
        }
        sorted.sort(Comparator.reverseOrder());
        int n = sorted.size();
        int high = Math.max(1, (int) Math.ceil(highShare * n - 1e-9));
        int low = Math.min(n, Math.max(high, (int) Math.ceil((highShare + lowShare) * n - 1e-9)));
        return new TouchModel(sorted.get(high - 1), sorted.get(low - 1));
    }

    /**
     * Returns the tier of an LTV.
     *
     * @param ltv the account's LTV, not null, same currency as the thresholds
     * @return the tier
     * @throws NullPointerException if {@code ltv} is null
     * @throws io.csmetrics.CurrencyMismatchException if the currency differs
     */
    public TouchTier tierOf(Money ltv) {
        Objects.requireNonNull(ltv, "ltv must not be null");
        if (ltv.compareTo(highTouchFrom) >= 0) {
            return TouchTier.HIGH_TOUCH;
        }
        return ltv.compareTo(lowTouchFrom) >= 0 ? TouchTier.LOW_TOUCH : TouchTier.TECH_TOUCH;
    }

    /**
     * Returns the lowest high-touch LTV.
     *
     * @return the threshold
     */
    public Money highTouchFrom() {
        return highTouchFrom;
    }

    /**
     * Returns the lowest low-touch LTV.
     *
     * @return the threshold
     */
    public Money lowTouchFrom() {
        return lowTouchFrom;
    }

    @Override
    public String toString() {
        return "TouchModel{high touch from " + highTouchFrom + ", low touch from " + lowTouchFrom + "}";
    }
}
