package io.csmetrics.revenue;

import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import java.io.IOException;
import io.csmetrics.Accumulator;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Accumulates the {@link FxBridge} of accounts billing in several currencies: every account's
 * {@link MrrHistory} (in its own currency) is classified into {@link MovementType movements} in
 * that currency and converted into the reporting currency of an {@link FxRates} table under an
 * {@link FxPolicy}, with the change in value of continuing accounts from exchange rates in its own
 * line (formula in {@link FxBridgePeriod}).
 *
 * <p>Alignment, the opening month and new vs reactivation follow {@link MrrBridgeAccumulator}
 * exactly; an account billing in the reporting currency contributes exactly what it contributes
 * there. So with every rate 1 the FX bridge equals the single-currency bridge and its FX impact
 * is zero.
 *
 * <p><b>Rates needed.</b> Under {@link FxPolicy#MONTHLY_RATE}, the rate of the account's currency
 * in every window month in which it pays; under {@link FxPolicy#RATE_AT_ACCOUNT_START}, the rate in
 * the account's first paying month (which may lie before the window; an account that pays nothing
 * in the window needs no rate). A missing rate throws
 * {@link MissingFxRateException} naming currency and month, with the accumulator unchanged.
 *
 * <p><b>Exactness.</b> Amounts are exact {@link BigDecimal} products and sums, so any split of the
 * accounts, combined in any grouping, gives exactly the sequential result. This is the object
 * path for books with several currencies; single-currency bulk data belongs in
 * {@link MrrBridgeAccumulator}.
 *
 * <p>Example:
 * <pre>{@code
 * FxRates fx = FxRates.of(USD).withRate(EUR, YearMonth.of(2024, 1), new BigDecimal("1.10"))
 *         .withRate(EUR, YearMonth.of(2024, 2), new BigDecimal("1.20"));
 * FxBridge bridge = histories.stream()
 *         .collect(FxBridgeAccumulator.collector(fx, FxPolicy.MONTHLY_RATE, YearMonth.of(2024, 1), YearMonth.of(2024, 2)));
 * bridge.period(YearMonth.of(2024, 2)).fxImpact();
 * }</pre>
 *
 * <p>This class is a mutable accumulator: not thread-safe; a parallel stream gives each thread
 * its own instance.
 *
 * @since 0.2.0
 */
public final class FxBridgeAccumulator implements Accumulator<MrrHistory, FxBridgeAccumulator> {

    private static final long serialVersionUID = 1L;

    private static final int END_MRR = 0;
    private static final int NEW = 1;
    private static final int EXPANSION = 2;
    private static final int REACTIVATION = 3;
    private static final int CONTRACTION = 4;
    private static final int CHURN = 5;
    private static final int FX = 6;
    private static final int AMOUNTS = 7;
    private static final int COUNTS = 6;

    private final FxRates rates;
    private final FxPolicy policy;
    private final YearMonth firstMonth;
    private final int months;
    private final BigDecimal[] amounts;
    private final long[] counts;

    private FxBridgeAccumulator(FxRates rates, FxPolicy policy, YearMonth firstMonth, int months) {
        this.rates = rates;
        this.policy = policy;
        this.firstMonth = firstMonth;
        this.months = months;
        this.amounts = new BigDecimal[months * AMOUNTS];
        Arrays.fill(amounts, BigDecimal.ZERO);
        this.counts = new long[months * COUNTS];
    }

    /**
     * Returns an empty accumulator over the window {@code firstMonth..lastMonth}.
     *
     * @param rates the exchange rates into the reporting currency, not null
     * @param policy which rate converts each month, not null
     * @param firstMonth the window's first month (the opening balance), not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lastMonth} is before {@code firstMonth} or the
     *     window exceeds {@link MrrBridgeAccumulator#MAX_MONTHS} months
     */
    public static FxBridgeAccumulator create(FxRates rates, FxPolicy policy, YearMonth firstMonth, YearMonth lastMonth) {
        Objects.requireNonNull(rates, "rates must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        int n = Months.window(firstMonth, lastMonth, "firstMonth", "lastMonth", MrrBridgeAccumulator.MAX_MONTHS);
        return new FxBridgeAccumulator(rates, policy, firstMonth, n);
    }

    /**
     * Returns a collector of histories into their FX bridge.
     *
     * @param rates the exchange rates, not null
     * @param policy the FX policy, not null
     * @param firstMonth the window's first month, not null
     * @param lastMonth the window's last month, not null
     * @return the collector
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #create(FxRates, FxPolicy, YearMonth, YearMonth)}
     */
    public static Collector<MrrHistory, FxBridgeAccumulator, FxBridge> collector(FxRates rates, FxPolicy policy,
            YearMonth firstMonth, YearMonth lastMonth) {
        create(rates, policy, firstMonth, lastMonth);
        return Accumulator.collector(() -> create(rates, policy, firstMonth, lastMonth), FxBridgeAccumulator::bridge);
    }

    /**
     * Adds one account's history, in any currency the rates convert.
     *
     * @param history the account's history, not null
     * @throws NullPointerException if {@code history} is null
     * @throws MissingFxRateException if a rate the policy needs is missing; the accumulator is
     *     unchanged
     */
    @Override
    public void accept(MrrHistory history) {
        Objects.requireNonNull(history, "history must not be null");
        long offset = Months.between(firstMonth, history.firstMonth());
        int len = history.length();
        if (offset >= months || offset + len <= 0) {
            return;
        }
        long[] series = history.toMinorUnitsArray();
        Currency currency = history.currency();
        int digits = currency.getDefaultFractionDigits();
        // Look every rate up before any state changes, so a missing one leaves the accumulator as it was.
        BigDecimal[] rate = new BigDecimal[months];
        BigDecimal fixed = null;
        if (policy == FxPolicy.RATE_AT_ACCOUNT_START) {
            // An account paying nothing in the window needs no rate, even if it starts paying after it.
            boolean paysInWindow = false;
            for (int w = 0; w < months && !paysInWindow; w++) {
                paysInWindow = value(series, offset, w) > 0;
            }
            if (!paysInWindow) {
                return;
            }
            for (int i = 0; i < len; i++) {
                if (series[i] > 0) {
                    fixed = rates.rate(currency, history.firstMonth().plusMonths(i));
                    break;
                }
            }
        }
        for (int w = 0; w < months; w++) {
            long v = value(series, offset, w);
            if (v > 0) {
                rate[w] = fixed != null ? fixed : rates.rate(currency, firstMonth.plusMonths(w));
            }
        }
        long v0 = value(series, offset, 0);
        if (v0 > 0) {
            add(END_MRR, 0, v0, digits, rate[0]);
            counts[0]++;
        }
        boolean paid = false;
        for (long i = 0; i < Math.min(len, 1 - offset); i++) {
            paid |= series[(int) i] > 0;
        }
        for (int w = 1; w < months; w++) {
            long p = value(series, offset, w - 1);
            long c = value(series, offset, w);
            int cb = w * COUNTS;
            if (c > 0) {
                add(END_MRR, w, c, digits, rate[w]);
                counts[cb]++;
            }
            if (p == 0 && c > 0) {
                add(paid ? REACTIVATION : NEW, w, c, digits, rate[w]);
                counts[cb + (paid ? REACTIVATION : NEW)]++;
                paid = true;
            } else if (p > 0 && c == 0) {
                add(CHURN, w, p, digits, rate[w - 1]);
                counts[cb + CHURN]++;
            } else if (p > 0) {
                if (c != p) {
                    int type = c > p ? EXPANSION : CONTRACTION;
                    add(type, w, Math.abs(c - p), digits, rate[w]);
                    counts[cb + type]++;
                }
                if (rate[w].compareTo(rate[w - 1]) != 0) {
                    int i = w * AMOUNTS + FX;
                    amounts[i] = amounts[i].add(BigDecimal.valueOf(p, digits).multiply(rate[w].subtract(rate[w - 1])));
                }
            }
        }
    }

    private static long value(long[] series, long offset, int w) {
        long i = w - offset;
        return i < 0 || i >= series.length ? 0 : series[(int) i];
    }

    private void add(int field, int w, long minorUnits, int digits, BigDecimal rate) {
        int i = w * AMOUNTS + field;
        amounts[i] = amounts[i].add(BigDecimal.valueOf(minorUnits, digits).multiply(rate));
    }

    /**
     * Merges another accumulator over other accounts into this one.
     *
     * @param other an accumulator with equal rates, policy and window, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the rates, policies or windows differ; this is unchanged
     */
    @Override
    public FxBridgeAccumulator combine(FxBridgeAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        if (policy != other.policy) {
            throw new IllegalArgumentException("other's policy " + other.policy + " differs from " + policy);
        }
        if (!firstMonth.equals(other.firstMonth) || months != other.months) {
            throw new IllegalArgumentException("other's window " + other.firstMonth + ".." + other.lastMonth()
                    + " differs from this window " + firstMonth + ".." + lastMonth());
        }
        if (!rates.equals(other.rates)) {
            throw new IllegalArgumentException("other's rates " + other.rates + " differ from " + rates);
        }
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = amounts[i].add(other.amounts[i]);
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        return this;
    }

    private YearMonth lastMonth() {
        return firstMonth.plusMonths(months - 1L);
    }

    /**
     * Returns the bridge of the accounts accepted so far.
     *
     * @return the bridge in the reporting currency, amounts exact (trailing zeros removed down to
     *     the currency's scale); with no accounts every amount and count is zero
     */
    public FxBridge bridge() {
        List<FxBridgePeriod> periods = new ArrayList<>(months - 1);
        for (int w = 1; w < months; w++) {
            int a = w * AMOUNTS;
            int c = w * COUNTS;
            periods.add(new FxBridgePeriod(firstMonth.plusMonths(w - 1L), firstMonth.plusMonths(w),
                    money(a - AMOUNTS + END_MRR), counts[c - COUNTS], total(a, c, NEW), total(a, c, EXPANSION),
                    total(a, c, REACTIVATION), total(a, c, CONTRACTION), total(a, c, CHURN), money(a + FX),
                    money(a + END_MRR), counts[c]));
        }
        return new FxBridge(policy, firstMonth, money(END_MRR), counts[0], periods);
    }

    private MovementTotal total(int a, int c, int field) {
        return MovementTotal.of(money(a + field), counts[c + field]);
    }

    private Money money(int i) {
        return Money.of(normalize(amounts[i], rates.reportingCurrency()), rates.reportingCurrency());
    }

    static BigDecimal normalize(BigDecimal amount, Currency currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        int digits = currency.getDefaultFractionDigits();
        return stripped.scale() < digits ? stripped.setScale(digits) : stripped;
    }

    /** Re-checks the shape of a deserialised accumulator. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (rates == null || policy == null || firstMonth == null || months < 1
                || months > MrrBridgeAccumulator.MAX_MONTHS || amounts == null || counts == null
                || amounts.length != months * AMOUNTS || counts.length != months * COUNTS) {
            throw new InvalidObjectException("invalid FxBridgeAccumulator state");
        }
        for (BigDecimal a : amounts) {
            if (a == null) {
                throw new InvalidObjectException("invalid FxBridgeAccumulator state: null amount");
            }
        }
        for (long c : counts) {
            if (c < 0) {
                throw new InvalidObjectException("invalid FxBridgeAccumulator state: negative count " + c);
            }
        }
    }

    /**
     * Returns e.g. {@code "FxBridgeAccumulator{into USD, MONTHLY_RATE, 2024-01..2024-12}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "FxBridgeAccumulator{into " + rates.reportingCurrency().getCurrencyCode() + ", " + policy + ", "
                + firstMonth + ".." + lastMonth() + "}";
    }
}
