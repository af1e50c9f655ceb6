package io.csmetrics.clv;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The result of a maximum-likelihood fit of one of this package's models: the fitted model, its
 * parameters by name with standard errors from the observed information (the inverse of the
 * negative Hessian of the log-likelihood at the optimum), the maximised log-likelihood, and how many
 * customers and likelihood evaluations it took.
 *
 * <p>Example (CDNOW, 2,357 customers, 39 weeks; Fader, Hardie &amp; Lee 2005): a {@link BgNbd} fit
 * with {@code r = 0.243}, {@code α = 4.414}, {@code a = 0.793}, {@code b = 2.426},
 * {@code logLikelihood = −9582.4}.
 *
 * @param model the fitted model, not null
 * @param parameterNames the parameters' names in the model's order, e.g. {@code [r, alpha, a, b]}
 * @param estimates the parameters, same order
 * @param standardErrors their standard errors, same order, finite and positive
 * @param logLikelihood the maximised log-likelihood, finite
 * @param customers how many customers (or repeat buyers, for Gamma-Gamma) the fit used
 * @param evaluations how many times the optimiser evaluated the log-likelihood
 * @param <M> the model type
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record ClvFit<M extends Serializable>(M model, List<String> parameterNames, List<Double> estimates,
        List<Double> standardErrors, double logLikelihood, int customers, int evaluations) implements Serializable {

    /**
     * Validates the fit.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lists differ in length or a number is not finite
     */
    public ClvFit {
        Objects.requireNonNull(model, "model must not be null");
        parameterNames = Checks.copy("parameterNames", parameterNames);
        estimates = Checks.copy("estimates", estimates);
        standardErrors = Checks.copy("standardErrors", standardErrors);
        if (estimates.size() != parameterNames.size() || standardErrors.size() != parameterNames.size()) {
            throw new IllegalArgumentException("parameterNames (" + parameterNames.size() + "), estimates ("
                    + estimates.size() + ") and standardErrors (" + standardErrors.size() + ") must have the same length");
        }
        for (int i = 0; i < estimates.size(); i++) {
            if (!Double.isFinite(estimates.get(i)) || !Double.isFinite(standardErrors.get(i))) {
                throw new IllegalArgumentException("estimate and standard error of " + parameterNames.get(i)
                        + " must be finite: " + estimates.get(i) + ", " + standardErrors.get(i));
            }
        }
        if (!Double.isFinite(logLikelihood)) {
            throw new IllegalArgumentException("logLikelihood must be finite: " + logLikelihood);
        }
        if (customers < 1 || evaluations < 0) {
            throw new IllegalArgumentException("customers (" + customers + ") must be >= 1 and evaluations ("
                    + evaluations + ") >= 0");
        }
    }

    static <M extends Serializable> ClvFit<M> of(M model, List<String> names, double[] estimates, double[][] covariance,
            double logLikelihood, int customers, int evaluations) {
        List<Double> est = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        for (int i = 0; i < estimates.length; i++) {
            est.add(estimates[i]);
            se.add(Math.sqrt(covariance[i][i]));
        }
        return new ClvFit<>(model, names, est, se, logLikelihood, customers, evaluations);
    }

    /**
     * Returns a parameter's estimate.
     *
     * @param name the parameter's name, e.g. {@code "alpha"}
     * @return the estimate
     * @throws IllegalArgumentException if the model has no such parameter
     */
    public double estimate(String name) {
        return estimates.get(index(name));
    }

    /**
     * Returns a parameter's standard error.
     *
     * @param name the parameter's name
     * @return the standard error from the observed information
     * @throws IllegalArgumentException if the model has no such parameter
     */
    public double standardError(String name) {
        return standardErrors.get(index(name));
    }

    private int index(String name) {
        Objects.requireNonNull(name, "name must not be null");
        int i = parameterNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter named '" + name + "'; the parameters are " + parameterNames);
        }
        return i;
    }

    /**
     * Returns e.g. {@code "ClvFit{r=0.2426 (0.0128), alpha=4.4136 (0.3784), ..., LL=-9582.429, n=2357}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "ClvFit{", "}");
        for (int i = 0; i < parameterNames.size(); i++) {
            j.add(String.format(Locale.ROOT, "%s=%.4f (%.4f)", parameterNames.get(i), estimates.get(i),
                    standardErrors.get(i)));
        }
        j.add(String.format(Locale.ROOT, "LL=%.3f", logLikelihood));
        j.add("n=" + customers);
        return j.toString();
    }
}
