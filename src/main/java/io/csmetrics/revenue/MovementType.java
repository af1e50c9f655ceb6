package io.csmetrics.revenue;

/**
 * The five kinds of MRR movement an account can make between two consecutive months, classified
 * from its MRR in the previous month {@code p} and in the month {@code c} (both in minor units,
 * never negative) and from whether it paid in any month before {@code c}:
 *
 * <table>
 * <caption>Classification of one account's change from month {@code m − 1} to month {@code m}</caption>
 * <tr><th>movement</th><th>condition</th><th>amount</th><th>sign in the bridge</th></tr>
 * <tr><td>{@link #NEW}</td><td>{@code p = 0, c > 0}, never paid before</td><td>{@code c}</td><td>+</td></tr>
 * <tr><td>{@link #REACTIVATION}</td><td>{@code p = 0, c > 0}, paid in some earlier month</td><td>{@code c}</td><td>+</td></tr>
 * <tr><td>{@link #EXPANSION}</td><td>{@code 0 < p < c}</td><td>{@code c − p}</td><td>+</td></tr>
 * <tr><td>{@link #CONTRACTION}</td><td>{@code 0 < c < p}</td><td>{@code p − c}</td><td>−</td></tr>
 * <tr><td>{@link #CHURN}</td><td>{@code p > 0, c = 0}</td><td>{@code p}</td><td>−</td></tr>
 * </table>
 *
 * <p>An account with {@code p = c} makes no movement. Amounts are always positive; the sign says on
 * which side of the bridge {@code start + new + expansion + reactivation − contraction − churn = end}
 * the movement stands. This is the usual taxonomy of subscription analytics vendors (ChartMogul's
 * "MRR movements": new business, expansion, contraction, churn, reactivation).
 *
 * @implSpec This enum is immutable and thread-safe.
 * @since 0.1.0
 */
public enum MovementType {

    /** First month ever with MRR above zero. */
    NEW(1),
    /** MRR grew while the account kept paying. */
    EXPANSION(1),
    /** MRR returned above zero after at least one month at zero, the account having paid before. */
    REACTIVATION(1),
    /** MRR shrank but stayed above zero. */
    CONTRACTION(-1),
    /** MRR fell to zero. */
    CHURN(-1);

    private final int sign;

    MovementType(int sign) {
        this.sign = sign;
    }

    /**
     * Returns the side of the bridge the movement stands on.
     *
     * @return {@code +1} for a gain (new, expansion, reactivation), {@code −1} for a loss
     *     (contraction, churn)
     */
    public int sign() {
        return sign;
    }

    /**
     * Tells whether the movement adds MRR.
     *
     * @return true for {@link #NEW}, {@link #EXPANSION} and {@link #REACTIVATION}
     */
    public boolean isGain() {
        return sign > 0;
    }
}
