package io.csmetrics.revenue;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds the monthly MRR series the bridge, retention and cohorts need from billing line items
 * (subscription items or invoice lines), under a named {@link ProrationRule} and
 * {@link DiscountBasis}.
 *
 * <p>An account's MRR in month {@code m} is the exact sum over its items:
 * <pre>
 *   END_OF_MONTH_SNAPSHOT: Σ item.mrrOn(last day of m)
 *   DAY_WEIGHTED:          Σ Σ_{d in m} item.mrrOn(d) / days(m)
 * </pre>
 * (see {@link LineItem#mrrOn(LocalDate, DiscountBasis)}), rounded once, to the currency's minor
 * unit, with the caller's {@link RoundingMode} — {@code UNNECESSARY} throws rather than rounds,
 * for books whose prices divide evenly.
 *
 * <p>Example (USD, April 2024): an item of 10 seats at USD 30 from 11 April with 20 % off for 3
 * months. Snapshot: April USD 240 (net) or USD 300 (gross); July USD 300 (the discount ended on
 * 11 July). Day-weighted: April 240 × 20/30 = USD 160.
 *
 * @since 0.2.0
 */
public final class LineItemMrr {

    private LineItemMrr() {
    }

    /**
     * Returns the exact MRR of some items in a month.
     *
     * @param items the items, of one currency, not null, no null element
     * @param month the month, not null
     * @param rule the proration rule, not null
     * @param basis net or gross of discounts, not null
     * @param currency the currency of the items (the result's, also when there are none), not null
     * @return the MRR, exact
     * @throws NullPointerException if an argument or element is null
     * @throws CurrencyMismatchException if an item is in another currency
     */
    public static Mrr mrr(Collection<LineItem> items, YearMonth month, ProrationRule rule, DiscountBasis basis,
            Currency currency) {
        Objects.requireNonNull(items, "items must not be null");
        Objects.requireNonNull(month, "month must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Mrr total = Mrr.zero(Objects.requireNonNull(currency, "currency must not be null"));
        for (LineItem item : items) {
            Objects.requireNonNull(item, "items must not contain null");
            if (!item.unitPrice().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, item.unitPrice().currency());
            }
            total = total.plus(itemMrr(item, month, rule, basis));
        }
        return total;
    }

    private static Mrr itemMrr(LineItem item, YearMonth month, ProrationRule rule, DiscountBasis basis) {
        if (rule == ProrationRule.END_OF_MONTH_SNAPSHOT) {
            return item.mrrOn(month.atEndOfMonth(), basis);
        }
        int days = month.lengthOfMonth();
        long discounted = 0;
        long full = 0;
        for (int d = 1; d <= days; d++) {
            LocalDate day = month.atDay(d);
            if (item.isBilledOn(day)) {
                if (basis == DiscountBasis.NET && item.isDiscountedOn(day)) {
                    discounted++;
                } else {
                    full++;
                }
            }
        }
        Mrr sum = item.grossMrr().multipliedBy(full);
        if (discounted > 0) {
            sum = sum.plus(item.discountedMrr().multipliedBy(discounted));
        }
        return sum.dividedBy(days);
    }

    /**
     * Returns one MRR history per account over a window, from its items.
     *
     * @param items the items of any number of accounts, each account in one currency, not null,
     *     no null element
     * @param firstMonth the first month, not null
     * @param lastMonth the last month, not before {@code firstMonth}, not null
     * @param rule the proration rule, not null
     * @param basis net or gross of discounts, not null
     * @param rounding how an account-month's exact MRR is rounded to minor units, not null;
     *     {@code UNNECESSARY} throws if rounding is needed
     * @return the histories over the window, one per account with items, sorted by account id,
     *     unmodifiable
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code lastMonth} is before {@code firstMonth} or the
     *     window exceeds {@link MrrBridgeAccumulator#MAX_MONTHS}
     * @throws CurrencyMismatchException if one account's items are in several currencies
     * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and an amount needs
     *     rounding; the message names account and month
     */
    public static List<MrrHistory> histories(Collection<LineItem> items, YearMonth firstMonth, YearMonth lastMonth,
            ProrationRule rule, DiscountBasis basis, RoundingMode rounding) {
        Objects.requireNonNull(items, "items must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(rounding, "rounding must not be null");
        int n = Months.window(firstMonth, lastMonth, "firstMonth", "lastMonth", MrrBridgeAccumulator.MAX_MONTHS);
        Map<String, List<LineItem>> byAccount = new TreeMap<>();
        for (LineItem item : items) {
            Objects.requireNonNull(item, "items must not contain null");
            byAccount.computeIfAbsent(item.accountId(), k -> new ArrayList<>()).add(item);
        }
        List<MrrHistory> out = new ArrayList<>(byAccount.size());
        byAccount.forEach((account, list) -> {
            Currency currency = list.get(0).unitPrice().currency();
            long[] units = new long[n];
            for (int w = 0; w < n; w++) {
                YearMonth month = firstMonth.plusMonths(w);
                Mrr exact = mrr(list, month, rule, basis, currency);
                try {
                    units[w] = exact.toMoney(rounding).toMinorUnits();
                } catch (ArithmeticException e) {
                    throw new ArithmeticException("MRR " + exact + " of account " + account + " in " + month
                            + " needs rounding: " + e.getMessage());
                }
            }
            out.add(MrrHistory.of(account, currency, firstMonth, units));
        });
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the purchased seats (units) of each account at the end of each month of a window:
     * {@code Σ quantity} of its items billed on the month's last day. Paired with the active users
     * of a month (e.g. from {@code io.csmetrics.usage.ActiveUsers}), it gives seat utilisation
     * over time, {@code active / purchased}, not only at signup.
     *
     * <p>Example: 10 seats from 11 April, 12 from 1 June: April 10, May 10, June 12.
     *
     * @param items the items, not null, no null element
     * @param firstMonth the first month, not null
     * @param lastMonth the last month, not before {@code firstMonth}, not null
     * @return per account id (sorted), the seats of each month of the window; unmodifiable
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the window is invalid
     * @throws ArithmeticException if a month's seats overflow a {@code long}
     */
    public static Map<String, long[]> purchasedSeats(Collection<LineItem> items, YearMonth firstMonth,
            YearMonth lastMonth) {
        Objects.requireNonNull(items, "items must not be null");
        int n = Months.window(firstMonth, lastMonth, "firstMonth", "lastMonth", MrrBridgeAccumulator.MAX_MONTHS);
        TreeMap<String, long[]> seats = new TreeMap<>();
        for (LineItem item : items) {
            Objects.requireNonNull(item, "items must not contain null");
            long[] s = seats.computeIfAbsent(item.accountId(), k -> new long[n]);
            for (int w = 0; w < n; w++) {
                if (item.isBilledOn(firstMonth.plusMonths(w).atEndOfMonth())) {
                    s[w] = Math.addExact(s[w], item.quantity());
                }
            }
        }
        return Collections.unmodifiableMap(seats);
    }

    /**
     * Returns the MRR of one account's items in a month, rounded.
     *
     * @param items the account's items, not null
     * @param month the month, not null
     * @param rule the proration rule, not null
     * @param basis net or gross, not null
     * @param currency the currency, not null
     * @param rounding the rounding, not null
     * @return the MRR at the currency's scale
     * @throws NullPointerException if an argument or element is null
     * @throws CurrencyMismatchException if an item is in another currency
     * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed
     */
    public static Money mrrRounded(Collection<LineItem> items, YearMonth month, ProrationRule rule, DiscountBasis basis,
            Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding must not be null");
        return mrr(items, month, rule, basis, currency).toMoney(rounding);
    }
}
