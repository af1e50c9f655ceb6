package io.csmetrics.cohort;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The result of fitting a {@link ShiftedBetaGeometric} model: the model, the maximised
 * log-likelihood, the standard errors of {@code α} and {@code β}, and the observed survival series
 * beside the fitted one ({@code alive_0 · S(t)}), so the fit can be judged.
 *
 * <p>The standard errors and the covariance are the asymptotic ones of maximum likelihood: the
 * inverse of the observed information {@code −H}, {@code H} the Hessian of the log-likelihood at
 * the estimate; e.g. an approximate 95 % interval for {@code α} is
 * {@code α ± 1.96 · alphaStandardError()}.
 *
 * <p>Example (Fader &amp; Hardie 2007, regular cohort, years 0–7): {@code alpha() ≈ 0.7041},
 * {@code beta() ≈ 1.1820}, {@code fitted().get(7) ≈ 243} against 241 observed.
 *
 * @param model the fitted model, not null
 * @param logLikelihood the maximised log-likelihood, finite
 * @param alphaStandardError the standard error of {@code α}, finite and positive
 * @param betaStandardError the standard error of {@code β}, finite and positive
 * @param covariance the asymptotic covariance of {@code α} and {@code β}, finite, at most the
 *     product of the standard errors in absolute value
 * @param observed customers alive at periods {@code 0..T}, unmodifiable
 * @param fitted expected customers alive, {@code alive_0 · S(t)}, same length, unmodifiable
 * @param evaluations how many times the optimiser evaluated the log-likelihood
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record SbgFit(ShiftedBetaGeometric model, double logLikelihood, double alphaStandardError,
        double betaStandardError, double covariance, List<Long> observed, List<Double> fitted, int evaluations)
        implements Serializable {

    /**
     * Validates the fit.
     *
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if the series differ in length, the log-likelihood is not
     *     finite, a standard error is not finite and positive, or the covariance is not finite or
     *     exceeds the product of the standard errors
     */
    public SbgFit {
        Objects.requireNonNull(model, "model must not be null");
        observed = copy("observed", observed);
        fitted = copy("fitted", fitted);
        if (observed.size() != fitted.size()) {
            throw new IllegalArgumentException("observed (" + observed.size() + ") and fitted (" + fitted.size()
                    + ") must have the same length");
        }
        if (!Double.isFinite(logLikelihood)) {
            throw new IllegalArgumentException("logLikelihood must be finite: " + logLikelihood);
        }
        if (!(alphaStandardError > 0) || Double.isInfinite(alphaStandardError)) {
            throw new IllegalArgumentException("alphaStandardError must be finite and positive: " + alphaStandardError);
        }
        if (!(betaStandardError > 0) || Double.isInfinite(betaStandardError)) {
            throw new IllegalArgumentException("betaStandardError must be finite and positive: " + betaStandardError);
        }
        // Cauchy–Schwarz, with room for the rounding of an inverse 2x2 matrix.
        if (!(Math.abs(covariance) <= alphaStandardError * betaStandardError * (1 + 1e-9))) {
            throw new IllegalArgumentException("covariance (" + covariance + ") must be finite and at most"
                    + " alphaStandardError * betaStandardError (" + alphaStandardError * betaStandardError
                    + ") in absolute value");
        }
    }

    /**
     * Returns {@code α}.
     *
     * @return the fitted {@code α}
     */
    public double alpha() {
        return model.alpha();
    }

    /**
     * Returns {@code β}.
     *
     * @return the fitted {@code β}
     */
    public double beta() {
        return model.beta();
    }

    /**
     * Returns the log-likelihood of the observed series at any parameters, to compare them with
     * the estimate (e.g. a likelihood-ratio test against a fixed {@code (α, β)}):
     * {@code ShiftedBetaGeometric.of(alpha, beta).logLikelihood(observed)}.
     *
     * @param alpha {@code α}, finite, positive
     * @param beta {@code β}, finite, positive
     * @return the log-likelihood, at most {@link #logLikelihood()} up to rounding
     * @throws IllegalArgumentException if a parameter is not finite and positive
     */
    public double logLikelihoodAt(double alpha, double beta) {
        long[] alive = new long[observed.size()];
        for (int t = 0; t < alive.length; t++) {
            alive[t] = observed.get(t);
        }
        return ShiftedBetaGeometric.of(alpha, beta).logLikelihood(alive);
    }

    /**
     * Returns the number of periods fitted, {@code T}.
     *
     * @return {@code observed().size() − 1}
     */
    public int periods() {
        return observed.size() - 1;
    }

    /**
     * Returns e.g. {@code "SbgFit{alpha=0.7041 (SE 0.0656), beta=1.1820 (SE 0.1525), LL=-1680.265, T=7}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "SbgFit{alpha=%.4f (SE %.4f), beta=%.4f (SE %.4f), LL=%.3f, T=%d}",
                alpha(), alphaStandardError, beta(), betaStandardError, logLikelihood, periods());
    }

    private static <T> List<T> copy(String name, List<T> list) {
        Objects.requireNonNull(list, () -> name + " must not be null");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(list);
    }
}
