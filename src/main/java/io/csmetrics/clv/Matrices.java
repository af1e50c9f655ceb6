package io.csmetrics.clv;

/**
 * The small dense linear algebra the fits need: a Cholesky factorisation of a symmetric
 * positive-definite matrix, solves and inverses with it. Matrices are row-major {@code double[][]}.
 */
final class Matrices {

    private Matrices() {
    }

    /**
     * Returns the lower-triangular {@code L} with {@code L Lᵀ = m}, or {@code null} when {@code m}
     * is not (numerically) positive definite.
     */
    static double[][] cholesky(double[][] m) {
        int n = m.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = m[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 1e-300) || !Double.isFinite(sum)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /** Solves {@code L Lᵀ x = b} for a Cholesky factor {@code L}. */
    static double[] solve(double[][] l, double[] b) {
        int n = l.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    /** The inverse of {@code L Lᵀ}. */
    static double[][] inverse(double[][] l) {
        int n = l.length;
        double[][] inv = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            inv[j] = solve(l, e);
        }
        return inv;
    }

    /** Returns {@code −m}. */
    static double[][] negated(double[][] m) {
        double[][] r = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            r[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                r[i][j] = -m[i][j];
            }
        }
        return r;
    }
}
