package io.csmetrics.cohort;

/**
 * Thrown when a retention model cannot be fitted to valid data: the maximum-likelihood estimate
 * does not exist (for example nobody churned, so the shifted-beta-geometric {@code β} runs to
 * infinity) or the optimiser did not converge. The message says which and why; a fit never
 * returns parameters it could not establish.
 *
 * @since 0.1.0
 */
public final class ModelFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the fit failed, e.g. {@code "no customer churned in the 7 periods: ..."}
     */
    public ModelFitException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message why the fit failed
     * @param cause the optimiser's exception
     */
    public ModelFitException(String message, Throwable cause) {
        super(message, cause);
    }
}
