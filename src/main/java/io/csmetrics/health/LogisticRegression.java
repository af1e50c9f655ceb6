package io.csmetrics.health;

import io.csmetrics.ModelFitException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A binary logistic regression fitted by Newton's method (iteratively reweighted least squares)
 * with L2 regularisation on standardised inputs: the engine behind {@link LearnedWeights}.
 *
 * <p><b>Model.</b> {@code P(y = 1 | x) = σ(z)}, {@code σ(z) = 1 / (1 + e^(−z))},
 * {@code z = β₀ + Σⱼ βⱼ · (xⱼ − μⱼ) / sⱼ}, where {@code μⱼ} and {@code sⱼ} are the mean and the
 * population standard deviation of predictor {@code j} over the training rows. The fit maximises
 * the penalised log-likelihood {@code ℓ(β) = Σᵢ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)] − (λ/2) Σⱼ≥₁ βⱼ²}
 * (the intercept is not penalised). Each Newton step solves {@code (ZᵀWZ + λI′) Δ = Zᵀ(y − p) − λI′β}
 * by a Cholesky decomposition, where {@code Z} is the standardised design matrix with
 * a leading column of ones, {@code W = diag(pᵢ(1 − pᵢ))} and {@code I′} the identity with a zero in
 * the intercept's place; a step that lowers {@code ℓ} is halved. The fit has converged when
 * {@code max |Δ| < 1e-9}.
 *
 * <p>With {@code λ = 0} the result is the maximum-likelihood estimate, which standardisation
 * does not change. Example (closed form): one binary predictor and the 2×2 table x=0: 30 renewed,
 * 10 churned; x=1: 45 renewed, 5 churned gives intercept {@code ln(30/10)} and slope
 * {@code ln(45/5) − ln(30/10) = ln 3} on the original scale.
 *
 * <p><b>Scale.</b> The means and standard deviations are computed on each predictor divided by
 * its largest absolute value {@code m}, so predictors of any finite magnitude (10⁻³⁰⁰ or 10³⁰⁰) standardise
 * without overflow or underflow and fit the same standardised coefficients as the same data in
 * ordinary units (before, {@code (x − μ)²} overflowed for predictors near 10¹⁵⁵ and up, every
 * standardised value became 0 and the fit silently returned zero coefficients). A predictor is
 * constant when its standard deviation is below {@code 10⁻¹² · m}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class LogisticRegression {

    /** The default iteration limit. */
    public static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;

    private final double standardisedIntercept;
    private final double[] standardisedCoefficients;
    private final double[] means;
    private final double[] sds;
    private final double lambda;
    private final int iterations;

    private LogisticRegression(double b0, double[] beta, double[] means, double[] sds, double lambda, int iterations) {
        this.standardisedIntercept = b0;
        this.standardisedCoefficients = beta;
        this.means = means;
        this.sds = sds;
        this.lambda = lambda;
        this.iterations = iterations;
    }

    /**
     * Fits the model.
     *
     * @param x the predictors, {@code x[i][j]} for row {@code i} and predictor {@code j}; at least
     *     two rows, every row of the same length ≥ 1, finite values; not modified
     * @param y the outcomes, one per row, at least one of each value
     * @param lambda the L2 penalty on the standardised coefficients, finite, 0 or more
     * @return the fitted model
     * @throws NullPointerException if an argument or a row is null
     * @throws IllegalArgumentException if the shapes differ, a value is not finite, or
     *     {@code lambda} is negative
     * @throws ModelFitException if every outcome is the same, a predictor is constant, the Hessian
     *     is not positive definite, or Newton's method does not converge in
     *     {@value #MAX_ITERATIONS} iterations (the message gives the reason)
     */
    public static LogisticRegression fit(double[][] x, boolean[] y, double lambda) {
        Objects.requireNonNull(x, "x must not be null");
        Objects.requireNonNull(y, "y must not be null");
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and 0 or more: " + lambda);
        }
        int n = x.length;
        if (n != y.length) {
            throw new IllegalArgumentException("x has " + n + " rows but y has " + y.length);
        }
        if (n < 2) {
            throw new IllegalArgumentException("at least 2 rows are needed: " + n);
        }
        int p = Objects.requireNonNull(x[0], "x[0] must not be null").length;
        if (p == 0) {
            throw new IllegalArgumentException("at least one predictor is needed");
        }
        int events = 0;
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(x[i], "x[" + i + "] must not be null");
            if (x[i].length != p) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " predictors, row 0 has " + p);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("x[" + i + "][" + j + "] must be finite: " + x[i][j]);
                }
            }
            events += y[i] ? 1 : 0;
        }
        if (events == 0 || events == n) {
            throw new ModelFitException("every outcome is " + (events == n) + " (" + n
                    + " rows): a logistic model needs both outcomes");
        }
        double[] mu = new double[p];
        double[] sd = new double[p];
        int k = p + 1;
        double[][] z = new double[n][k];
        for (int j = 0; j < p; j++) {
            // Work on x / m, m = max |x|, all within [−1, 1]: the sums cannot overflow for huge
            // predictors (where (x − μ)² would be ∞ and every standardised value 0) nor underflow
            // for tiny ones.
            double m = 0;
            for (double[] row : x) {
                m = Math.max(m, Math.abs(row[j]));
            }
            double scaledMean = 0;
            for (double[] row : x) {
                scaledMean += row[j] / m;
            }
            scaledMean /= n;
            double ss = 0;
            for (double[] row : x) {
                double d = row[j] / m - scaledMean;
                ss += d * d;
            }
            double scaledSd = Math.sqrt(ss / n);
            mu[j] = scaledMean * m;
            // Constant: a spread below 1e-12 of the largest magnitude is rounding noise.
            if (!(scaledSd > 1e-12)) {
                throw new ModelFitException("predictor " + j + " is constant (" + (m > 0 ? mu[j] : 0.0)
                        + "); it carries no information and cannot be standardised: drop it");
            }
            // Finite: values within [−m, m] have a population standard deviation of at most m.
            sd[j] = scaledSd * m;
            for (int i = 0; i < n; i++) {
                z[i][j + 1] = (x[i][j] / m - scaledMean) / scaledSd;
            }
        }
        double[] yv = new double[n];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            yv[i] = y[i] ? 1 : 0;
        }
        double[] beta = new double[k];
        // Starting at the log-odds of the base rate makes the first step small and well conditioned.
        beta[0] = Math.log((double) events / (n - events));
        double objective = penalisedLogLikelihood(z, yv, beta, lambda);
        double lastStep = Double.NaN;
        for (int iter = 1; iter <= MAX_ITERATIONS; iter++) {
            double[][] h = new double[k][k];
            double[] g = new double[k];
            for (int i = 0; i < n; i++) {
                double pi = HealthScoreModel.sigmoid(dot(z[i], beta));
                double wi = pi * (1 - pi);
                double ri = yv[i] - pi;
                double[] zi = z[i];
                for (int a = 0; a < k; a++) {
                    g[a] += zi[a] * ri;
                    double wa = wi * zi[a];
                    for (int b = 0; b <= a; b++) {
                        h[a][b] += wa * zi[b];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    h[a][b] = h[b][a];
                }
                if (a > 0) {
                    h[a][a] += lambda;
                    g[a] -= lambda * beta[a];
                }
            }
            double[] delta = solve(h, g, iter);
            double t = 1;
            double[] next = new double[k];
            double nextObjective = Double.NEGATIVE_INFINITY;
            for (int halving = 0; halving < 30; halving++) {
                for (int a = 0; a < k; a++) {
                    next[a] = beta[a] + t * delta[a];
                }
                nextObjective = penalisedLogLikelihood(z, yv, next, lambda);
                if (nextObjective >= objective - 1e-12 * Math.abs(objective)) {
                    break;
                }
                t /= 2;
            }
            lastStep = 0;
            for (int a = 0; a < k; a++) {
                lastStep = Math.max(lastStep, Math.abs(t * delta[a]));
            }
            beta = next.clone();
            objective = nextObjective;
            if (!Double.isFinite(lastStep) || !Double.isFinite(objective)) {
                throw new ModelFitException("logistic regression diverged at iteration " + iter
                        + " (non-finite coefficients): the outcomes look perfectly separated; add L2 regularisation (lambda > 0)");
            }
            if (lastStep < TOLERANCE) {
                return new LogisticRegression(beta[0], Arrays.copyOfRange(beta, 1, k), mu, sd, lambda, iter);
            }
        }
        throw new ModelFitException(String.format(Locale.ROOT, "logistic regression did not converge in %d iterations"
                + " (last step %.3e, largest coefficient %.3e): the outcomes look perfectly separated by the"
                + " predictors; add L2 regularisation (lambda > 0)", MAX_ITERATIONS, lastStep, maxAbs(beta)));
    }

    private static double[] solve(double[][] h, double[] g, int iter) {
        try {
            return Cholesky.of(h, 1e-12, 1e-14).solve(g);
        } catch (Cholesky.NotPositiveDefiniteException e) {
            throw new ModelFitException("logistic regression failed at iteration " + iter
                    + ": the Hessian is not positive definite (the fitted probabilities saturated at 0 or 1, so the"
                    + " outcomes look perfectly separated, or predictors are collinear); add L2 regularisation (lambda > 0) or drop redundant predictors", e);
        }
    }

    private static double penalisedLogLikelihood(double[][] z, double[] y, double[] beta, double lambda) {
        double ll = 0;
        for (int i = 0; i < z.length; i++) {
            double eta = dot(z[i], beta);
            // log σ(η) and log(1 − σ(η)) without overflow: −log(1 + e^(−η)) and −log(1 + e^η).
            ll += y[i] > 0 ? -log1pExp(-eta) : -log1pExp(eta);
        }
        double pen = 0;
        for (int a = 1; a < beta.length; a++) {
            pen += beta[a] * beta[a];
        }
        return ll - lambda / 2 * pen;
    }

    private static double log1pExp(double v) {
        return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /**
     * Returns the intercept on the standardised scale, {@code β₀}.
     *
     * @return the intercept (log-odds at the predictors' means)
     */
    public double standardisedIntercept() {
        return standardisedIntercept;
    }

    /**
     * Returns the coefficients on the standardised scale, {@code βⱼ} (log-odds per standard
     * deviation of predictor {@code j}).
     *
     * @return a copy
     */
    public double[] standardisedCoefficients() {
        return standardisedCoefficients.clone();
    }

    /**
     * Returns the intercept on the original scale: {@code β₀ − Σⱼ βⱼ μⱼ / sⱼ}.
     *
     * @return the intercept (log-odds at all predictors 0)
     */
    public double intercept() {
        double b = standardisedIntercept;
        for (int j = 0; j < means.length; j++) {
            b -= standardisedCoefficients[j] * means[j] / sds[j];
        }
        return b;
    }

    /**
     * Returns the coefficients on the original scale: {@code βⱼ / sⱼ} (log-odds per unit).
     *
     * @return a new array
     */
    public double[] coefficients() {
        double[] c = new double[means.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = standardisedCoefficients[j] / sds[j];
        }
        return c;
    }

    /**
     * Returns the training means {@code μⱼ}.
     *
     * @return a copy
     */
    public double[] means() {
        return means.clone();
    }

    /**
     * Returns the training population standard deviations {@code sⱼ}.
     *
     * @return a copy
     */
    public double[] standardDeviations() {
        return sds.clone();
    }

    /**
     * Returns the L2 penalty used.
     *
     * @return {@code λ}
     */
    public double lambda() {
        return lambda;
    }

    /**
     * Returns the number of Newton iterations taken.
     *
     * @return 1 or more
     */
    public int iterations() {
        return iterations;
    }

    /**
     * Returns the fitted probability for one row of predictors.
     *
     * @param row the predictors, one per coefficient, finite; not null
     * @return {@code P(y = 1 | row)}, within 0..1
     * @throws NullPointerException if {@code row} is null
     * @throws IllegalArgumentException if the length differs or a value is not finite
     */
    public double probability(double... row) {
        Objects.requireNonNull(row, "row must not be null");
        if (row.length != means.length) {
            throw new IllegalArgumentException("row must have " + means.length + " predictors: " + row.length);
        }
        double z = standardisedIntercept;
        for (int j = 0; j < row.length; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException("row[" + j + "] must be finite: " + row[j]);
            }
            double d = row[j] - means[j];
            // Far from the mean near ±Double.MAX_VALUE the difference overflows; the quotients do not.
            double standardised = Double.isInfinite(d) ? row[j] / sds[j] - means[j] / sds[j] : d / sds[j];
            z += standardisedCoefficients[j] * standardised;
        }
        return HealthScoreModel.sigmoid(z);
    }

    @Override
    public String toString() {
        return "LogisticRegression{intercept=" + intercept() + ", coefficients=" + Arrays.toString(coefficients())
                + ", lambda=" + lambda + ", iterations=" + iterations + "}";
    }
}
