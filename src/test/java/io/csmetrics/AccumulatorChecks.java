package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one shared check for every {@link Accumulator}: accepting all records sequentially,
 * accepting every two-way split and combining, a three-way split combined left and right
 * associatively, the {@link java.util.stream.Collector} on a sequential and a parallel stream, and a
 * serialisation round-trip of a partial state all give the same result.
 */
public final class AccumulatorChecks {

    private AccumulatorChecks() {
    }

    /**
     * Asserts that every path gives the sequential result.
     *
     * @param records the records, in the order the accumulator expects
     * @param factory makes an empty accumulator
     * @param result reads the result compared with {@code equals}
     * @return the sequential result, for further assertions
     */
    public static <T, A extends Accumulator<T, A>, R> R assertAllPathsAgree(List<T> records, Supplier<A> factory,
            Function<A, R> result) {
        A sequential = factory.get();
        records.forEach(sequential);
        R expected = result.apply(sequential);

        int n = records.size();
        int step = Math.max(1, n / 7);
        for (int cut = 0; cut <= n; cut += step) {
            A left = accumulate(records.subList(0, cut), factory);
            A right = accumulate(records.subList(cut, n), factory);
            assertThat(result.apply(left.combine(right))).as("split at %d of %d", cut, n).isEqualTo(expected);
        }

        int a = n / 3;
        int b = 2 * n / 3;
        A leftAssoc = accumulate(records.subList(0, a), factory).combine(accumulate(records.subList(a, b), factory))
                .combine(accumulate(records.subList(b, n), factory));
        A rightAssoc = accumulate(records.subList(0, a), factory)
                .combine(accumulate(records.subList(a, b), factory).combine(accumulate(records.subList(b, n), factory)));
        assertThat(result.apply(leftAssoc)).as("three parts, left-associative").isEqualTo(expected);
        assertThat(result.apply(rightAssoc)).as("three parts, right-associative").isEqualTo(expected);

        assertThat(records.stream().collect(Accumulator.collector(factory, result))).as("sequential collector")
                .isEqualTo(expected);
        assertThat(records.parallelStream().collect(Accumulator.collector(factory, result))).as("parallel collector")
                .isEqualTo(expected);

        A partial = accumulate(records.subList(0, n / 2), factory);
        A shipped = roundTrip(partial);
        assertThat(result.apply(shipped.combine(accumulate(records.subList(n / 2, n), factory))))
                .as("serialised partial combined").isEqualTo(expected);
        return expected;
    }

    private static <T, A extends Accumulator<T, A>> A accumulate(List<T> records, Supplier<A> factory) {
        A acc = factory.get();
        records.forEach(acc);
        return acc;
    }

    /**
     * Serialises and deserialises an object, as a distributed engine shipping it would.
     *
     * @param value the object
     * @return the copy read back
     */
    @SuppressWarnings("unchecked")
    public static <S extends Serializable> S roundTrip(S value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (S) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
