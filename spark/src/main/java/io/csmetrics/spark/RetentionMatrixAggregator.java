package io.csmetrics.spark;

import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.RetentionMatrixAccumulator;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * The cohort {@link RetentionMatrix} (cohorts by acquisition month) of many accounts as a typed
 * Spark aggregator over {@link AccountSeries}: its buffer is the core's
 * {@link RetentionMatrixAccumulator}, each series accepted as the account's
 * {@link io.csmetrics.MrrHistory}, so the matrix equals the single-machine one exactly.
 *
 * <p>Each account must appear once; all series share one currency. No series gives the empty
 * matrix, as in the core.
 *
 * <p>Example: {@code series.select(RetentionMatrixAggregator.of(YearMonth.of(2025, 12)).toColumn()).first()}.
 *
 * @implSpec This class is immutable and thread-safe; the buffers it makes are not.
 * @since 0.1.0
 */
public final class RetentionMatrixAggregator
        extends SeriesAggregator<RetentionMatrixAccumulator<YearMonth>, RetentionMatrix<YearMonth>> {

    private static final long serialVersionUID = 1L;

    private final YearMonth asOf;
    private final CohortReactivationRule rule;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RetentionMatrixAggregator(YearMonth asOf, CohortReactivationRule rule) {
        super(null, (Class) RetentionMatrix.class);
        this.asOf = asOf;
        this.rule = rule;
    }

    /**
     * Returns the aggregator with the core's default {@link CohortReactivationRule#NOT_RETAINED}.
     *
     * @param asOf the last month observed, not null
     * @return the aggregator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static RetentionMatrixAggregator of(YearMonth asOf) {
        return of(asOf, CohortReactivationRule.NOT_RETAINED);
    }

    /**
     * Returns the aggregator.
     *
     * @param asOf the last month observed, not null
     * @param rule how reactivations count, not null
     * @return the aggregator
     * @throws NullPointerException if an argument is null
     */
    public static RetentionMatrixAggregator of(YearMonth asOf, CohortReactivationRule rule) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        return new RetentionMatrixAggregator(asOf, rule);
    }

    @Override
    RetentionMatrixAccumulator<YearMonth> create(Currency currency) {
        return RetentionMatrixAccumulator.create(io.csmetrics.cohort.CohortKey.acquisitionMonth(), asOf, rule);
    }

    @Override
    void add(RetentionMatrixAccumulator<YearMonth> accumulator, AccountSeries series) {
        accumulator.accept(series.toHistory());
    }

    @Override
    RetentionMatrix<YearMonth> result(RetentionMatrixAccumulator<YearMonth> accumulator) {
        return accumulator.result();
    }

    @Override
    RetentionMatrix<YearMonth> noSeries() {
        return result(create(null));
    }

    /**
     * Returns e.g. {@code "RetentionMatrixAggregator{asOf=2025-12, NOT_RETAINED}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "RetentionMatrixAggregator{asOf=" + asOf + ", " + rule + "}";
    }
}
