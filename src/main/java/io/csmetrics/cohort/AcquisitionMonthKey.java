package io.csmetrics.cohort;

import java.time.YearMonth;

/** {@link CohortKey#acquisitionMonth()}: an enum, so it stays a singleton through serialisation. */
enum AcquisitionMonthKey implements AcquisitionKey<YearMonth> {
    INSTANCE;

    @Override
    public YearMonth keyOf(YearMonth acquisitionMonth) {
        return acquisitionMonth;
    }

    @Override
    public String toString() {
        return "CohortKey.acquisitionMonth()";
    }
}
