package io.csmetrics.revenue;

import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import io.csmetrics.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A user-supplied table of exchange rates into one reporting currency, one exact rate per source
 * currency and month.
 *
 * <p>{@code rate(c, m)} is the number of units of the reporting currency that one unit of
 * currency {@code c} is worth in month {@code m}; an amount {@code a} of {@code c} in month
 * {@code m} converts to {@code a × rate(c, m)}, exactly (no rounding: a {@link BigDecimal}
 * product). The reporting currency converts to itself at exactly 1 in every month. Rates are by
 * month because MRR is: a user with daily rates chooses the one that stands for the month (the
 * month-end rate is the usual choice, ChartMogul and most finance teams use it) and passes that.
 *
 * <p>A rate that is needed and absent is an error, never a silent 0 or 1:
 * {@link MissingFxRateException} names the currency pair and the month.
 *
 * <p>Example: {@code FxRates.of(USD).withRate(EUR, YearMonth.of(2024, 1), new BigDecimal("1.10"))}
 * converts EUR 100.00 in January 2024 to USD 110.0000 (scale 4 = 2 + 2, exact) and has no rate
 * for EUR in February.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.2.0
 */
public final class FxRates implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Currency reportingCurrency;
    private final TreeMap<String, TreeMap<YearMonth, BigDecimal>> rates;

    private FxRates(Currency reportingCurrency, TreeMap<String, TreeMap<YearMonth, BigDecimal>> rates) {
        this.reportingCurrency = reportingCurrency;
        this.rates = rates;
    }

    /**
     * Returns a table with no rates: only the reporting currency converts (at 1).
     *
     * @param reportingCurrency the currency every amount is converted into, not null
     * @return the table
     * @throws NullPointerException if {@code reportingCurrency} is null
     * @throws IllegalArgumentException if the currency has no minor unit (e.g. {@code XXX})
     */
    public static FxRates of(Currency reportingCurrency) {
        Money.zero(Objects.requireNonNull(reportingCurrency, "reportingCurrency must not be null"));
        return new FxRates(reportingCurrency, new TreeMap<>());
    }

    /**
     * Returns a table from rates per source currency and month.
     *
     * @param reportingCurrency the currency every amount is converted into, not null
     * @param rates for each source currency, its rate in each month; copied
     * @return the table
     * @throws NullPointerException if an argument, key or value is null
     * @throws IllegalArgumentException as {@link #withRate(Currency, YearMonth, BigDecimal)}
     */
    public static FxRates of(Currency reportingCurrency, Map<Currency, ? extends Map<YearMonth, BigDecimal>> rates) {
        Objects.requireNonNull(rates, "rates must not be null");
        FxRates table = of(reportingCurrency);
        TreeMap<String, TreeMap<YearMonth, BigDecimal>> copy = new TreeMap<>();
        rates.forEach((currency, byMonth) -> {
            Objects.requireNonNull(currency, "rates must not contain a null currency");
            Objects.requireNonNull(byMonth, "rates of " + currency + " must not be null");
            TreeMap<YearMonth, BigDecimal> months = new TreeMap<>();
            byMonth.forEach((month, rate) -> months.put(month, table.check(currency, month, rate)));
            if (!months.isEmpty() && !currency.equals(reportingCurrency)) {
                copy.put(currency.getCurrencyCode(), months);
            }
        });
        return new FxRates(reportingCurrency, copy);
    }

    /**
     * Reads a table from CSV text with the header {@code currency,month,rate} (columns in that
     * order, e.g. {@code EUR,2024-01,1.0912}); blank lines are skipped, and so are rows of the
     * reporting currency itself (which must say 1).
     *
     * @param reportingCurrency the currency every rate converts into, not null
     * @param csv the text, not null; read to its end, not closed
     * @return the table
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the header differs, a line has not three fields, a
     *     currency code, month or rate is invalid, or a currency and month appear twice; the
     *     message names the line number
     * @throws UncheckedIOException if reading fails
     */
    public static FxRates parseCsv(Currency reportingCurrency, Reader csv) {
        Objects.requireNonNull(csv, "csv must not be null");
        FxRates table = of(reportingCurrency);
        TreeMap<String, TreeMap<YearMonth, BigDecimal>> copy = new TreeMap<>();
        BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        try {
            String header = in.readLine();
            if (header != null && header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            if (header == null || !header.strip().equalsIgnoreCase("currency,month,rate")) {
                throw new IllegalArgumentException("FX CSV line 1: header must be 'currency,month,rate': '" + header + "'");
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 3) {
                    throw new IllegalArgumentException("FX CSV line " + lineNo + ": expected 3 fields, found " + f.length
                            + ": '" + line + "'");
                }
                try {
                    Currency currency = Currency.getInstance(f[0].strip());
                    YearMonth month = YearMonth.parse(f[1].strip());
                    BigDecimal rate = new BigDecimal(f[2].strip());
                    table.check(currency, month, rate);
                    if (currency.equals(reportingCurrency)) {
                        continue;
                    }
                    BigDecimal previous = copy.computeIfAbsent(currency.getCurrencyCode(), k -> new TreeMap<>())
                            .put(month, rate);
                    if (previous != null) {
                        throw new IllegalArgumentException("duplicate rate for " + currency + " in " + month);
                    }
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new IllegalArgumentException("FX CSV line " + lineNo + ": " + e.getMessage() + ": '" + line
                            + "'", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FxRates(reportingCurrency, copy);
    }

    private BigDecimal check(Currency currency, YearMonth month, BigDecimal rate) {
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(month, "month must not be null");
        Objects.requireNonNull(rate, "rate must not be null");
        Money.zero(currency);
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate of " + currency + " in " + month + " must be positive: " + rate);
        }
        if (currency.equals(reportingCurrency) && rate.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("rate of the reporting currency " + currency + " in " + month
                    + " must be 1: " + rate);
        }
        return rate;
    }

    /**
     * Returns a table with one rate added or replaced.
     *
     * @param currency the source currency, not null
     * @param month the month, not null
     * @param rate units of the reporting currency per unit of {@code currency}, positive, not null
     * @return the new table; {@code this} if the rate is already there with the same value, or if
     *     {@code currency} is the reporting currency (always 1)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code rate} is not positive, {@code currency} has no
     *     minor unit, or it is the reporting currency with a rate other than 1
     */
    public FxRates withRate(Currency currency, YearMonth month, BigDecimal rate) {
        check(currency, month, rate);
        if (currency.equals(reportingCurrency)) {
            return this;
        }
        TreeMap<YearMonth, BigDecimal> existing = rates.get(currency.getCurrencyCode());
        if (existing != null && rate.equals(existing.get(month))) {
            return this;
        }
        TreeMap<String, TreeMap<YearMonth, BigDecimal>> copy = new TreeMap<>();
        rates.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        copy.computeIfAbsent(currency.getCurrencyCode(), k -> new TreeMap<>()).put(month, rate);
        return new FxRates(reportingCurrency, copy);
    }

    /**
     * Returns the currency every amount is converted into.
     *
     * @return the reporting currency
     */
    public Currency reportingCurrency() {
        return reportingCurrency;
    }

    /**
     * Returns the source currencies with at least one rate, by ISO code.
     *
     * @return the codes, sorted, unmodifiable
     */
    public Set<String> currencies() {
        return Collections.unmodifiableSet(rates.keySet());
    }

    /**
     * Tells whether a currency converts in a month.
     *
     * @param currency the source currency, not null
     * @param month the month, not null
     * @return true for the reporting currency and for a currency with a rate in that month
     * @throws NullPointerException if an argument is null
     */
    public boolean hasRate(Currency currency, YearMonth month) {
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(month, "month must not be null");
        if (currency.equals(reportingCurrency)) {
            return true;
        }
        TreeMap<YearMonth, BigDecimal> byMonth = rates.get(currency.getCurrencyCode());
        return byMonth != null && byMonth.containsKey(month);
    }

    /**
     * Returns the rate of a currency in a month.
     *
     * @param currency the source currency, not null
     * @param month the month, not null
     * @return units of the reporting currency per unit of {@code currency}; exactly
     *     {@link BigDecimal#ONE} for the reporting currency
     * @throws NullPointerException if an argument is null
     * @throws MissingFxRateException if the table has no rate for {@code currency} in {@code month}
     */
    public BigDecimal rate(Currency currency, YearMonth month) {
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(month, "month must not be null");
        if (currency.equals(reportingCurrency)) {
            return BigDecimal.ONE;
        }
        TreeMap<YearMonth, BigDecimal> byMonth = rates.get(currency.getCurrencyCode());
        BigDecimal rate = byMonth == null ? null : byMonth.get(month);
        if (rate == null) {
            throw new MissingFxRateException(currency, reportingCurrency, month);
        }
        return rate;
    }

    /**
     * Converts an amount at a month's rate, exactly: {@code amount × rate(currency, month)}.
     *
     * @param amount the amount, not null
     * @param month the month whose rate applies, not null
     * @return the amount in the reporting currency, unrounded (e.g. EUR 100.00 at 1.10 is
     *     USD 110.0000); the same amount for the reporting currency
     * @throws NullPointerException if an argument is null
     * @throws MissingFxRateException if the rate is missing
     */
    public Money convert(Money amount, YearMonth month) {
        Objects.requireNonNull(amount, "amount must not be null");
        BigDecimal rate = rate(amount.currency(), month);
        return Money.of(amount.amount().multiply(rate), reportingCurrency);
    }

    /**
     * Re-checks every invariant of a deserialised table: a currency with a minor unit, positive
     * rates, no entry for the reporting currency.
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (reportingCurrency == null || rates == null) {
            throw new InvalidObjectException("reportingCurrency and rates must not be null");
        }
        try {
            FxRates check = of(reportingCurrency);
            for (Map.Entry<String, TreeMap<YearMonth, BigDecimal>> e : rates.entrySet()) {
                Currency currency = Currency.getInstance(e.getKey());
                if (currency.equals(reportingCurrency) || e.getValue() == null || e.getValue().isEmpty()) {
                    throw new IllegalArgumentException("invalid rates of " + e.getKey());
                }
                e.getValue().forEach((month, rate) -> check.check(currency, month, rate));
            }
        } catch (RuntimeException e) {
            throw (InvalidObjectException) new InvalidObjectException("invalid FxRates: " + e.getMessage()).initCause(e);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FxRates other && other.reportingCurrency.equals(reportingCurrency)
                && other.rates.equals(rates);
    }

    @Override
    public int hashCode() {
        return reportingCurrency.hashCode() * 31 + rates.hashCode();
    }

    /**
     * Returns e.g. {@code "FxRates{into USD, EUR: 12 months 2024-01..2024-12}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FxRates{into ").append(reportingCurrency.getCurrencyCode());
        rates.forEach((code, byMonth) -> sb.append(", ").append(code).append(": ").append(byMonth.size())
                .append(byMonth.size() == 1 ? " month " : " months ").append(byMonth.firstKey()).append("..")
                .append(byMonth.lastKey()));
        return sb.append('}').toString();
    }
}
