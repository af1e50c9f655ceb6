package io.csmetrics.revenue;

import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import java.io.IOException;
import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Segmentation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Accumulates the MRR bridge of a book by segment, where an account's segment may change from
 * month to month (a plan change, a move to another region or size band): the result is a
 * {@link SegmentedBridge}, one {@link SegmentBridge} per segment and the total, with
 * {@code Σ segments = total} exactly.
 *
 * <p>An account that pays in two consecutive months in different segments makes a
 * <em>segment-out</em> in the old segment and a <em>segment-in</em> in the new one (formula and
 * example in {@link SegmentBridgePeriod}), not a churn and a new account. The segment of an
 * account is asked of the {@link Segmentation} only for the months in which the account pays;
 * churned MRR stays in the segment the account left from, new MRR goes to the segment it
 * starts in. Everything else (alignment to the window, the opening month, new vs reactivation)
 * is exactly {@link MrrBridgeAccumulator}'s, which computes the total.
 *
 * <p>With a {@link Segmentation#constant(String) constant} segmentation the one segment equals the
 * total; with a per-account segmentation ({@link Segmentation#byAccount(Map, String)}, e.g. from
 * an extra CSV column) there are no segment moves.
 *
 * <p>Memory grows with the number of segments ({@code 16 × months} longs each), not with
 * accounts. Sums are exact {@code long} minor units; every segment's amounts are bounded by the
 * total's accepted volume, which {@link MrrBridgeAccumulator} checks before any state changes.
 * Any split of the accounts, combined in any grouping, gives exactly the sequential result.
 *
 * <p>This class is a mutable accumulator: not thread-safe; a parallel stream gives each thread
 * its own instance.
 *
 * @since 0.2.0
 */
public final class SegmentedBridgeAccumulator implements Accumulator<MrrHistory, SegmentedBridgeAccumulator> {

    private static final long serialVersionUID = 1L;

    private static final int END_MRR = 0;
    private static final int END_ACCOUNTS = 1;
    private static final int NEW = 2;
    private static final int EXPANSION = 4;
    private static final int REACTIVATION = 6;
    private static final int CONTRACTION = 8;
    private static final int CHURN = 10;
    private static final int IN = 12;
    private static final int OUT = 14;
    private static final int STRIDE = 16;

    private final Segmentation segmentation;
    private final MrrBridgeAccumulator total;
    private final YearMonth firstMonth;
    private final int months;
    private final TreeMap<String, long[]> segments = new TreeMap<>();

    private SegmentedBridgeAccumulator(Segmentation segmentation, MrrBridgeAccumulator total, YearMonth firstMonth,
            int months) {
        this.segmentation = segmentation;
        this.total = total;
        this.firstMonth = firstMonth;
        this.months = months;
    }

    /**
     * Returns an empty accumulator over the window {@code firstMonth..lastMonth}.
     *
     * @param currency the currency of every amount, not null
     * @param segmentation the segment of each account-month, not null
     * @param firstMonth the window's first month (the opening balance), not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link MrrBridgeAccumulator#create(Currency, YearMonth, YearMonth)}
     */
    public static SegmentedBridgeAccumulator create(Currency currency, Segmentation segmentation, YearMonth firstMonth,
            YearMonth lastMonth) {
        Objects.requireNonNull(segmentation, "segmentation must not be null");
        MrrBridgeAccumulator total = MrrBridgeAccumulator.create(currency, firstMonth, lastMonth);
        return new SegmentedBridgeAccumulator(segmentation, total, firstMonth,
                Math.toIntExact(Months.between(firstMonth, lastMonth) + 1));
    }

    /**
     * Returns a collector of histories into their segmented bridge.
     *
     * @param currency the currency, not null
     * @param segmentation the segment of each account-month, not null
     * @param firstMonth the window's first month, not null
     * @param lastMonth the window's last month, not null
     * @return the collector
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #create(Currency, Segmentation, YearMonth, YearMonth)}
     */
    public static Collector<MrrHistory, SegmentedBridgeAccumulator, SegmentedBridge> collector(Currency currency,
            Segmentation segmentation, YearMonth firstMonth, YearMonth lastMonth) {
        create(currency, segmentation, firstMonth, lastMonth);
        return Accumulator.collector(() -> create(currency, segmentation, firstMonth, lastMonth),
                SegmentedBridgeAccumulator::bridge);
    }

    /**
     * Adds one account's history.
     *
     * @param history the account's history, in this accumulator's currency, not null
     * @throws NullPointerException if {@code history} is null
     * @throws CurrencyMismatchException if its currency differs; the accumulator is unchanged
     * @throws IllegalArgumentException if the segmentation gives a null or blank segment for a
     *     month in which the account pays; the accumulator is unchanged
     * @throws ArithmeticException as {@link MrrBridgeAccumulator#accept(MrrHistory)}; the
     *     accumulator is unchanged
     */
    @Override
    public void accept(MrrHistory history) {
        Objects.requireNonNull(history, "history must not be null");
        if (!total.currency().equals(history.currency())) {
            throw new CurrencyMismatchException(total.currency(), history.currency());
        }
        long offset = Months.between(firstMonth, history.firstMonth());
        int len = history.length();
        if (offset >= months || offset + len <= 0) {
            return;
        }
        long[] series = history.toMinorUnitsArray();
        // Every segment is looked up, and the total accepted, before this accumulator's own state changes.
        String[] label = new String[months];
        for (int w = 0; w < months; w++) {
            if (value(series, offset, w) > 0) {
                label[w] = segmentation.checkedSegmentOf(history.accountId(), firstMonth.plusMonths(w));
            }
        }
        total.accept(history);
        long v0 = value(series, offset, 0);
        if (v0 > 0) {
            long[] s = state(label[0]);
            s[END_MRR] += v0;
            s[END_ACCOUNTS]++;
        }
        boolean paid = false;
        for (long i = 0; i < Math.min(len, 1 - offset); i++) {
            paid |= series[(int) i] > 0;
        }
        for (int w = 1; w < months; w++) {
            long p = value(series, offset, w - 1);
            long c = value(series, offset, w);
            int b = w * STRIDE;
            if (c > 0) {
                long[] s = state(label[w]);
                s[b + END_MRR] += c;
                s[b + END_ACCOUNTS]++;
            }
            if (p == 0 && c > 0) {
                add(state(label[w]), b + (paid ? REACTIVATION : NEW), c);
                paid = true;
            } else if (p > 0 && c == 0) {
                add(state(label[w - 1]), b + CHURN, p);
            } else if (p > 0) {
                long[] to = state(label[w]);
                if (!label[w].equals(label[w - 1])) {
                    add(state(label[w - 1]), b + OUT, p);
                    add(to, b + IN, p);
                }
                if (c > p) {
                    add(to, b + EXPANSION, c - p);
                } else if (c < p) {
                    add(to, b + CONTRACTION, p - c);
                }
            }
        }
    }

    private static void add(long[] s, int i, long amount) {
        s[i] += amount;
        s[i + 1]++;
    }

    private long[] state(String segment) {
        return segments.computeIfAbsent(segment, k -> new long[months * STRIDE]);
    }

    private static long value(long[] series, long offset, int w) {
        long i = w - offset;
        return i < 0 || i >= series.length ? 0 : series[(int) i];
    }

    /**
     * Merges another accumulator over other accounts into this one.
     *
     * @param other an accumulator with the same currency, window and segmentation, not null; not
     *     modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ; this is unchanged
     * @throws IllegalArgumentException if the windows differ; this is unchanged
     * @throws ArithmeticException if the combined volume would overflow; this is unchanged
     */
    @Override
    public SegmentedBridgeAccumulator combine(SegmentedBridgeAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        total.combine(other.total);
        other.segments.forEach((segment, o) -> {
            long[] s = state(segment);
            for (int i = 0; i < s.length; i++) {
                s[i] += o[i];
            }
        });
        return this;
    }

    /**
     * Returns the segmented bridge of the accounts accepted so far.
     *
     * @return the bridge per segment (only segments some account paid in) and the total
     */
    public SegmentedBridge bridge() {
        Currency currency = total.currency();
        TreeMap<String, SegmentBridge> bridges = new TreeMap<>();
        segments.forEach((segment, s) -> {
            List<SegmentBridgePeriod> periods = new ArrayList<>(months - 1);
            for (int w = 1; w < months; w++) {
                int b = w * STRIDE;
                int p = b - STRIDE;
                periods.add(new SegmentBridgePeriod(segment, firstMonth.plusMonths(w - 1L), firstMonth.plusMonths(w),
                        Money.ofMinor(s[p + END_MRR], currency), s[p + END_ACCOUNTS], total(s, b + NEW, currency),
                        total(s, b + EXPANSION, currency), total(s, b + REACTIVATION, currency),
                        total(s, b + CONTRACTION, currency), total(s, b + CHURN, currency), total(s, b + IN, currency),
                        total(s, b + OUT, currency), Money.ofMinor(s[b + END_MRR], currency), s[b + END_ACCOUNTS]));
            }
            bridges.put(segment, new SegmentBridge(segment, firstMonth, Money.ofMinor(s[END_MRR], currency),
                    s[END_ACCOUNTS], periods));
        });
        return new SegmentedBridge(total.bridge(), bridges);
    }

    private static MovementTotal total(long[] s, int i, Currency currency) {
        return MovementTotal.ofMinor(s[i], s[i + 1], currency);
    }

    /** Re-checks the shape of a deserialised accumulator. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (segmentation == null || total == null || firstMonth == null || segments == null
                || !total.firstMonth().equals(firstMonth) || Months.between(firstMonth, total.lastMonth()) + 1 != months) {
            throw new InvalidObjectException("invalid SegmentedBridgeAccumulator state");
        }
        for (Map.Entry<String, long[]> e : segments.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null
                    || e.getValue().length != months * STRIDE) {
                throw new InvalidObjectException("invalid SegmentedBridgeAccumulator segment " + e.getKey());
            }
            for (long v : e.getValue()) {
                if (v < 0) {
                    throw new InvalidObjectException("invalid SegmentedBridgeAccumulator segment " + e.getKey()
                            + ": negative " + v);
                }
            }
        }
    }

    /**
     * Returns e.g. {@code "SegmentedBridgeAccumulator{USD, 2024-01..2024-12, 3 segments}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "SegmentedBridgeAccumulator{" + total.currency().getCurrencyCode() + ", " + firstMonth + ".."
                + firstMonth.plusMonths(months - 1L) + ", " + segments.size() + " segments}";
    }
}
