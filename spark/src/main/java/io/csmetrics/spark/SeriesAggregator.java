package io.csmetrics.spark;

import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.MrrHistory;
import java.util.Currency;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The shape every MRR aggregator shares: the buffer is a core accumulator, created when the first
 * series shows the currency (zero → empty slot, reduce → bulk accept, merge → combine, finish →
 * the core's result). Buffers and results travel by Java serialization: the core's accumulators
 * and results are {@code Serializable}, need no {@code --add-opens}, and records are not
 * encodable by Spark's Kryo 4.
 *
 * @param <A> the core accumulator
 * @param <R> the result
 */
abstract class SeriesAggregator<A extends Accumulator<MrrHistory, A>, R>
        extends Aggregator<AccountSeries, AccumulatorSlot<A>, R> {

    private static final long serialVersionUID = 1L;

    private final Currency fixedCurrency;
    private final Class<R> resultType;

    SeriesAggregator(Currency fixedCurrency, Class<R> resultType) {
        this.fixedCurrency = fixedCurrency;
        this.resultType = resultType;
    }

    abstract A create(Currency currency);

    abstract void add(A accumulator, AccountSeries series);

    abstract R result(A accumulator);

    /** The result of no series at all, when no fixed currency gives an empty accumulator one. */
    abstract R noSeries();

    @Override
    public AccumulatorSlot<A> zero() {
        return new AccumulatorSlot<>();
    }

    @Override
    public AccumulatorSlot<A> reduce(AccumulatorSlot<A> buffer, AccountSeries series) {
        Currency c = series.currency();
        if (buffer.accumulator == null) {
            buffer.accumulator = create(c);
            buffer.currency = c;
        } else if (!buffer.currency.equals(c)) {
            throw new CurrencyMismatchException(buffer.currency, c);
        }
        add(buffer.accumulator, series);
        return buffer;
    }

    @Override
    public AccumulatorSlot<A> merge(AccumulatorSlot<A> left, AccumulatorSlot<A> right) {
        if (right.accumulator == null) {
            return left;
        }
        if (left.accumulator == null) {
            return right;
        }
        if (!left.currency.equals(right.currency)) {
            throw new CurrencyMismatchException(left.currency, right.currency);
        }
        left.accumulator.combine(right.accumulator);
        return left;
    }

    @Override
    public R finish(AccumulatorSlot<A> buffer) {
        if (buffer.accumulator != null) {
            return result(buffer.accumulator);
        }
        return fixedCurrency != null ? result(create(fixedCurrency)) : noSeries();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Encoder<AccumulatorSlot<A>> bufferEncoder() {
        return (Encoder) Encoders.javaSerialization(AccumulatorSlot.class);
    }

    @Override
    public Encoder<R> outputEncoder() {
        return Encoders.javaSerialization(resultType);
    }
}
