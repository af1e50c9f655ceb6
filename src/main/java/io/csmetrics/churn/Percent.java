package io.csmetrics.churn;

import io.csmetrics.Ratio;
import java.math.RoundingMode;

/** Readable percentages for the results' {@code toString}, which must not throw on an undefined rate. */
final class Percent {

    private Percent() {
    }

    static String of(Ratio rate) {
        return rate.isDefined() ? rate.toPercent(2, RoundingMode.HALF_EVEN).toPlainString() + " %" : "undefined";
    }
}
