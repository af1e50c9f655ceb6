package io.csmetrics.cohort;

import io.csmetrics.MrrHistory;
import java.io.Serializable;
import java.time.YearMonth;

/**
 * What puts an account into a cohort: a function of its MRR history and its acquisition month
 * (the first month with MRR above zero). The default is the acquisition month itself
 * ({@link #acquisitionMonth()}); any other key works, such as a plan, a segment or the acquisition
 * quarter ({@link #acquisitionQuarter()}).
 *
 * <p>The key function is {@link Serializable} so that retention accumulators holding it can be
 * shipped between machines; a lambda assigned to this type is serializable when what it captures
 * is.
 *
 * <p>Example: {@code CohortKey<String> bySegment = (history, month) -> segments.get(history.accountId());}
 *
 * @param <K> the key type
 * @since 0.1.0
 */
@FunctionalInterface
public interface CohortKey<K> extends Serializable {

    /**
     * Returns the cohort key of an account.
     *
     * @param history the account's MRR history, not null
     * @param acquisitionMonth the account's first month with MRR above zero, not null
     * @return the key, not null
     */
    K keyOf(MrrHistory history, YearMonth acquisitionMonth);

    /**
     * Returns the default key: the acquisition month, e.g. {@code 2024-03}.
     *
     * @return the key function
     */
    static CohortKey<YearMonth> acquisitionMonth() {
        return AcquisitionMonthKey.INSTANCE;
    }

    /**
     * Returns the acquisition quarter as text that sorts chronologically, e.g. {@code "2024-Q1"}
     * for an account acquired in February 2024.
     *
     * @return the key function
     */
    static CohortKey<String> acquisitionQuarter() {
        return AcquisitionQuarterKey.INSTANCE;
    }
}
