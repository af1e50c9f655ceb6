package io.csmetrics.revenue;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of the MRR bridge in a reporting currency, with the FX impact as its own line.
 *
 * <p>The bridge holds exactly, and construction checks it:
 * <pre>
 *   startMrr + new + expansion + reactivation − contraction − churn + fxImpact = endMrr
 *   startAccounts + count(new) + count(reactivation) − count(churn)           = endAccounts
 * </pre>
 * Movements are classified in each account's own currency (see {@link MovementType}), so a
 * change of exchange rate is never an expansion or a contraction. For an account in currency
 * {@code k} with native MRR {@code p} in the start month and {@code c} in the end month, and the
 * rates {@code r₀}, {@code r₁} of {@code k} in those months under the chosen {@link FxPolicy}:
 * new and reactivation count {@code c·r₁}; expansion and contraction {@code |c − p|·r₁}; churn
 * {@code p·r₀} (the revenue lost, at what it was worth when lost); and an account paying in both
 * months adds {@code p·(r₁ − r₀)} to {@code fxImpact}. Each account's terms add up to
 * {@code c·r₁ − p·r₀}, so the bridge sums exactly. {@code fxImpact} is signed; it is zero under
 * {@link FxPolicy#RATE_AT_ACCOUNT_START} and when every account bills in the reporting currency.
 *
 * <p>Worked example (USD reporting, January → February 2024, EUR→USD 1.10 then 1.20): account A
 * pays EUR 100 then EUR 150; account B pays USD 50 then nothing. Start = 110 + 50 = USD 160;
 * expansion 50 × 1.20 = USD 60; churn USD 50; FX impact 100 × (1.20 − 1.10) = USD 10;
 * end = 160 + 60 − 50 + 10 = USD 180 = 150 × 1.20.
 *
 * @param startMonth the month the period starts from, not null
 * @param endMonth the month the period ends in, after {@code startMonth}, not null
 * @param startMrr total MRR in {@code startMonth} in the reporting currency, not negative
 * @param startAccounts paying accounts in {@code startMonth}, not negative
 * @param newBusiness MRR of accounts paying for the first time
 * @param expansion MRR added by paying accounts that grew in their own currency
 * @param reactivation MRR of accounts that return after at least one month at zero
 * @param contraction MRR lost by paying accounts that shrank in their own currency but still pay
 * @param churn MRR lost by accounts that stopped paying
 * @param fxImpact change in value of continuing accounts' start MRR from exchange rates, signed
 * @param endMrr total MRR in {@code endMonth} in the reporting currency, not negative
 * @param endAccounts paying accounts in {@code endMonth}, not negative
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record FxBridgePeriod(YearMonth startMonth, YearMonth endMonth, Money startMrr, long startAccounts,
        MovementTotal newBusiness, MovementTotal expansion, MovementTotal reactivation, MovementTotal contraction,
        MovementTotal churn, Money fxImpact, Money endMrr, long endAccounts)
        implements Serializable, MrrBridge.ChainedPeriod {

    /**
     * Validates the period and its bridge.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code endMonth} is not after {@code startMonth}, an
     *     MRR or account count is negative, or the money or the account bridge does not sum
     * @throws CurrencyMismatchException if the amounts' currencies differ
     */
    public FxBridgePeriod {
        Objects.requireNonNull(startMonth, "startMonth must not be null");
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        Objects.requireNonNull(startMrr, "startMrr must not be null");
        Objects.requireNonNull(newBusiness, "newBusiness must not be null");
        Objects.requireNonNull(expansion, "expansion must not be null");
        Objects.requireNonNull(reactivation, "reactivation must not be null");
        Objects.requireNonNull(contraction, "contraction must not be null");
        Objects.requireNonNull(churn, "churn must not be null");
        Objects.requireNonNull(fxImpact, "fxImpact must not be null");
        Objects.requireNonNull(endMrr, "endMrr must not be null");
        MrrBridgePeriod.checkEnds(startMonth, endMonth, startMrr, endMrr, startAccounts, endAccounts);
        Money bridged = startMrr.plus(newBusiness.amount()).plus(expansion.amount()).plus(reactivation.amount())
                .minus(contraction.amount()).minus(churn.amount()).plus(fxImpact);
        if (!bridged.isEqual(endMrr)) {
            throw new IllegalArgumentException("FX MRR bridge does not sum: startMrr " + startMrr + " + new "
                    + newBusiness.amount() + " + expansion " + expansion.amount() + " + reactivation "
                    + reactivation.amount() + " − contraction " + contraction.amount() + " − churn " + churn.amount()
                    + " + fxImpact " + fxImpact + " = " + bridged + ", but endMrr is " + endMrr);
        }
        long bridgedAccounts = startAccounts + newBusiness.count() + reactivation.count() - churn.count();
        if (bridgedAccounts != endAccounts) {
            throw new IllegalArgumentException("account bridge does not sum: startAccounts " + startAccounts + " + new "
                    + newBusiness.count() + " + reactivation " + reactivation.count() + " − churn " + churn.count()
                    + " = " + bridgedAccounts + ", but endAccounts is " + endAccounts);
        }
    }

    /**
     * Returns the total of one kind of movement.
     *
     * @param type the movement, not null
     * @return its total
     * @throws NullPointerException if {@code type} is null
     */
    public MovementTotal movement(MovementType type) {
        Objects.requireNonNull(type, "type must not be null");
        return switch (type) {
            case NEW -> newBusiness;
            case EXPANSION -> expansion;
            case REACTIVATION -> reactivation;
            case CONTRACTION -> contraction;
            case CHURN -> churn;
        };
    }

    /**
     * Returns the net new MRR excluding FX, {@code new + expansion + reactivation − contraction −
     * churn = endMrr − startMrr − fxImpact}: the growth the business made, in the reporting
     * currency.
     *
     * @return the change, negative when MRR shrank
     */
    public Money netNewMrrExcludingFx() {
        return endMrr.minus(startMrr).minus(fxImpact);
    }

    /**
     * Returns e.g. {@code "2024-01→2024-02: USD 160 (2) + new ... + fx USD 10 = USD 180 (1)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return startMonth + "→" + endMonth + ": " + startMrr + " (" + startAccounts + ") + new " + newBusiness
                + " + expansion " + expansion + " + reactivation " + reactivation + " − contraction " + contraction
                + " − churn " + churn + " + fx " + fxImpact + " = " + endMrr + " (" + endAccounts + ")";
    }
}
