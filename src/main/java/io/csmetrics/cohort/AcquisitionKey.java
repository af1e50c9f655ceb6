package io.csmetrics.cohort;

import io.csmetrics.MrrHistory;
import java.time.YearMonth;

/**
 * A cohort key that is a function of the acquisition month alone, as the built-in keys are: a
 * {@link RetentionMatrixAccumulator} can then key an account from its series without building its
 * {@link MrrHistory}, and compute each month's key once rather than once per account.
 *
 * @param <K> the key type
 */
interface AcquisitionKey<K> extends CohortKey<K> {

    /**
     * Returns the key of an account acquired in a month.
     *
     * @param acquisitionMonth the acquisition month
     * @return the key
     */
    K keyOf(YearMonth acquisitionMonth);

    @Override
    default K keyOf(MrrHistory history, YearMonth acquisitionMonth) {
        return keyOf(acquisitionMonth);
    }
}
