package io.csmetrics.revenue;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of one segment's MRR bridge, with the moves of accounts between segments as their own
 * movements.
 *
 * <p>The bridge holds exactly, and construction checks it:
 * <pre>
 *   startMrr + new + expansion + reactivation − contraction − churn + segmentIn − segmentOut = endMrr
 *   startAccounts + count(new) + count(reactivation) − count(churn) + count(segmentIn) − count(segmentOut) = endAccounts
 * </pre>
 * For an account with MRR {@code p} in the start month and {@code c} in the end month (both in
 * minor units), in segment {@code A} in the start month and {@code B} in the end month:
 * <ul>
 *   <li>if {@code A = B}, or it does not pay in both months, its movement is classified as in
 *   {@link MovementType} and counted in the segment where the revenue is: a churn in {@code A},
 *   a new or reactivated account in {@code B};</li>
 *   <li>if {@code A ≠ B} and it pays in both months, {@code A} records a segment-out of {@code p},
 *   {@code B} a segment-in of {@code p}, and {@code B} also the expansion or contraction
 *   {@code |c − p|} (a plan change that also changes the price: the move at the old price, the
 *   price change in the new segment).</li>
 * </ul>
 * So the account is never a churn and a new account, and over all segments segment-ins equal
 * segment-outs, each movement sums to the total bridge's, and {@code Σ segments = total}.
 *
 * <p>Worked example (USD): account x moves from plan {@code basic} at USD 50 to plan {@code pro}
 * at USD 80. {@code basic}: start 50, segment-out 50, end 0. {@code pro}: start 0, segment-in 50,
 * expansion 30, end 80. Total: start 50, expansion 30, end 80.
 *
 * @param segment the segment, not blank
 * @param startMonth the month the period starts from, not null
 * @param endMonth the month it ends in, after {@code startMonth}, not null
 * @param startMrr the segment's MRR in {@code startMonth}, not negative
 * @param startAccounts the segment's paying accounts in {@code startMonth}, not negative
 * @param newBusiness MRR of accounts paying for the first time, in this segment
 * @param expansion MRR added by accounts that grew, in the segment they end in
 * @param reactivation MRR of accounts that return after at least one month at zero
 * @param contraction MRR lost by accounts that shrank, in the segment they end in
 * @param churn MRR lost by accounts that stopped paying, in the segment they left from
 * @param segmentIn start-month MRR of paying accounts that moved into this segment
 * @param segmentOut start-month MRR of paying accounts that moved out of this segment
 * @param endMrr the segment's MRR in {@code endMonth}, not negative
 * @param endAccounts the segment's paying accounts in {@code endMonth}, not negative
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record SegmentBridgePeriod(String segment, YearMonth startMonth, YearMonth endMonth, Money startMrr,
        long startAccounts, MovementTotal newBusiness, MovementTotal expansion, MovementTotal reactivation,
        MovementTotal contraction, MovementTotal churn, MovementTotal segmentIn, MovementTotal segmentOut,
        Money endMrr, long endAccounts) implements Serializable {

    /**
     * Validates the period and its bridge.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code segment} is blank, {@code endMonth} is not after
     *     {@code startMonth}, an MRR or account count is negative, or a bridge does not sum
     * @throws CurrencyMismatchException if the amounts' currencies differ
     */
    public SegmentBridgePeriod {
        Objects.requireNonNull(segment, "segment must not be null");
        Objects.requireNonNull(startMonth, "startMonth must not be null");
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        Objects.requireNonNull(startMrr, "startMrr must not be null");
        Objects.requireNonNull(newBusiness, "newBusiness must not be null");
        Objects.requireNonNull(expansion, "expansion must not be null");
        Objects.requireNonNull(reactivation, "reactivation must not be null");
        Objects.requireNonNull(contraction, "contraction must not be null");
        Objects.requireNonNull(churn, "churn must not be null");
        Objects.requireNonNull(segmentIn, "segmentIn must not be null");
        Objects.requireNonNull(segmentOut, "segmentOut must not be null");
        Objects.requireNonNull(endMrr, "endMrr must not be null");
        if (segment.isBlank()) {
            throw new IllegalArgumentException("segment must not be blank: '" + segment + "'");
        }
        MrrBridgePeriod.checkEnds(startMonth, endMonth, startMrr, endMrr, startAccounts, endAccounts);
        Money bridged = startMrr.plus(newBusiness.amount()).plus(expansion.amount()).plus(reactivation.amount())
                .minus(contraction.amount()).minus(churn.amount()).plus(segmentIn.amount()).minus(segmentOut.amount());
        if (!bridged.isEqual(endMrr)) {
            throw new IllegalArgumentException("segment " + segment + ": MRR bridge does not sum: startMrr " + startMrr
                    + " + new " + newBusiness.amount() + " + expansion " + expansion.amount() + " + reactivation "
                    + reactivation.amount() + " − contraction " + contraction.amount() + " − churn " + churn.amount()
                    + " + segmentIn " + segmentIn.amount() + " − segmentOut " + segmentOut.amount() + " = " + bridged
                    + ", but endMrr is " + endMrr);
        }
        long bridgedAccounts = startAccounts + newBusiness.count() + reactivation.count() - churn.count()
                + segmentIn.count() - segmentOut.count();
        if (bridgedAccounts != endAccounts) {
            throw new IllegalArgumentException("segment " + segment + ": account bridge does not sum: startAccounts "
                    + startAccounts + " + new " + newBusiness.count() + " + reactivation " + reactivation.count()
                    + " − churn " + churn.count() + " + segmentIn " + segmentIn.count() + " − segmentOut "
                    + segmentOut.count() + " = " + bridgedAccounts + ", but endAccounts is " + endAccounts);
        }
    }

    /**
     * Returns the total of one kind of movement.
     *
     * @param type the movement, not null
     * @return its total in this segment
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
     * Returns a one-line text.
     *
     * @return e.g. {@code "basic 2024-01→2024-02: USD 50.00 (1) ... − out USD 50.00 (1 account) = USD 0.00 (0)"}
     */
    @Override
    public String toString() {
        return segment + " " + startMonth + "→" + endMonth + ": " + startMrr + " (" + startAccounts + ") + new "
                + newBusiness + " + expansion " + expansion + " + reactivation " + reactivation + " − contraction "
                + contraction + " − churn " + churn + " + in " + segmentIn + " − out " + segmentOut + " = " + endMrr
                + " (" + endAccounts + ")";
    }
}
