package io.csmetrics.cohort;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The result of fitting a {@link ShiftedBetaGeometric} model: the model, the maximised
 * log-likelihood, and the observed survival series beside the fitted one
 * ({@code alive_0 · S(t)}), so the fit can be judged.
 *
 * <p>Example (Fader &amp; Hardie 2007, regular cohort, years 0–7): {@code alpha() ≈ 0.7041},
 * {@code beta() ≈ 1.1820}, {@code fitted().get(7) ≈ 243} against 241 observed.
 *
 * @param model the fitted model, not null
 * @param logLikelihood the maximised log-likelihood, finite
 * @param observed customers alive at periods {@code 0..T}, unmodifiable
 * @param fitted expected customers alive, {@code alive_0 · S(t)}, same length, unmodifiable
 * @param evaluations how many times the optimiser evaluated the log-likelihood
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record SbgFit(ShiftedBetaGeometric model, double logLikelihood, List<Long> observed, List<Double> fitted,
        int evaluations) implements Serializable {

    /**
     * Validates the fit.
     *
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if the series differ in length or the log-likelihood is not finite
     */
    public SbgFit {
        Objects.requireNonNull(model, "model must not be null");
        observed = List.copyOf(observed);
        fitted = List.copyOf(fitted);
        if (observed.size() != fitted.size()) {
            throw new IllegalArgumentException("observed (" + observed.size() + ") and fitted (" + fitted.size()
                    + ") must have the same length");
        }
        if (!Double.isFinite(logLikelihood)) {
            throw new IllegalArgumentException("logLikelihood must be finite: " + logLikelihood);
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
     * Returns the number of periods fitted, {@code T}.
     *
     * @return {@code observed().size() − 1}
     */
    public int periods() {
        return observed.size() - 1;
    }

    /**
     * Returns e.g. {@code "SbgFit{alpha=0.7041, beta=1.1820, LL=-1611.158, T=7}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "SbgFit{alpha=%.4f, beta=%.4f, LL=%.3f, T=%d}", alpha(), beta(),
                logLikelihood, periods());
    }
}
