package io.csmetrics.clv;

import io.csmetrics.ModelFitException;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Maximises a smooth log-likelihood over unconstrained (log-)parameters: Nelder–Mead from the
 * start point to find the basin, then Newton's method with a central-difference gradient and
 * Hessian to polish the optimum to machine precision. The Hessian at the optimum is returned for
 * the observed information. Written here rather than taken from a library so the numerical
 * dependency stays a few special functions.
 */
final class Optimizer {

    /** The result: the maximiser, the maximum, the Hessian there and the evaluations spent. */
    record Result(double[] theta, double value, double[][] hessian, int evaluations) {
    }

    private static final int MAX_EVALUATIONS = 50_000;
    private static final double STEP = 1e-4;

    private final ToDoubleFunction<double[]> objective;
    private final String model;
    private int evaluations;

    private Optimizer(ToDoubleFunction<double[]> objective, String model) {
        this.objective = objective;
        this.model = model;
    }

    /**
     * Maximises {@code objective} from {@code start}.
     *
     * @param objective the function to maximise; may return {@code -∞} or NaN where undefined
     * @param start the start point
     * @param model the model's name, for messages
     * @throws ModelFitException if no finite optimum with a negative-definite Hessian was found
     */
    static Result maximise(ToDoubleFunction<double[]> objective, double[] start, String model) {
        return new Optimizer(objective, model).run(start);
    }

    private double f(double[] theta) {
        evaluations++;
        double v;
        try {
            v = objective.applyAsDouble(theta);
        } catch (ArithmeticException e) {
            // A series that does not converge far from the data's region: not a candidate optimum.
            return Double.NEGATIVE_INFINITY;
        }
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private Result run(double[] start) {
        if (!Double.isFinite(f(start))) {
            throw new ModelFitException(model + ": the log-likelihood is not finite at the start point "
                    + Arrays.toString(start));
        }
        double[] theta = nelderMead(start);
        theta = newton(theta);
        double value = f(theta);
        double[][] hessian = hessian(theta, value, new double[theta.length]);
        if (Matrices.cholesky(Matrices.negated(hessian)) == null) {
            throw new ModelFitException(model + ": the log-likelihood has no strict maximum (its Hessian is not"
                    + " negative definite at " + Arrays.toString(theta) + "); the data cannot identify the model");
        }
        return new Result(theta, value, hessian, evaluations);
    }

    private double[] nelderMead(double[] start) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        values[0] = f(simplex[0]);
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += 0.5;
            values[i + 1] = f(simplex[i + 1]);
        }
        Integer[] order = new Integer[n + 1];
        while (evaluations < MAX_EVALUATIONS) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            // Maximising: best first.
            Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
            int best = order[0];
            int worst = order[n];
            int second = order[n - 1];
            double spread = values[best] - values[worst];
            double size = 0;
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j < n; j++) {
                    size = Math.max(size, Math.abs(simplex[i][j] - simplex[best][j]));
                }
            }
            // Only the basin is wanted here: Newton converges quadratically from it.
            if (spread <= 1e-6 * (1 + Math.abs(values[best])) && size < 0.05 || size < 1e-9) {
                return simplex[best].clone();
            }
            double[] centroid = new double[n];
            for (int i = 0; i <= n; i++) {
                if (i != worst) {
                    for (int j = 0; j < n; j++) {
                        centroid[j] += simplex[i][j] / n;
                    }
                }
            }
            double[] reflected = along(centroid, simplex[worst], -1);
            double fr = f(reflected);
            if (fr > values[best]) {
                double[] expanded = along(centroid, simplex[worst], -2);
                double fe = f(expanded);
                if (fe > fr) {
                    simplex[worst] = expanded;
                    values[worst] = fe;
                } else {
                    simplex[worst] = reflected;
                    values[worst] = fr;
                }
            } else if (fr > values[second]) {
                simplex[worst] = reflected;
                values[worst] = fr;
            } else {
                double[] contracted = fr > values[worst] ? along(centroid, simplex[worst], -0.5)
                        : along(centroid, simplex[worst], 0.5);
                double fc = f(contracted);
                if (fc > Math.max(fr, values[worst])) {
                    simplex[worst] = contracted;
                    values[worst] = fc;
                } else {
                    for (int i = 0; i <= n; i++) {
                        if (i != best) {
                            simplex[i] = along(simplex[best], simplex[i], 0.5);
                            values[i] = f(simplex[i]);
                        }
                    }
                }
            }
        }
        throw new ModelFitException(model + ": Nelder–Mead did not converge in " + MAX_EVALUATIONS + " evaluations");
    }

    /** {@code c + t (p − c)}. */
    private static double[] along(double[] c, double[] p, double t) {
        double[] r = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            r[j] = c[j] + t * (p[j] - c[j]);
        }
        return r;
    }

    private double[] newton(double[] start) {
        double[] theta = start.clone();
        double value = f(theta);
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] g = new double[theta.length];
            double[][] h = hessian(theta, value, g);
            double[][] l = Matrices.cholesky(Matrices.negated(h));
            double[] direction = l != null ? Matrices.solve(l, g) : g.clone();
            double decrement = 0;
            for (int j = 0; j < g.length; j++) {
                decrement += g[j] * direction[j];
            }
            if (l != null && decrement < 1e-12) {
                return theta;
            }
            double t = 1;
            boolean improved = false;
            for (int halving = 0; halving < 40; halving++, t /= 2) {
                double[] candidate = theta.clone();
                for (int j = 0; j < candidate.length; j++) {
                    candidate[j] += t * direction[j];
                }
                double fc = f(candidate);
                if (fc >= value) {
                    improved = fc > value || l != null;
                    theta = candidate;
                    value = fc;
                    break;
                }
            }
            if (!improved) {
                return theta;
            }
        }
        return theta;
    }

    /** The central-difference Hessian; the gradient, from the same diagonal points, goes into {@code gradient}. */
    private double[][] hessian(double[] theta, double value, double[] gradient) {
        int n = theta.length;
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v;
                if (i == j) {
                    double up = shifted(theta, i, STEP, i, STEP);
                    double down = shifted(theta, i, -STEP, i, -STEP);
                    gradient[i] = (up - down) / (4 * STEP);
                    v = (up - 2 * value + down) / (4 * STEP * STEP);
                } else {
                    v = (shifted(theta, i, STEP, j, STEP) - shifted(theta, i, STEP, j, -STEP)
                            - shifted(theta, i, -STEP, j, STEP) + shifted(theta, i, -STEP, j, -STEP)) / (4 * STEP * STEP);
                }
                h[i][j] = v;
                h[j][i] = v;
            }
        }
        return h;
    }

    private double shifted(double[] theta, int i, double di, int j, double dj) {
        double[] p = theta.clone();
        p[i] += di;
        p[j] += dj;
        return f(p);
    }
}
