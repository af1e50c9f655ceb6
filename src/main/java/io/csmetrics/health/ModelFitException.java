package io.csmetrics.health;

/**
 * Thrown when a model cannot be fitted to the data given, with the reason: Newton's method did
 * not converge (typically because a predictor separates renewals from churns perfectly, so the
 * unregularised coefficients run off to infinity), the Hessian is singular, a predictor is
 * constant, or every outcome is the same.
 *
 * <p>The message says what to change, e.g. {@code "logistic regression did not converge in 100
 * iterations (last step 1.0e+00): the outcomes look perfectly separated by the predictors; add L2
 * regularisation (lambda > 0)"}.
 *
 * @since 0.1.0
 */
public final class ModelFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the reason the fit failed and what to change
     */
    public ModelFitException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying cause.
     *
     * @param message the reason the fit failed and what to change
     * @param cause the linear-algebra failure behind it
     */
    public ModelFitException(String message, Throwable cause) {
        super(message, cause);
    }
}
