package io.csmetrics.clv;

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
}
