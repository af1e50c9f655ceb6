package io.csmetrics.testkit;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.facades.ShrinkingSupportFacade;
import net.jqwik.api.lifecycle.TryExecutionResult;

/** Draws values from an arbitrary with a fixed seed, and runs jqwik's own falsify-then-shrink. */
final class Samples {

    static final int GEN_SIZE = 1000;

    private Samples() {
    }

    static <T> List<T> draw(Arbitrary<T> arbitrary, long seed, int count) {
        return arbitrary.generator(GEN_SIZE).stream(new Random(seed)).limit(count).map(Shrinkable::value)
                .collect(Collectors.toList());
    }

    /** The value jqwik reports when a property {@code holds} fails: the first falsifying value, shrunk. */
    static <T> T shrunkCounterexample(Arbitrary<T> arbitrary, long seed, Predicate<T> holds) {
        return ShrinkingSupportFacade.implementation.falsifyThenShrink(arbitrary, new Random(seed),
                value -> holds.test(value) ? TryExecutionResult.satisfied()
                        : TryExecutionResult.falsified(new AssertionError("falsified by " + value)));
    }
}
