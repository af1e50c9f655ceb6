package io.csmetrics.cohort;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead downhill simplex (Nelder &amp; Mead 1965, "A simplex method for function
 * minimization", <i>The Computer Journal</i> 7(4)), with the standard coefficients: reflection 1,
 * expansion 2, contraction ½, shrink ½ (Lagarias et al. 1998, "Convergence properties of the
 * Nelder–Mead simplex method in low dimensions", <i>SIAM J. Optim.</i> 9(1), which also fixes the
 * tie-breaking used here).
 *
 * <p>It is the global, derivative-free stage of the {@link ShiftedBetaGeometric} fit, which then
 * polishes the optimum with Newton steps on the analytic derivatives. Commons Numbers and Commons
 * Statistics have no optimiser, and the fit has two parameters, so it is written out here.
 *
 * <p>A NaN value counts as {@code +∞}, so a function undefined in part of the space pushes the
 * simplex away from it.
 */
final class NelderMead {

    private NelderMead() {
    }

    /**
     * The outcome of a minimisation.
     *
     * @param point the best vertex found
     * @param value the function's value there
     * @param evaluations how many times the function was evaluated
     * @param converged whether the tolerance was met within the evaluation limit
     */
    record Result(double[] point, double value, int evaluations, boolean converged) {
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * <p>The initial simplex is {@code start} and, for each coordinate {@code i},
     * {@code start + steps[i]·eᵢ}. It has converged when the spread of the vertices' values is
     * within {@code relativeTolerance · |f_best| + absoluteTolerance}.
     *
     * @param f the function, called with a fresh array each time
     * @param start the starting point, at least one coordinate
     * @param steps the initial simplex's edge along each coordinate, non-zero
     * @param relativeTolerance the relative tolerance on the values
     * @param absoluteTolerance the absolute tolerance on the values
     * @param maxEvaluations the evaluation limit
     * @return the best point, with {@code converged} false if the limit was reached first
     * @throws IllegalArgumentException if the lengths differ, a step is zero or not finite, or
     *     {@code start} is empty
     */
    static Result minimize(ToDoubleFunction<double[]> f, double[] start, double[] steps, double relativeTolerance,
            double absoluteTolerance, int maxEvaluations) {
        int n = start.length;
        if (n == 0 || steps.length != n) {
            throw new IllegalArgumentException("start (" + n + ") and steps (" + steps.length
                    + ") must have the same, positive length");
        }
        for (int i = 0; i < n; i++) {
            if (steps[i] == 0 || !Double.isFinite(steps[i])) {
                throw new IllegalArgumentException("steps[" + i + "] must be finite and non-zero: " + steps[i]);
            }
        }
        int[] evaluations = {0};
        ToDoubleFunction<double[]> g = p -> {
            evaluations[0]++;
            double v = f.applyAsDouble(p.clone());
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        };
        double[][] x = new double[n + 1][];
        double[] fx = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = start.clone();
            if (i > 0) {
                x[i][i - 1] += steps[i - 1];
            }
            fx[i] = g.applyAsDouble(x[i]);
        }
        Integer[] order = new Integer[n + 1];
        while (true) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            // Stable sort: among equal values the older vertex stays ahead (Lagarias et al.).
            Arrays.sort(order, Comparator.comparingDouble(i -> fx[i]));
            double[][] xs = new double[n + 1][];
            double[] fs = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                xs[i] = x[order[i]];
                fs[i] = fx[order[i]];
            }
            System.arraycopy(xs, 0, x, 0, n + 1);
            System.arraycopy(fs, 0, fx, 0, n + 1);
            double best = fx[0];
            double worst = fx[n];
            if (Double.isFinite(best) && worst - best <= relativeTolerance * Math.abs(best) + absoluteTolerance) {
                return new Result(x[0].clone(), best, evaluations[0], true);
            }
            if (evaluations[0] >= maxEvaluations) {
                return new Result(x[0].clone(), best, evaluations[0], false);
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += x[i][j] / n;
                }
            }
            double[] reflected = along(centroid, x[n], -1);
            double fr = g.applyAsDouble(reflected);
            if (fr < fx[0]) {
                double[] expanded = along(centroid, x[n], -2);
                double fe = g.applyAsDouble(expanded);
                if (fe < fr) {
                    x[n] = expanded;
                    fx[n] = fe;
                } else {
                    x[n] = reflected;
                    fx[n] = fr;
                }
            } else if (fr < fx[n - 1]) {
                x[n] = reflected;
                fx[n] = fr;
            } else {
                boolean outside = fr < fx[n];
                double[] contracted = outside ? along(centroid, x[n], -0.5) : along(centroid, x[n], 0.5);
                double fc = g.applyAsDouble(contracted);
                if (outside ? fc <= fr : fc < fx[n]) {
                    x[n] = contracted;
                    fx[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        x[i] = along(x[0], x[i], 0.5);
                        fx[i] = g.applyAsDouble(x[i]);
                    }
                }
            }
        }
    }

    /** Returns {@code c + t·(p − c)}. */
    private static double[] along(double[] c, double[] p, double t) {
        double[] r = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            r[j] = c[j] + t * (p[j] - c[j]);
        }
        return r;
    }
}
