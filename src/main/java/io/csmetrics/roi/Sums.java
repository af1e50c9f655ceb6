package io.csmetrics.roi;

import java.io.Serializable;
import java.math.BigDecimal;

/** Mutable running totals of one key of an {@link RoiAttribution}: deal count, ARR, attributed ARR. */
final class Sums implements Serializable {

    private static final long serialVersionUID = 1L;

    long deals;
    BigDecimal arr = BigDecimal.ZERO;
    BigDecimal attributed = BigDecimal.ZERO;

    void add(BigDecimal dealArr, BigDecimal dealAttributed) {
        deals++;
        arr = arr.add(dealArr);
        attributed = attributed.add(dealAttributed);
    }

    Sums merge(Sums other) {
        deals += other.deals;
        arr = arr.add(other.arr);
        attributed = attributed.add(other.attributed);
        return this;
    }

    void check(Object key) {
        if (deals < 0 || arr == null || attributed == null) {
            throw new IllegalArgumentException("the sums of " + key + " must have deals >= 0 (" + deals
                    + ") and amounts");
        }
    }
}
