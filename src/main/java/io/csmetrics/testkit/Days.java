package io.csmetrics.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Days in an inclusive window, shrinking towards the first. */
final class Days {

    private Days() {
    }

    static void check(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(last, "last must not be null");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last (" + last + ") must not be before first (" + first + ")");
        }
    }

    static Arbitrary<LocalDate> between(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(first, last)).map(first::plusDays);
    }

    /**
     * Identifiers {@code prefix + 1 … prefix + count} with one edge case, the first: an id has no
     * boundary (ACC-2 is no more special than ACC-17), and more edge cases would only multiply the
     * edge-case combinations of every record that carries one beyond what a property's tries can
     * cover. (Not none: a combination with a component without edge cases has none at all.)
     */
    static Arbitrary<String> ids(String prefix, int count) {
        return Arbitraries.integers().between(1, count).edgeCases(c -> c.includeOnly(1)).map(i -> prefix + i);
    }

    /** {@code count}, if at least 1; else an error naming {@code name}. */
    static int atLeastOne(int count, String name) {
        if (count < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + count);
        }
        return count;
    }

    /** Checks a window {@code [start, endExclusive)} of whole seconds: not null, at least one second. */
    static void window(Instant start, Instant endExclusive) {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(endExclusive, "endExclusive must not be null");
        if (Duration.between(start, endExclusive).getSeconds() < 1) {
            throw new IllegalArgumentException("window [" + start + ", " + endExclusive + ") must be at least one second");
        }
    }
}
