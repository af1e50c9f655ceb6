package io.csmetrics.revenue;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds monthly MRR histories (and snapshots) from subscription start, price-change and end
 * events, for users whose billing system records events rather than monthly MRR.
 *
 * <p>An account's MRR in a month is the sum over its subscriptions of the MRR in effect that month
 * (see {@link SubscriptionEvent}), each subscription's MRR first rounded to the currency's minor
 * unit with the caller's {@link RoundingMode} (an annual price of USD 1,000 is USD 1000/12 a month;
 * {@code HALF_EVEN} invoices it as USD 83.33; {@code UNNECESSARY} rejects it).
 *
 * <p><b>Validation.</b> For each subscription, ordered by month (events may come in any order):
 * the first event is a start; a price change or an end needs a running subscription; a start
 * needs a stopped one; two events of one subscription in one month are rejected (their order would
 * be ambiguous). All events share one currency. Nothing is returned unless every event is valid.
 * Events after the window's last month are validated but do not show; events before its first
 * month set the MRR in effect when the window opens.
 *
 * <p>Example: {@code start(acme, s1, 2024-01, USD 100)}, {@code priceChange(acme, s1, 2024-03,
 * USD 150)}, {@code end(acme, s1, 2024-05)} over January–June 2024 give acme the history
 * {@code 100, 100, 150, 150, 0, 0} (in USD).
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class SubscriptionEvents {

    private SubscriptionEvents() {
    }

    /**
     * Returns one history per account over a window, sorted by account id.
     *
     * @param events the events, any order, not null, no null element, at least one
     * @param firstMonth the first month of every history, not null
     * @param lastMonth the last month of every history, not before {@code firstMonth}, not null
     * @param rounding how each subscription's MRR is rounded to minor units, not null
     * @return the histories, each from {@code firstMonth} to {@code lastMonth}, unmodifiable
     * @throws NullPointerException if an argument or event is null
     * @throws IllegalArgumentException if {@code events} is empty, the window is invalid, a
     *     subscription's events are out of order (see the class documentation) or two fall in one
     *     month, or rounding is {@code UNNECESSARY} and an MRR is not a whole number of minor units
     * @throws CurrencyMismatchException if the events' currencies differ
     */
    public static List<MrrHistory> toHistories(Collection<SubscriptionEvent> events, YearMonth firstMonth,
            YearMonth lastMonth, RoundingMode rounding) {
        Objects.requireNonNull(events, "events must not be null");
        Objects.requireNonNull(rounding, "rounding must not be null");
        int months = Months.window(firstMonth, lastMonth, "firstMonth", "lastMonth", MrrBridgeAccumulator.MAX_MONTHS);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must not be empty");
        }
        Currency currency = null;
        Map<String, Map<String, List<SubscriptionEvent>>> byAccount = new TreeMap<>();
        for (SubscriptionEvent e : events) {
            Objects.requireNonNull(e, "events must not contain null");
            if (e.mrr() != null) {
                if (currency == null) {
                    currency = e.mrr().currency();
                } else if (!currency.equals(e.mrr().currency())) {
                    throw new CurrencyMismatchException(currency, e.mrr().currency());
                }
            }
            byAccount.computeIfAbsent(e.accountId(), k -> new TreeMap<>())
                    .computeIfAbsent(e.subscriptionId(), k -> new ArrayList<>()).add(e);
        }
        if (currency == null) {
            throw new IllegalArgumentException("events must contain a START event (none carries an MRR): " + events);
        }
        List<MrrHistory> histories = new ArrayList<>(byAccount.size());
        for (Map.Entry<String, Map<String, List<SubscriptionEvent>>> account : byAccount.entrySet()) {
            long[] series = new long[months];
            for (List<SubscriptionEvent> subscription : account.getValue().values()) {
                addSubscription(subscription, firstMonth, series, rounding);
            }
            histories.add(MrrHistory.of(account.getKey(), currency, firstMonth, series));
        }
        return Collections.unmodifiableList(histories);
    }

    /**
     * Returns the snapshots of {@link #toHistories(Collection, YearMonth, YearMonth, RoundingMode)}:
     * one per account and month of the window, zeros included.
     *
     * @param events the events, as for {@code toHistories}
     * @param firstMonth the window's first month, not null
     * @param lastMonth the window's last month, not null
     * @param rounding how each subscription's MRR is rounded to minor units, not null
     * @return the snapshots by account, then month, unmodifiable
     * @throws NullPointerException as {@code toHistories}
     * @throws IllegalArgumentException as {@code toHistories}
     * @throws CurrencyMismatchException as {@code toHistories}
     */
    public static List<MrrSnapshot> toSnapshots(Collection<SubscriptionEvent> events, YearMonth firstMonth,
            YearMonth lastMonth, RoundingMode rounding) {
        List<MrrSnapshot> snapshots = new ArrayList<>();
        for (MrrHistory h : toHistories(events, firstMonth, lastMonth, rounding)) {
            snapshots.addAll(h.toSnapshots());
        }
        return Collections.unmodifiableList(snapshots);
    }

    private static void addSubscription(List<SubscriptionEvent> events, YearMonth firstMonth, long[] series,
            RoundingMode rounding) {
        events.sort(Comparator.comparing(SubscriptionEvent::month));
        long current = 0;
        boolean running = false;
        long from = Long.MIN_VALUE;
        for (int k = 0; k < events.size(); k++) {
            SubscriptionEvent e = events.get(k);
            if (k > 0 && e.month().equals(events.get(k - 1).month())) {
                throw new IllegalArgumentException("two events in " + e.month() + " for account " + e.accountId()
                        + ", subscription " + e.subscriptionId() + ": " + events.get(k - 1).type() + " and " + e.type());
            }
            boolean starting = e.type() == SubscriptionEvent.Type.START;
            if (starting == running) {
                throw new IllegalArgumentException(e.type() + " in " + e.month() + " for account " + e.accountId()
                        + ", subscription " + e.subscriptionId() + " needs a " + (running ? "stopped" : "running")
                        + " subscription, but it is " + (running ? "running" : "not running"));
            }
            long at = Months.between(firstMonth, e.month());
            if (running) {
                fill(series, from, at, current);
            }
            running = e.type() != SubscriptionEvent.Type.END;
            current = running ? minorUnits(e, rounding) : 0;
            from = at;
        }
        if (running) {
            fill(series, from, series.length, current);
        }
    }

    private static void fill(long[] series, long from, long to, long value) {
        int a = (int) Math.max(0, Math.min(series.length, from));
        int b = (int) Math.max(0, Math.min(series.length, to));
        for (int i = a; i < b; i++) {
            series[i] = Math.addExact(series[i], value);
        }
    }

    private static long minorUnits(SubscriptionEvent e, RoundingMode rounding) {
        try {
            return e.mrr().toMoney(rounding).toMinorUnits();
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("mrr " + e.mrr() + " of account " + e.accountId() + ", subscription "
                    + e.subscriptionId() + " in " + e.month() + " is not a whole number of minor units; round it with "
                    + "a RoundingMode other than " + rounding, ex);
        }
    }
}
