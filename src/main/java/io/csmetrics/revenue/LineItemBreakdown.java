package io.csmetrics.revenue;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Mrr;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The change in MRR between two month-end snapshots of billing line items, taken apart into what
 * caused it: seats (quantity), price (plan), discounts, other product lines (cross-sell), and
 * accounts starting and stopping.
 *
 * <p>Per account and product line {@code k}, with {@code Q} the quantity, {@code G} the gross
 * (list-price) MRR and {@code N} the MRR on the {@link DiscountBasis} of the billed items on the
 * last day of the start month (index 0) and of the end month (index 1):
 * <ul>
 *   <li>an account paying in neither, or only one, of the months: {@code newBusiness = N₁} or
 *   {@code churn = N₀} (all its products);</li>
 *   <li>an account paying in both, product in both: seat effect {@code (G₀/Q₀)·(Q₁ − Q₀)}, price
 *   effect {@code G₁ − (G₀/Q₀)·Q₁}, discount effect {@code (N₁ − G₁) − (N₀ − G₀)}; each goes to
 *   the expansion or contraction side by its sign (a discount that ends is {@code discountEnded},
 *   not an expansion);</li>
 *   <li>an account paying in both, product only at the end: {@code crossSell = N₁}; only at the
 *   start: {@code productChurn = N₀}.</li>
 * </ul>
 * The parts add up exactly, and construction checks it:
 * <pre>
 *   endMrr − startMrr = new − churn + seatExpansion − seatContraction + priceExpansion − priceContraction
 *                       + discountEnded − discountAdded + crossSell − productChurn
 * </pre>
 * Upsell is seat plus price expansion on a product the account already had; cross-sell is a
 * product line it did not have — the split the documents ask for. All amounts are exact
 * {@link Mrr}.
 *
 * <p>Worked example (USD, January → February): account a has 10 seats of {@code crm/basic} at
 * USD 30 with 20 % off until 1 February; in February 12 seats of {@code crm/pro} at USD 40 (no
 * discount) and a new product {@code bi} at USD 100. Start N₀ = 240, G₀ = 300; end crm N₁ = G₁ =
 * 480. Seat effect 30 × 2 = 60; price effect 480 − 30 × 12 = 120; discount effect 0 − (−60) = 60
 * (ended); cross-sell 100. 240 + 60 + 120 + 60 + 100 = 580 = end MRR.
 *
 * @param startMonth the start month, not null
 * @param endMonth the end month, after {@code startMonth}, not null
 * @param startMrr MRR at the start, not negative
 * @param endMrr MRR at the end, not negative
 * @param startSeats purchased units billed at the start (Σ quantity), not negative
 * @param endSeats purchased units billed at the end, not negative
 * @param newBusiness MRR of accounts not paying at the start
 * @param churn MRR of accounts not paying at the end
 * @param seatExpansion MRR added by more units of a product
 * @param seatContraction MRR lost by fewer units
 * @param priceExpansion MRR added by a higher unit price (plan upgrade, price rise)
 * @param priceContraction MRR lost by a lower unit price
 * @param discountEnded MRR added by discounts that ended or shrank
 * @param discountAdded MRR lost to discounts that started or grew
 * @param crossSell MRR of product lines new to a paying account
 * @param productChurn MRR of product lines a still-paying account dropped
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record LineItemBreakdown(YearMonth startMonth, YearMonth endMonth, Mrr startMrr, Mrr endMrr, long startSeats,
        long endSeats, Mrr newBusiness, Mrr churn, Mrr seatExpansion, Mrr seatContraction, Mrr priceExpansion,
        Mrr priceContraction, Mrr discountEnded, Mrr discountAdded, Mrr crossSell, Mrr productChurn)
        implements Serializable {

    /**
     * Validates the parts and their sum.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code endMonth} is not after {@code startMonth}, an
     *     amount or seat count is negative, or the parts do not add up
     * @throws CurrencyMismatchException if the currencies differ
     */
    public LineItemBreakdown {
        Objects.requireNonNull(startMonth, "startMonth must not be null");
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        Mrr[] parts = {startMrr, endMrr, newBusiness, churn, seatExpansion, seatContraction, priceExpansion,
            priceContraction, discountEnded, discountAdded, crossSell, productChurn};
        for (Mrr m : parts) {
            Objects.requireNonNull(m, "amounts must not be null");
            if (m.signum() < 0) {
                throw new IllegalArgumentException("amounts must not be negative: " + m);
            }
        }
        if (!endMonth.isAfter(startMonth)) {
            throw new IllegalArgumentException("endMonth (" + endMonth + ") must be after startMonth (" + startMonth + ")");
        }
        if (startSeats < 0 || endSeats < 0) {
            throw new IllegalArgumentException("seats must not be negative: " + startSeats + ", " + endSeats);
        }
        Mrr bridged = startMrr.plus(newBusiness).minus(churn).plus(seatExpansion).minus(seatContraction)
                .plus(priceExpansion).minus(priceContraction).plus(discountEnded).minus(discountAdded).plus(crossSell)
                .minus(productChurn);
        if (bridged.compareTo(endMrr) != 0) {
            throw new IllegalArgumentException("breakdown does not sum: " + bridged + ", but endMrr is " + endMrr);
        }
    }

    /**
     * Takes the change between two month-end snapshots of line items apart.
     *
     * @param items the items of any number of accounts, one currency, not null, no null element
     * @param startMonth the start month, not null
     * @param endMonth the end month, after {@code startMonth}, not null
     * @param basis net or gross of discounts ({@code GROSS} gives no discount effects), not null
     * @param currency the items' currency, not null
     * @return the breakdown
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code endMonth} is not after {@code startMonth}
     * @throws CurrencyMismatchException if an item is in another currency
     */
    public static LineItemBreakdown between(Collection<LineItem> items, YearMonth startMonth, YearMonth endMonth,
            DiscountBasis basis, java.util.Currency currency) {
        Objects.requireNonNull(items, "items must not be null");
        Objects.requireNonNull(startMonth, "startMonth must not be null");
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        if (!endMonth.isAfter(startMonth)) {
            throw new IllegalArgumentException("endMonth (" + endMonth + ") must be after startMonth (" + startMonth + ")");
        }
        LocalDate d0 = startMonth.atEndOfMonth();
        LocalDate d1 = endMonth.atEndOfMonth();
        Map<String, Map<String, Line[]>> byAccount = new TreeMap<>();
        for (LineItem item : items) {
            Objects.requireNonNull(item, "items must not contain null");
            if (!item.unitPrice().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, item.unitPrice().currency());
            }
            Line[] lines = byAccount.computeIfAbsent(item.accountId(), k -> new HashMap<>())
                    .computeIfAbsent(item.product(), k -> new Line[] {new Line(currency), new Line(currency)});
            lines[0].add(item, d0, basis);
            lines[1].add(item, d1, basis);
        }
        Mrr zero = Mrr.zero(currency);
        Mrr[] s = new Mrr[12];
        java.util.Arrays.fill(s, zero);
        final int start = 0, end = 1, nw = 2, ch = 3, sx = 4, sc = 5, px = 6, pc = 7, de = 8, da = 9, xs = 10, pch = 11;
        long seats0 = 0;
        long seats1 = 0;
        for (Map<String, Line[]> products : byAccount.values()) {
            Mrr n0 = zero;
            Mrr n1 = zero;
            for (Line[] l : products.values()) {
                n0 = n0.plus(l[0].net);
                n1 = n1.plus(l[1].net);
                seats0 += l[0].quantity;
                seats1 += l[1].quantity;
            }
            s[start] = s[start].plus(n0);
            s[end] = s[end].plus(n1);
            boolean paid0 = n0.signum() > 0;
            boolean paid1 = n1.signum() > 0;
            if (!paid0 || !paid1) {
                if (paid1) {
                    s[nw] = s[nw].plus(n1);
                }
                if (paid0) {
                    s[ch] = s[ch].plus(n0);
                }
                continue;
            }
            for (Line[] l : products.values()) {
                Line a = l[0];
                Line b = l[1];
                if (a.quantity == 0 && b.quantity == 0) {
                    continue;
                }
                if (a.quantity == 0) {
                    s[xs] = s[xs].plus(b.net);
                } else if (b.quantity == 0) {
                    s[pch] = s[pch].plus(a.net);
                } else {
                    Mrr unit0 = a.gross.dividedBy(a.quantity);
                    Mrr seat = unit0.multipliedBy(b.quantity - a.quantity);
                    Mrr price = b.gross.minus(unit0.multipliedBy(b.quantity));
                    Mrr discount = b.net.minus(b.gross).minus(a.net.minus(a.gross));
                    addSigned(s, sx, sc, seat);
                    addSigned(s, px, pc, price);
                    addSigned(s, de, da, discount);
                }
            }
        }
        return new LineItemBreakdown(startMonth, endMonth, s[start], s[end], seats0, seats1, s[nw], s[ch], s[sx], s[sc],
                s[px], s[pc], s[de], s[da], s[xs], s[pch]);
    }

    private static void addSigned(Mrr[] s, int up, int down, Mrr amount) {
        if (amount.signum() > 0) {
            s[up] = s[up].plus(amount);
        } else if (amount.signum() < 0) {
            s[down] = s[down].minus(amount);
        }
    }

    /** Quantity, gross and basis MRR of one account's product line on one day. */
    private static final class Line {
        long quantity;
        Mrr gross;
        Mrr net;

        Line(java.util.Currency currency) {
            gross = Mrr.zero(currency);
            net = gross;
        }

        void add(LineItem item, LocalDate day, DiscountBasis basis) {
            if (item.isBilledOn(day)) {
                quantity = Math.addExact(quantity, item.quantity());
                gross = gross.plus(item.grossMrr());
                net = net.plus(item.mrrOn(day, basis));
            }
        }
    }

    /**
     * Returns the upsell MRR: seat and price expansion on product lines the account already had.
     *
     * @return {@code seatExpansion + priceExpansion}
     */
    public Mrr upsell() {
        return seatExpansion.plus(priceExpansion);
    }

    /**
     * Returns the average MRR per purchased seat at the end, {@code endMrr / endSeats}.
     *
     * @return ARPU per seat, exact; empty with no seat
     */
    public Optional<Mrr> endArpuPerSeat() {
        return endSeats == 0 ? Optional.empty() : Optional.of(endMrr.dividedBy(endSeats));
    }
}
