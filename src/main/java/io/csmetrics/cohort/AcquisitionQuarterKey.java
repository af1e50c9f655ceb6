package io.csmetrics.cohort;

import java.time.YearMonth;
import java.util.Objects;

/** {@link CohortKey#acquisitionQuarter()}: an enum, so it stays a singleton through serialisation. */
enum AcquisitionQuarterKey implements AcquisitionKey<String> {
    INSTANCE;

    @Override
    public String keyOf(YearMonth acquisitionMonth) {
        Objects.requireNonNull(acquisitionMonth, "acquisitionMonth must not be null");
        return acquisitionMonth.getYear() + "-Q" + ((acquisitionMonth.getMonthValue() - 1) / 3 + 1);
    }

    @Override
    public String toString() {
        return "CohortKey.acquisitionQuarter()";
    }
}
