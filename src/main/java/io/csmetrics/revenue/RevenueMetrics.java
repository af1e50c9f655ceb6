package io.csmetrics.revenue;

import io.csmetrics.Arr;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.Ratio;
import java.util.Objects;
import java.util.Optional;

/**
 * Point-in-time revenue metrics derived from MRR: ARR, ARPA and the SaaS quick ratio.
 *
 * <ul>
 * <li>{@code ARR = 12 × MRR} (annual run rate), exact: {@link #arr(Money)}.</li>
 * <li>{@code ARPA = MRR / paying accounts} (average revenue per account, per month), exact as a
 *     fraction: {@link #arpa(Money, long)}; undefined (empty) with no paying account.</li>
 * <li>{@code quick ratio = (new + expansion [+ reactivation]) / (contraction + churn)}:
 *     {@link #quickRatio(MrrBridgePeriod, QuickRatioBasis)}; undefined (a {@link Ratio} with a zero
 *     denominator) when nothing was lost.</li>
 * </ul>
 *
 * <p>Example: USD 6,000 MRR from 120 accounts ({@code Mrr.ofCustomers(120, USD 50)}) is an ARR of
 * USD 72,000 and an ARPA of USD 50.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RevenueMetrics {

    private RevenueMetrics() {
    }

    /**
     * Returns the annual run rate of an MRR, {@code ARR = 12 × MRR}, exactly.
     *
     * @param mrr the monthly recurring revenue, not null, not negative
     * @return the ARR, e.g. USD 72,000 for USD 6,000
     * @throws NullPointerException if {@code mrr} is null
     * @throws IllegalArgumentException if {@code mrr} is negative
     */
    public static Arr arr(Money mrr) {
        checkMrr(mrr);
        return Arr.from(Mrr.of(mrr));
    }

    /**
     * Returns the average revenue per paying account, {@code ARPA = mrr / payingAccounts}, exactly
     * (a fraction such as USD 100/3 stays exact until {@link Mrr#toMoney(java.math.RoundingMode)}).
     *
     * @param mrr the total MRR of the paying accounts, not null, not negative
     * @param payingAccounts the number of accounts with MRR above zero, not negative
     * @return the ARPA per month, e.g. USD 6,000 / 120 = USD 50; empty when {@code payingAccounts}
     *     is zero (the ARPA of no accounts is undefined)
     * @throws NullPointerException if {@code mrr} is null
     * @throws IllegalArgumentException if {@code mrr} or {@code payingAccounts} is negative, or
     *     there are no paying accounts but the MRR is not zero
     */
    public static Optional<Mrr> arpa(Money mrr, long payingAccounts) {
        checkMrr(mrr);
        if (payingAccounts < 0) {
            throw new IllegalArgumentException("payingAccounts must not be negative: " + payingAccounts);
        }
        if (payingAccounts == 0) {
            if (!mrr.isZero()) {
                throw new IllegalArgumentException("mrr (" + mrr + ") must be zero when payingAccounts is 0");
            }
            return Optional.empty();
        }
        return Optional.of(Mrr.of(mrr).dividedBy(payingAccounts));
    }

    /**
     * Returns the SaaS quick ratio of a period: MRR gained over MRR lost.
     *
     * <pre>
     *   WITH_REACTIVATION:    (new + expansion + reactivation) / (contraction + churn)
     *   WITHOUT_REACTIVATION: (new + expansion) / (contraction + churn)
     * </pre>
     * where each term is the period's {@link MovementTotal#amount()}. The ratio carries both amounts
     * (in the currency's units) as numerator and denominator.
     *
     * <p>Example: new USD 20,000, expansion USD 8,000, churn USD 5,000, contraction USD 3,000
     * give {@code 28000/8000 = 3.5}. A period with no loss gives an undefined ratio
     * ({@link Ratio#isDefined()} false), never infinity.
     *
     * @param period the bridge period, not null
     * @param basis whether reactivation counts as a gain, not null ({@link QuickRatioBasis#WITH_REACTIVATION}
     *     is the default)
     * @return the quick ratio; undefined when contraction + churn is zero
     * @throws NullPointerException if an argument is null
     */
    public static Ratio quickRatio(MrrBridgePeriod period, QuickRatioBasis basis) {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Money gains = period.newBusiness().amount().plus(period.expansion().amount());
        if (basis == QuickRatioBasis.WITH_REACTIVATION) {
            gains = gains.plus(period.reactivation().amount());
        }
        Money losses = period.contraction().amount().plus(period.churn().amount());
        return Ratio.of(gains, losses);
    }

    private static void checkMrr(Money mrr) {
        Objects.requireNonNull(mrr, "mrr must not be null");
        if (mrr.isNegative()) {
            throw new IllegalArgumentException("mrr must not be negative: " + mrr);
        }
    }
}
