package io.csmetrics.spark;

import io.csmetrics.satisfaction.NpsAccumulator;
import io.csmetrics.satisfaction.NpsResult;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * NPS of many 0–10 answers as a typed Spark aggregator over {@code Integer} scores: its buffer is
 * the core's {@link NpsAccumulator} (three counters), so the {@link NpsResult} (with its
 * {@linkplain NpsResult#interval intervals}) equals the single-machine one exactly. No answers
 * give the undefined empty result, as in the core. Null scores should be refused before the
 * aggregator (as {@link SparkNps} does): Spark's typed aggregation may not hand a null input to
 * {@link #reduce}.
 *
 * <p>Example: {@code answers.select(col("score").cast("int")).as(Encoders.INT()).select(NpsAggregator.create().toColumn()).first()};
 * {@link SparkNps} does this from a {@code Dataset<Row>}.
 *
 * @implSpec This class is immutable and thread-safe; the buffers it makes are not.
 * @since 0.1.0
 */
public final class NpsAggregator extends Aggregator<Integer, NpsAccumulator, NpsResult> {

    private static final long serialVersionUID = 1L;

    private NpsAggregator() {
    }

    /**
     * Returns the aggregator.
     *
     * @return the aggregator
     */
    public static NpsAggregator create() {
        return new NpsAggregator();
    }

    @Override
    public NpsAccumulator zero() {
        return NpsAccumulator.create();
    }

    /**
     * Adds one answer.
     *
     * @throws NullPointerException if {@code score} is null
     * @throws IllegalArgumentException if {@code score} is outside 0..10 (the core's message)
     */
    @Override
    public NpsAccumulator reduce(NpsAccumulator buffer, Integer score) {
        Objects.requireNonNull(score, "score must not be null");
        buffer.acceptScore(score);
        return buffer;
    }

    @Override
    public NpsAccumulator merge(NpsAccumulator left, NpsAccumulator right) {
        return left.combine(right);
    }

    @Override
    public NpsResult finish(NpsAccumulator buffer) {
        return buffer.result();
    }

    @Override
    public Encoder<NpsAccumulator> bufferEncoder() {
        return Encoders.javaSerialization(NpsAccumulator.class);
    }

    @Override
    public Encoder<NpsResult> outputEncoder() {
        return Encoders.javaSerialization(NpsResult.class);
    }

    @Override
    public String toString() {
        return "NpsAggregator";
    }
}
