package io.csmetrics.clv;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the models. */
final class Checks {

    private Checks() {
    }

    /** Validates {@code (x, t_x, T)}. */
    static void checkHistory(int x, double tx, double age) {
        if (x < 0) {
            throw new IllegalArgumentException("x must be >= 0: " + x);
        }
        if (!(age >= 0) || !Double.isFinite(age)) {
            throw new IllegalArgumentException("T must be finite and >= 0: " + age);
        }
        if (!(tx >= 0 && tx <= age)) {
            throw new IllegalArgumentException("t_x (" + tx + ") must be in [0, T (" + age + ")]");
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("t_x (" + tx + ") must be 0 when x is 0");
        }
    }

    /** Validates a horizon {@code t}. */
    static void checkTime(double t) {
        if (!(t >= 0) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("t must be finite and >= 0: " + t);
        }
    }

    /** Validates a model parameter: finite and strictly positive. */
    static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
        return value;
    }

    /** Copies a list, naming the parameter (and the index) when it or an element is null. */
    static <T> List<T> copy(String name, List<T> list) {
        Objects.requireNonNull(list, () -> name + " must not be null");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(list);
    }

    /** Validates a finite number. */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
        return value;
    }

    /** Validates an index into a list of the given size. */
    static int index(String name, int i, int size) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(name + " (" + i + ") must be in [0, " + size + ")");
        }
        return i;
    }
}
