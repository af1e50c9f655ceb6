package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.io.MrrCsvReader;
import io.csmetrics.io.MrrTable;
import io.csmetrics.clv.Transaction;
import io.csmetrics.clv.TransactionsCsv;
import io.csmetrics.revenue.FxRates;
import io.csmetrics.revenue.MissingFxRateException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns the options into the data set a report runs over: loads the sample company or a CSV,
 * keeps the accounts of one currency and one segment, and cuts the months to the window.
 */
final class ReportInput {

    /** The column the sample company's accounts carry as a string dimension. */
    static final String SAMPLE_SEGMENT_COLUMN = "segment";

    private ReportInput() {
    }

    /**
     * Reads a CSV file with the library's reader: the whole file is read and checked here, before any
     * section computes or prints anything. A file may mix currencies; the caller keeps one.
     *
     * @param path the file
     * @return the table
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is missing; a {@link io.csmetrics.io.CsvFormatException}
     *     naming file, line, column and value if it is malformed
     */
    static MrrTable readCsv(Path path) throws IOException {
        try {
            return MrrCsvReader.builder().mixedCurrencies(true)
                    .threads(Runtime.getRuntime().availableProcessors()).build().read(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + path, e);
        }
    }

    /** Account to column to value, for the table's extra columns (built only when a segment is asked for). */
    private static Map<String, Map<String, String>> dimensions(MrrTable table) {
        Map<String, Map<String, String>> dims = new HashMap<>();
        List<String> names = table.dimensionNames();
        for (int a = 0; a < table.accountCount(); a++) {
            Map<String, String> row = new HashMap<>();
            for (String name : names) {
                String value = table.dimension(a, name);
                if (value != null) {
                    row.put(name, value);
                }
            }
            dims.put(table.accountId(a), row);
        }
        return dims;
    }

    /**
     * Histories and each account's string dimensions (account to column to value).
     *
     * @param histories the account MRR histories
     * @param dimensions account to column to value
     */
    record Loaded(List<MrrHistory> histories, Map<String, Map<String, String>> dimensions) {
    }

    static ReportData load(ReportOptions o) throws IOException {
        String source;
        Loaded loaded;
        ReportData.FxBook fxBook = null;
        Optional<Currency> currencyFilter = o.currency();
        SampleCompany sample = null;
        if (o.csv().isPresent()) {
            MrrTable table = readCsv(o.csv().get());
            source = table.source();
            if (table.currencies().size() == 1 && o.currency().map(c -> c.equals(table.currency())).orElse(true)
                    && o.segmentColumn().isEmpty() && o.from().isEmpty() && o.to().isEmpty() && o.fx().isEmpty()) {
                // The common case, and the one that must scale: no filter, so every section reads the
                // table's primitive columns and builds history objects only where it needs them.
                ReportData.Settings settings = new ReportData.Settings("", Map.of(), Optional.empty(),
                        o.cacIn(table.currency()), o.grossMargin())
                        .withTransactions(transactions(o, table.currency()));
                return new ReportData(table, settings);
            }
            loaded = new Loaded(table.toHistories(),
                    o.segmentColumn().isPresent() ? dimensions(table) : Map.of());
            if (o.fx().isPresent()) {
                Path file = o.fx().get();
                Set<Currency> csvCurrencies = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
                csvCurrencies.addAll(table.currencies());
                Currency reporting = o.currency().orElseGet(() -> reportingCurrency(file, csvCurrencies));
                FxRates rates;
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    rates = FxRates.parseCsv(reporting, r);
                } catch (NoSuchFileException e) {
                    throw new ReportOptions.UsageException("--fx: no such file: " + file);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--fx " + file + ": " + e.getMessage(), e);
                }
                fxBook = new ReportData.FxBook(window(loaded.histories(), o.from(), o.to()), rates);
                try {
                    FxSection.figures(fxBook);
                } catch (MissingFxRateException e) {
                    throw new IllegalArgumentException("--fx " + file + ": " + e.getMessage()
                            + "; add the currency's rate for that month", e);
                }
                if (o.currency().isEmpty() && csvCurrencies.contains(reporting)) {
                    currencyFilter = Optional.of(reporting);
                }
            }
        } else {
            sample = SampleCompany.generate(o.seed());
            source = ReportData.sampleSource(sample);
            Map<String, Map<String, String>> dims = new HashMap<>();
            sample.accounts().forEach(a -> dims.put(a.id(), Map.of(SAMPLE_SEGMENT_COLUMN, a.segment())));
            loaded = new Loaded(sample.histories(), dims);
        }
        if (loaded.histories().isEmpty()) {
            throw new IllegalArgumentException("the data set has no accounts: " + source);
        }
        List<MrrHistory> histories = byCurrency(loaded.histories(), currencyFilter, source);
        String filter = "";
        if (o.segmentColumn().isPresent()) {
            String column = o.segmentColumn().get();
            TreeSet<String> columns = new TreeSet<>();
            loaded.dimensions().values().forEach(d -> columns.addAll(d.keySet()));
            if (!columns.contains(column)) {
                throw new ReportOptions.UsageException("--segment: no column '" + column + "' in " + source
                        + (columns.isEmpty() ? " (it has no extra columns)" : "; columns: " + String.join(", ", columns)));
            }
            if (o.segmentValue().isPresent()) {
                String value = o.segmentValue().get();
                histories = histories.stream().filter(h -> value.equals(
                        loaded.dimensions().getOrDefault(h.accountId(), Map.of()).get(column))).toList();
                if (histories.isEmpty()) {
                    throw new ReportOptions.UsageException("--segment: no account has " + column + "=" + value);
                }
                filter = column + "=" + value;
                if (fxBook != null) {
                    fxBook = new ReportData.FxBook(fxBook.histories().stream().filter(h -> value.equals(
                            loaded.dimensions().getOrDefault(h.accountId(), Map.of()).get(column))).toList(),
                            fxBook.rates());
                }
            }
        }
        histories = window(histories, o.from(), o.to());
        if (histories.isEmpty()) {
            throw new ReportOptions.UsageException("no account has MRR between " + o.from().map(Object::toString)
                    .orElse("the start") + " and " + o.to().map(Object::toString).orElse("the end"));
        }
        Currency currency = histories.get(0).currency();
        ReportData.Settings settings = new ReportData.Settings(filter, loaded.dimensions(),
                o.segmentValue().isPresent() ? Optional.empty() : o.segmentColumn(), o.cacIn(currency),
                o.grossMargin(), Optional.ofNullable(fxBook), transactions(o, currency));
        return new ReportData(source, histories, sample, settings);
    }

    /** The most transactions {@code --transactions} reads; more is an error naming the limit. */
    static final long MAX_TRANSACTIONS = 20_000_000L;

    /**
     * The user's transactions ({@code --transactions}), read in full here; amounts are in
     * {@code --currency} if given, else in the report currency. A {@code currency} column, if the file
     * has one, must say that currency on every row.
     */
    static Optional<List<Transaction>> transactions(ReportOptions o, Currency reportCurrency) throws IOException {
        if (o.transactions().isEmpty()) {
            return Optional.empty();
        }
        Path file = o.transactions().get();
        Currency currency = o.currency().orElse(reportCurrency);
        try {
            checkCurrencyColumn(file, currency);
            List<Transaction> list;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                list = TransactionsCsv.readAll(r, currency, MAX_TRANSACTIONS);
            }
            if (list.isEmpty()) {
                throw new IllegalArgumentException("--transactions " + file + ": no transactions");
            }
            return Optional.of(list);
        } catch (NoSuchFileException e) {
            throw new ReportOptions.UsageException("--transactions: no such file: " + file);
        } catch (ReportOptions.UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("--transactions")) {
                throw e;
            }
            throw new IllegalArgumentException("--transactions " + file + ": " + e.getMessage(), e);
        }
    }

    /** A {@code currency} column must name {@code currency} on every row (the models need one currency). */
    private static void checkCurrencyColumn(Path file, Currency currency) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return;
            }
            List<String> names = List.of(header.replace("\uFEFF", "").split(",", -1)).stream()
                    .map(n -> n.strip().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
            int column = names.indexOf("currency");
            if (column < 0) {
                return;
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                String code = column < f.length ? f[column].strip().replace("\"", "") : "";
                if (!code.equalsIgnoreCase(currency.getCurrencyCode())) {
                    throw new IllegalArgumentException("--transactions " + file + " line " + lineNo
                            + ", column currency: '" + code + "' is not the report currency " + currency
                            + "; choose it with --currency (one currency per run)");
                }
            }
        }
    }

    /** The reporting currency of a rate file: the one CSV currency that has no rates in it. */
    private static Currency reportingCurrency(Path file, Set<Currency> csvCurrencies) {
        Set<String> rated = new TreeSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rated.add(line.split(",", -1)[0].strip().toUpperCase(Locale.ROOT));
                }
            }
        } catch (NoSuchFileException e) {
            throw new ReportOptions.UsageException("--fx: no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Currency> unrated = csvCurrencies.stream().filter(c -> !rated.contains(c.getCurrencyCode())).toList();
        if (unrated.size() != 1) {
            throw new ReportOptions.UsageException("--fx " + file + ": cannot tell the reporting currency (CSV currencies "
                    + "without rates: " + (unrated.isEmpty() ? "none" : unrated.stream().map(Currency::getCurrencyCode)
                            .collect(java.util.stream.Collectors.joining(", "))) + "); give it with --currency");
        }
        return unrated.get(0);
    }

    private static List<MrrHistory> byCurrency(List<MrrHistory> all, Optional<Currency> wanted, String source) {
        TreeSet<String> codes = new TreeSet<>();
        all.forEach(h -> codes.add(h.currency().getCurrencyCode()));
        if (wanted.isPresent()) {
            List<MrrHistory> kept = all.stream().filter(h -> h.currency().equals(wanted.get())).toList();
            if (kept.isEmpty()) {
                throw new ReportOptions.UsageException("--currency " + wanted.get() + ": no account of " + source
                        + " is billed in it; currencies: " + String.join(", ", codes));
            }
            return kept;
        }
        if (codes.size() > 1) {
            throw new IllegalArgumentException(source + " mixes currencies " + String.join(", ", codes)
                    + "; choose one with --currency");
        }
        return all;
    }

    /** Each history cut to [from, to]; accounts with no month in the window are dropped. */
    static List<MrrHistory> window(List<MrrHistory> histories, Optional<YearMonth> from, Optional<YearMonth> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return histories;
        }
        List<MrrHistory> out = new ArrayList<>();
        for (MrrHistory h : histories) {
            YearMonth start = from.filter(f -> f.isAfter(h.firstMonth())).orElse(h.firstMonth());
            YearMonth end = to.filter(t -> t.isBefore(h.lastMonth())).orElse(h.lastMonth());
            if (start.isAfter(end)) {
                continue;
            }
            List<Money> months = new ArrayList<>();
            for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
                months.add(h.mrrAt(m));
            }
            out.add(MrrHistory.of(h.accountId(), start, months));
        }
        return out;
    }
}
