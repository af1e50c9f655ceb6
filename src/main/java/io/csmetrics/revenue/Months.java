package io.csmetrics.revenue;

import java.time.YearMonth;
import java.util.Objects;

/** Month arithmetic shared by the accumulators of this package. */
final class Months {

    private Months() {
    }

    /** Months from {@code from} to {@code to}, negative if {@code to} is earlier; never overflows. */
    static long between(YearMonth from, YearMonth to) {
        return (to.getYear() - (long) from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }

    /**
     * Number of months in the window {@code first..last} inclusive.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first} or the window is too long
     */
    static int window(YearMonth first, YearMonth last, String firstName, String lastName, int maxMonths) {
        Objects.requireNonNull(first, firstName + " must not be null");
        Objects.requireNonNull(last, lastName + " must not be null");
        long n = between(first, last) + 1;
        if (n < 1) {
            throw new IllegalArgumentException(lastName + " (" + last + ") must not be before " + firstName + " ("
                    + first + ")");
        }
        if (n > maxMonths) {
            throw new IllegalArgumentException("the window " + first + ".." + last + " spans " + n
                    + " months; at most " + maxMonths + " are supported");
        }
        return (int) n;
    }
}
