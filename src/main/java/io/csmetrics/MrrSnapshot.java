package io.csmetrics;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One account's monthly recurring revenue in one month: a row of the {@code account,month,mrr}
 * data that MRR movements, cohorts and retention are computed from.
 *
 * <p>The amount must not be negative and must be a whole number of the currency's minor units
 * (an invoiced amount); round an exact {@link Mrr} with {@link Mrr#toMoney(java.math.RoundingMode)}
 * first. Zero means the account paid nothing that month.
 *
 * @param accountId the account's identifier, not blank
 * @param month the month, not null
 * @param mrr the MRR of the account in that month, not negative, at most the currency's scale
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record MrrSnapshot(String accountId, YearMonth month, Money mrr) implements Serializable {

    /**
     * Validates the snapshot.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code accountId} is blank, or {@code mrr} is negative or
     *     has more decimals than its currency's minor unit
     */
    public MrrSnapshot {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(month, "month must not be null");
        Objects.requireNonNull(mrr, "mrr must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        if (mrr.isNegative()) {
            throw new IllegalArgumentException("mrr must not be negative: " + mrr + " (account " + accountId
                    + ", month " + month + ")");
        }
        if (mrr.amount().stripTrailingZeros().scale() > mrr.currency().getDefaultFractionDigits()) {
            throw new IllegalArgumentException("mrr " + mrr + " has more decimals than " + mrr.currency().getCurrencyCode()
                    + " allows (" + mrr.currency().getDefaultFractionDigits() + "); round it first (account "
                    + accountId + ", month " + month + ")");
        }
    }

    /**
     * Returns a snapshot.
     *
     * @param accountId the account's identifier, not blank
     * @param month the month, not null
     * @param mrr the MRR, not negative
     * @return the snapshot
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static MrrSnapshot of(String accountId, YearMonth month, Money mrr) {
        return new MrrSnapshot(accountId, month, mrr);
    }
}
