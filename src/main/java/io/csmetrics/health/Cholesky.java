package io.csmetrics.health;

/**
 * A dense Cholesky decomposition {@code A = L·Lᵀ} of a small symmetric positive-definite matrix,
 * and the solve of {@code A·x = b} by forward and back substitution: the Newton step of
 * {@link LogisticRegression}, whose matrices have one row per predictor plus the intercept.
 *
 * <p>Commons Numbers and Commons Statistics have no linear algebra, and the matrices here are a
 * few columns wide, so the textbook algorithm (Golub &amp; Van Loan, <i>Matrix Computations</i>,
 * 4th ed., Algorithm 4.2.1) is written out rather than adding a dependency. The tests cover it
 * against hand-computed factors and random SPD systems.
 *
 * <p>Checks, the same as Commons Math 3's {@code CholeskyDecomposition} this replaces: the matrix
 * is symmetric to a relative tolerance, and every pivot {@code L_jj²} is above an absolute
 * threshold; otherwise it is not (numerically) positive definite.
 *
 * @implSpec This class is immutable and thread-safe.
 */
final class Cholesky {

    private final double[][] lower;

    private Cholesky(double[][] lower) {
        this.lower = lower;
    }

    /** Thrown when the matrix is not symmetric or not positive definite, with the reason. */
    static final class NotPositiveDefiniteException extends ArithmeticException {
        private static final long serialVersionUID = 1L;

        NotPositiveDefiniteException(String message) {
            super(message);
        }
    }

    /**
     * Decomposes {@code a}.
     *
     * @param a a square matrix, not modified
     * @param relativeSymmetryThreshold largest allowed {@code |a_ij − a_ji| / max(|a_ij|, |a_ji|)}
     * @param absolutePositivityThreshold a pivot {@code L_jj²} at or below it means not positive definite
     * @return the decomposition
     * @throws IllegalArgumentException if {@code a} is empty or not square
     * @throws NotPositiveDefiniteException if {@code a} is not symmetric or not positive definite
     */
    static Cholesky of(double[][] a, double relativeSymmetryThreshold, double absolutePositivityThreshold) {
        int n = a.length;
        if (n == 0) {
            throw new IllegalArgumentException("the matrix must not be empty");
        }
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("the matrix must be square: row " + i + " has " + a[i].length
                        + " columns, not " + n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double scale = Math.max(Math.abs(a[i][j]), Math.abs(a[j][i]));
                if (Math.abs(a[i][j] - a[j][i]) > relativeSymmetryThreshold * scale) {
                    throw new NotPositiveDefiniteException("the matrix is not symmetric: a[" + i + "][" + j + "] = "
                            + a[i][j] + ", a[" + j + "][" + i + "] = " + a[j][i]);
                }
            }
        }
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > absolutePositivityThreshold)) {
                throw new NotPositiveDefiniteException("the matrix is not positive definite: pivot " + j + " is " + d);
            }
            double ljj = Math.sqrt(d);
            l[j][j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / ljj;
            }
        }
        return new Cholesky(l);
    }

    /**
     * Returns the lower-triangular factor {@code L}.
     *
     * @return a copy
     */
    double[][] lower() {
        double[][] copy = new double[lower.length][];
        for (int i = 0; i < lower.length; i++) {
            copy[i] = lower[i].clone();
        }
        return copy;
    }

    /**
     * Solves {@code A·x = b}: {@code L·y = b} forwards, then {@code Lᵀ·x = y} backwards.
     *
     * @param b the right-hand side, of the matrix's size, not modified
     * @return {@code x}, a new array
     * @throws IllegalArgumentException if {@code b} has the wrong length
     */
    double[] solve(double[] b) {
        int n = lower.length;
        if (b.length != n) {
            throw new IllegalArgumentException("b must have " + n + " elements: " + b.length);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= lower[i][k] * y[k];
            }
            y[i] = s / lower[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= lower[k][i] * x[k];
            }
            x[i] = s / lower[i][i];
        }
        return x;
    }
}
