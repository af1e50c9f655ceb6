package io.csmetrics;

/**
 * Thrown when a caller asks for the numeric value of a metric that has no meaning for its input,
 * such as churn over zero starting customers or NPS over no responses.
 *
 * <p>csmetrics never answers such a question with {@code NaN}, infinity or a silent zero. Types
 * that can be undefined (for example {@link Ratio} with a zero denominator) say so through an
 * {@code isDefined()} method, and their conversions throw this exception. It extends
 * {@link ArithmeticException} because, like division by zero, it is a property of the input,
 * not a programming error in the call.
 *
 * @since 0.1.0
 */
public final class UndefinedMetricException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message saying which metric is undefined and why.
     *
     * @param message the detail message, e.g. {@code "Ratio 0/0 is undefined: denominator is zero"}
     */
    public UndefinedMetricException(String message) {
        super(message);
    }
}
