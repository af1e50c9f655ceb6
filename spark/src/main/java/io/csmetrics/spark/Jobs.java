package io.csmetrics.spark;

import java.util.function.Supplier;

/**
 * Runs a Spark action and gives back the core's exception when a task failed with one: Spark
 * reports a task's {@code IllegalArgumentException} as a {@code SparkException} whose cause chain
 * holds the original, so a caller would otherwise see a different type and a longer message than
 * the single-machine path gives.
 */
final class Jobs {

    private Jobs() {
    }

    static <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (Exception e) {
            throw Jobs.<RuntimeException>sneaky(unwrap(e));
        }
    }

    /** The first {@code IllegalArgumentException}, {@code NullPointerException} or {@code ArithmeticException} in the chain, else {@code e}. */
    static Exception unwrap(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof NullPointerException
                    || t instanceof ArithmeticException) {
                return (Exception) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }

    // Spark's Scala code throws its checked SparkException undeclared; it is passed on unchanged.
    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
