package io.csmetrics.revenue;

import io.csmetrics.BillingPeriod;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One subscription item or invoice line, the raw material of MRR: an account's product and plan,
 * unit price per billing interval, quantity (seats), discount, and the dates it is active.
 *
 * <p>The item is active on day {@code d} when {@code start ≤ d}, {@code d < end} (if it ends),
 * and {@code d ≥ trialEnd} (a trial is not MRR). Its monthly value is
 * <pre>
 *   gross MRR = unitPrice × quantity / months(interval)
 *   net MRR   = gross MRR × (1 − percent/100)                         (percentage discount)
 *             = (unitPrice × quantity − fixed) / months(interval)     (fixed discount off each period)
 * </pre>
 * with the discount in force from {@code start} until {@code start + months} (or forever), exact
 * ({@link Mrr} arithmetic).
 *
 * <p>Example: 10 seats of plan {@code pro} of product {@code crm} at USD 30 a month with 20 % off
 * for three months: gross USD 300, net USD 240 in the first three months, then USD 300.
 *
 * @param accountId the account, not blank
 * @param product the product line (for upsell vs cross-sell), not blank
 * @param plan the plan, not blank
 * @param unitPrice the price of one unit for one billing interval, not negative
 * @param interval the billing interval, not null
 * @param quantity the number of units (seats), at least 1
 * @param discount the discount, {@link Discount#NONE} if none, not null; a fixed one in the price's
 *     currency and at most {@code unitPrice × quantity}
 * @param start the first active day, not null
 * @param end the first day no longer active; empty while the item runs
 * @param trialEnd the first paid day if the item starts with a trial; empty otherwise
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record LineItem(String accountId, String product, String plan, Money unitPrice, BillingPeriod interval,
        long quantity, Discount discount, LocalDate start, Optional<LocalDate> end, Optional<LocalDate> trialEnd)
        implements Serializable {

    /**
     * Validates the item.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a name is blank, the price is negative, the quantity is
     *     below 1, a fixed discount exceeds the period's amount, or {@code end} is not after
     *     {@code start}
     * @throws CurrencyMismatchException if a fixed discount's currency differs from the price's
     */
    public LineItem {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(product, "product must not be null");
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(unitPrice, "unitPrice must not be null");
        Objects.requireNonNull(interval, "interval must not be null");
        Objects.requireNonNull(discount, "discount must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(trialEnd, "trialEnd must not be null");
        if (accountId.isBlank() || product.isBlank() || plan.isBlank()) {
            throw new IllegalArgumentException("accountId, product and plan must not be blank: '" + accountId + "', '"
                    + product + "', '" + plan + "'");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unitPrice of " + accountId + "/" + product + " must not be negative: "
                    + unitPrice);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity of " + accountId + "/" + product + " must be at least 1: "
                    + quantity);
        }
        if (discount.fixed() != null) {
            if (!discount.fixed().isSameCurrency(unitPrice)) {
                throw new CurrencyMismatchException(unitPrice.currency(), discount.fixed().currency());
            }
            if (discount.fixed().isGreaterThan(unitPrice.multipliedBy(quantity))) {
                throw new IllegalArgumentException("fixed discount " + discount.fixed() + " of " + accountId + "/" + product
                        + " exceeds the period's amount " + unitPrice.multipliedBy(quantity));
            }
        }
        if (end.isPresent() && !end.get().isAfter(start)) {
            throw new IllegalArgumentException("end (" + end.get() + ") of " + accountId + "/" + product
                    + " must be after start (" + start + ")");
        }
    }

    /**
     * Returns a running monthly item without discount or trial.
     *
     * @param accountId the account, not blank
     * @param product the product line, not blank
     * @param plan the plan, not blank
     * @param monthlyUnitPrice the price of one unit a month, not negative
     * @param quantity the units, at least 1
     * @param start the first active day, not null
     * @return the item
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the constructor
     */
    public static LineItem monthly(String accountId, String product, String plan, Money monthlyUnitPrice, long quantity,
            LocalDate start) {
        return new LineItem(accountId, product, plan, monthlyUnitPrice, BillingPeriod.MONTHLY, quantity, Discount.NONE,
                start, Optional.empty(), Optional.empty());
    }

    /**
     * Returns this item with a discount.
     *
     * @param newDiscount the discount, not null
     * @return the item; {@code this} if the discount is equal
     * @throws NullPointerException if {@code newDiscount} is null
     * @throws IllegalArgumentException as the constructor
     */
    public LineItem withDiscount(Discount newDiscount) {
        Objects.requireNonNull(newDiscount, "newDiscount must not be null");
        return newDiscount.equals(discount) ? this
                : new LineItem(accountId, product, plan, unitPrice, interval, quantity, newDiscount, start, end, trialEnd);
    }

    /**
     * Returns this item ending on a day.
     *
     * @param newEnd the first day no longer active, after {@code start}, not null
     * @return the item
     * @throws NullPointerException if {@code newEnd} is null
     * @throws IllegalArgumentException as the constructor
     */
    public LineItem withEnd(LocalDate newEnd) {
        return new LineItem(accountId, product, plan, unitPrice, interval, quantity, discount, start,
                Optional.of(Objects.requireNonNull(newEnd, "newEnd must not be null")), trialEnd);
    }

    /**
     * Returns this item starting with a trial.
     *
     * @param newTrialEnd the first paid day, not null
     * @return the item
     * @throws NullPointerException if {@code newTrialEnd} is null
     */
    public LineItem withTrialEnd(LocalDate newTrialEnd) {
        return new LineItem(accountId, product, plan, unitPrice, interval, quantity, discount, start, end,
                Optional.of(Objects.requireNonNull(newTrialEnd, "newTrialEnd must not be null")));
    }

    /**
     * Tells whether the item is billed (active, out of trial) on a day.
     *
     * @param day the day, not null
     * @return true if {@code start ≤ day < end} and the trial is over
     * @throws NullPointerException if {@code day} is null
     */
    public boolean isBilledOn(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return !day.isBefore(start) && (end.isEmpty() || day.isBefore(end.get()))
                && (trialEnd.isEmpty() || !day.isBefore(trialEnd.get()));
    }

    /**
     * Tells whether the discount is in force on a day.
     *
     * @param day the day, not null
     * @return true if the discount is not zero and {@code day < start + months} (or it is forever)
     * @throws NullPointerException if {@code day} is null
     */
    public boolean isDiscountedOn(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return !discount.isZero()
                && (discount.months().isEmpty() || day.isBefore(start.plusMonths(discount.months().getAsInt())));
    }

    /**
     * Returns the monthly value at list price, {@code unitPrice × quantity / months(interval)}.
     *
     * @return the gross MRR, exact
     */
    public Mrr grossMrr() {
        return Mrr.of(unitPrice.multipliedBy(quantity), interval);
    }

    /**
     * Returns the monthly value with the discount applied.
     *
     * @return the net MRR while discounted, exact; the gross MRR for a zero discount
     */
    public Mrr discountedMrr() {
        if (discount.isZero()) {
            return grossMrr();
        }
        if (discount.fixed() != null) {
            return Mrr.of(unitPrice.multipliedBy(quantity).minus(discount.fixed()), interval);
        }
        BigDecimal p = discount.percent().stripTrailingZeros();
        int scale = Math.max(0, p.scale());
        long denominator = BigDecimal.valueOf(100).movePointRight(scale).longValueExact();
        long keep = denominator - p.movePointRight(scale).longValueExact();
        return grossMrr().multipliedBy(keep).dividedBy(denominator);
    }

    /**
     * Returns the monthly value on a day under a discount basis.
     *
     * @param day the day, not null
     * @param basis net or gross of discounts, not null
     * @return the MRR on that day; zero if not billed
     * @throws NullPointerException if an argument is null
     */
    public Mrr mrrOn(LocalDate day, DiscountBasis basis) {
        Objects.requireNonNull(basis, "basis must not be null");
        if (!isBilledOn(day)) {
            return Mrr.zero(unitPrice.currency());
        }
        return basis == DiscountBasis.NET && isDiscountedOn(day) ? discountedMrr() : grossMrr();
    }
}
