package io.csmetrics.clv;

import io.csmetrics.Accumulator;
import io.csmetrics.Bounds;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * Builds {@link CustomerRfm} summaries from a stream of {@link Transaction}s in any order, with a
 * calibration period ending on {@code calibrationEnd} (inclusive) and an optional holdout period up
 * to {@code holdoutEnd} (inclusive).
 *
 * <p>Definitions (Fader, Hardie &amp; Lee 2005; the Python {@code lifetimes} package's
 * {@code summary_data_from_transaction_data} with daily frequency): purchases on the same day are one
 * purchase, their amounts summed; a customer's first purchase day starts her clock; {@code x} counts
 * the later purchase days up to {@code calibrationEnd}; {@code t_x} is the time from the first to the
 * last of them and {@code T} the time from the first to {@code calibrationEnd}, in the chosen
 * {@link PeriodUnit}; the repeat spend is the total of the repeat days (the first day excluded); the
 * holdout frequency counts purchase days after {@code calibrationEnd}. Customers whose first purchase
 * falls in the holdout are counted, not summarised.
 *
 * <p>Example (CDNOW, weeks, calibration to 1997-09-30): purchases on 1997-01-01, 1997-01-18 and
 * 1997-08-02 give {@code x = 2}, {@code t_x = 30.43}, {@code T = 38.86}.
 *
 * <p>An empty accumulator gives an empty summary. The state is exact (days and {@code BigDecimal}
 * sums per customer), so any split combined in order gives exactly the sequential result.
 *
 * @implSpec This class is a mutable accumulator and not thread-safe; a parallel stream gives each
 *     thread its own.
 * @since 0.2.0
 */
public final class RfmAccumulator implements Accumulator<Transaction, RfmAccumulator> {

    private static final long serialVersionUID = 1L;

    /** One customer's purchase days: calibration days with their summed amounts, holdout days. */
    private static final class Days implements Serializable {
        private static final long serialVersionUID = 1L;
        final TreeMap<Long, BigDecimal> calibration = new TreeMap<>();
        final TreeSet<Long> holdout = new TreeSet<>();

        /** Re-checks a customer's days read from a stream: no nulls, amounts within {@link Bounds}. */
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            if (calibration == null || holdout == null) {
                throw new InvalidObjectException("invalid RfmAccumulator days: missing calibration or holdout");
            }
            for (Map.Entry<Long, BigDecimal> e : calibration.entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    throw new InvalidObjectException("invalid RfmAccumulator days: null calibration day or amount");
                }
                try {
                    Bounds.checkDecimal(e.getValue(), "amount");
                } catch (IllegalArgumentException ex) {
                    throw new InvalidObjectException("invalid RfmAccumulator days: " + ex.getMessage());
                }
            }
            for (Long day : holdout) {
                if (day == null) {
                    throw new InvalidObjectException("invalid RfmAccumulator days: null holdout day");
                }
            }
        }
    }

    private final LocalDate calibrationEnd;
    private final LocalDate holdoutEnd;
    private final PeriodUnit unit;
    private Currency currency;
    private final HashMap<String, Days> customers = new HashMap<>();

    private RfmAccumulator(LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit) {
        this.calibrationEnd = calibrationEnd;
        this.holdoutEnd = holdoutEnd;
        this.unit = unit;
    }

    /**
     * Creates an empty accumulator without a holdout period.
     *
     * @param calibrationEnd the last day of calibration (inclusive)
     * @param unit the period unit
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     */
    public static RfmAccumulator create(LocalDate calibrationEnd, PeriodUnit unit) {
        return create(calibrationEnd, calibrationEnd, unit);
    }

    /**
     * Creates an empty accumulator with a holdout period.
     *
     * @param calibrationEnd the last day of calibration (inclusive)
     * @param holdoutEnd the last day of the holdout (inclusive), not before {@code calibrationEnd}
     * @param unit the period unit
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code holdoutEnd} is before {@code calibrationEnd}
     */
    public static RfmAccumulator create(LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit) {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd must not be null");
        Objects.requireNonNull(holdoutEnd, "holdoutEnd must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        if (holdoutEnd.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException("holdoutEnd (" + holdoutEnd + ") must not be before calibrationEnd ("
                    + calibrationEnd + ")");
        }
        return new RfmAccumulator(calibrationEnd, holdoutEnd, unit);
    }

    /**
     * Returns a collector of transactions into their summary.
     *
     * @param calibrationEnd the last day of calibration
     * @param holdoutEnd the last day of the holdout
     * @param unit the period unit
     * @return the collector
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #create(LocalDate, LocalDate, PeriodUnit)}
     */
    public static Collector<Transaction, RfmAccumulator, RfmSummary> collector(LocalDate calibrationEnd,
            LocalDate holdoutEnd, PeriodUnit unit) {
        create(calibrationEnd, holdoutEnd, unit);
        return Accumulator.collector(() -> create(calibrationEnd, holdoutEnd, unit), RfmAccumulator::result);
    }

    /**
     * Adds one transaction.
     *
     * @param transaction the transaction, not null
     * @throws NullPointerException if {@code transaction} is null
     * @throws IllegalArgumentException if its date is after {@code holdoutEnd}
     * @throws CurrencyMismatchException if its currency differs from earlier transactions'
     */
    @Override
    public void accept(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction must not be null");
        if (transaction.date().isAfter(holdoutEnd)) {
            throw new IllegalArgumentException("transaction date (" + transaction.date() + ") is after holdoutEnd ("
                    + holdoutEnd + "): " + transaction);
        }
        Currency c = transaction.amount().currency();
        if (currency != null && !currency.equals(c)) {
            throw new CurrencyMismatchException(currency, c);
        }
        currency = c;
        Days days = customers.computeIfAbsent(transaction.customerId(), id -> new Days());
        long day = transaction.date().toEpochDay();
        if (transaction.date().isAfter(calibrationEnd)) {
            days.holdout.add(day);
        } else {
            days.calibration.merge(day, transaction.amount().amount(), BigDecimal::add);
        }
    }

    /**
     * Merges another accumulator's transactions into this one.
     *
     * @param other an accumulator with the same dates and unit, not null; unchanged
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the settings differ
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public RfmAccumulator combine(RfmAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!calibrationEnd.equals(other.calibrationEnd) || !holdoutEnd.equals(other.holdoutEnd) || unit != other.unit) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other);
        }
        if (currency != null && other.currency != null && !currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        if (currency == null) {
            currency = other.currency;
        }
        for (Map.Entry<String, Days> e : other.customers.entrySet()) {
            Days mine = customers.computeIfAbsent(e.getKey(), id -> new Days());
            e.getValue().calibration.forEach((day, amount) -> mine.calibration.merge(day, amount, BigDecimal::add));
            mine.holdout.addAll(e.getValue().holdout);
        }
        return this;
    }

    /**
     * Returns the summaries of the transactions accepted so far.
     *
     * @return the summary, customers sorted by identifier
     */
    public RfmSummary result() {
        List<CustomerRfm> list = new ArrayList<>();
        long lateCustomers = 0;
        long end = calibrationEnd.toEpochDay();
        List<String> ids = new ArrayList<>(customers.keySet());
        ids.sort(null);
        for (String id : ids) {
            Days days = customers.get(id);
            if (days.calibration.isEmpty()) {
                lateCustomers++;
                continue;
            }
            long first = days.calibration.firstKey();
            long last = days.calibration.lastKey();
            int x = days.calibration.size() - 1;
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal amount : days.calibration.values()) {
                total = total.add(amount);
            }
            BigDecimal repeat = total.subtract(days.calibration.get(first));
            list.add(new CustomerRfm(id, x, unit.fromDays(last - first), unit.fromDays(end - first),
                    Money.of(repeat, currency), days.holdout.size()));
        }
        return new RfmSummary(list, calibrationEnd, holdoutEnd, unit, lateCustomers);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (calibrationEnd == null || holdoutEnd == null || unit == null || holdoutEnd.isBefore(calibrationEnd)) {
            throw new InvalidObjectException("invalid RfmAccumulator settings");
        }
        if (customers == null) {
            throw new InvalidObjectException("invalid RfmAccumulator: missing customers");
        }
        if (currency == null && !customers.isEmpty()) {
            throw new InvalidObjectException("invalid RfmAccumulator: customers without a currency");
        }
        long calibrationDay = calibrationEnd.toEpochDay();
        long holdoutDay = holdoutEnd.toEpochDay();
        for (Map.Entry<String, Days> e : customers.entrySet()) {
            Days days = e.getValue();
            if (e.getKey() == null || days == null) {
                throw new InvalidObjectException("invalid RfmAccumulator: null customer id or days");
            }
            if (!days.calibration.isEmpty() && days.calibration.lastKey() > calibrationDay) {
                throw new InvalidObjectException("invalid RfmAccumulator: customer " + e.getKey()
                        + " has a calibration day after calibrationEnd (" + calibrationEnd + ")");
            }
            if (!days.holdout.isEmpty() && (days.holdout.first() <= calibrationDay || days.holdout.last() > holdoutDay)) {
                throw new InvalidObjectException("invalid RfmAccumulator: customer " + e.getKey()
                        + " has a holdout day outside (" + calibrationEnd + ", " + holdoutEnd + "]");
            }
        }
    }

    /**
     * Returns e.g. {@code "RfmAccumulator{calibrationEnd=1997-09-30, holdoutEnd=1998-06-30, unit=WEEKS, customers=2357}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "RfmAccumulator{calibrationEnd=" + calibrationEnd + ", holdoutEnd=" + holdoutEnd + ", unit=" + unit
                + ", customers=" + customers.size() + "}";
    }
}
