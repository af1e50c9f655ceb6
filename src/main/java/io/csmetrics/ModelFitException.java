package io.csmetrics;

/**
 * Thrown when a statistical model cannot be fitted to valid data, with the reason and, where
 * there is one, what to change. A fit never returns parameters it could not establish.
 *
 * <p>Examples: the shifted-beta-geometric retention model when nobody churned (its {@code β} runs
 * to infinity) or the data show no heterogeneity; a logistic regression whose outcomes a predictor
 * separates perfectly ({@code "... add L2 regularisation (lambda > 0)"}), whose Hessian is singular,
 * or whose outcomes are all the same; an optimiser that did not converge.
 *
 * @since 0.1.0
 */
public final class ModelFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the fit failed and what to change, e.g.
     *     {@code "no customer churned in the 7 periods: ..."}
     */
    public ModelFitException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message why the fit failed and what to change
     * @param cause the optimiser's or linear algebra's exception
     */
    public ModelFitException(String message, Throwable cause) {
        super(message, cause);
    }
}
