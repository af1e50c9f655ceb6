package io.csmetrics.roi;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.io.Serializable;
import java.util.Objects;

/**
 * The return on customer success: {@code ROI = (A − C) / C}, where {@code A} is the revenue
 * attributed to CS over a period and {@code C} the cost of CS (people, tools) over the same period,
 * in one currency.
 *
 * <p>The ratio is exact ({@link Ratio} keeps {@code A − C} over {@code C}); with no attributed
 * revenue it is {@code −C / C}, i.e. −100 %. A zero or negative cost has no ROI and is rejected.
 *
 * <p>Example: attributed USD 300,000 against a CS cost of USD 200,000 gives
 * {@code 100000/200000} = 50 %.
 *
 * @param basis what {@code A} measures: {@code "ARR"} or the LTV basis applied
 * @param attributed the attributed revenue {@code A}
 * @param csCost the CS cost {@code C}, positive
 * @param ratio the ROI, {@code (A − C) / C}
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record Roi(String basis, Money attributed, Money csCost, Ratio ratio) implements Serializable {

    /**
     * Validates the ROI: the ratio must be {@code (attributed − csCost) / csCost}.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code csCost} is not positive or {@code ratio} does not
     *     match
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public Roi {
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(attributed, "attributed must not be null");
        checkCost(csCost);
        Objects.requireNonNull(ratio, "ratio must not be null");
        if (!ratio.equals(Ratio.of(attributed.minus(csCost), csCost))) {
            throw new IllegalArgumentException("ratio " + ratio + " is not (attributed − csCost) / csCost");
        }
    }

    /**
     * Computes the ROI.
     *
     * @param basis what {@code attributed} measures, e.g. {@code "ARR"}, not null
     * @param attributed the attributed revenue, not null
     * @param csCost the CS cost over the same period, positive, same currency, not null
     * @return the ROI
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code csCost} is zero or negative (ROI is undefined)
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public static Roi of(String basis, Money attributed, Money csCost) {
        Objects.requireNonNull(attributed, "attributed must not be null");
        checkCost(csCost);
        return new Roi(basis, attributed, csCost, Ratio.of(attributed.minus(csCost), csCost));
    }

    private static void checkCost(Money csCost) {
        Objects.requireNonNull(csCost, "csCost must not be null");
        if (!csCost.isPositive()) {
            throw new IllegalArgumentException("csCost must be positive (ROI divides by it): " + csCost);
        }
    }

    /**
     * Returns the net return, {@code A − C}.
     *
     * @return the attributed revenue minus the CS cost, exact
     */
    public Money netReturn() {
        return attributed.minus(csCost);
    }

    /**
     * Returns the ROI, e.g. {@code Roi{ARR: attributed USD 300000, cost USD 200000, ROI 100000/200000}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Roi{" + basis + ": attributed " + attributed + ", cost " + csCost + ", ROI " + ratio + "}";
    }
}
