package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import io.csmetrics.clv.Transaction;
import io.csmetrics.io.MrrTable;
import io.csmetrics.revenue.FxRates;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The data set a report runs over: account MRR histories (always), and, for the bundled sample
 * company, the company itself, from whose accounts and seed each stage's section generates that
 * stage's sample records (usage events, NPS answers, ...). Sections needing data that is absent say
 * so.
 *
 * <p>A user's CSV without filters arrives as an {@link MrrTable} (read and checked in full before any
 * section runs); the heavy figures (bridge, NRR/GRR, totals, per-account MRR) are then computed from
 * its primitive columns, and {@link MrrHistory} objects are built only where a section needs them.
 */
final class ReportData {

    private final String source;
    private final MrrTable table;
    private List<MrrHistory> histories;
    private final Currency currency;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private final SampleCompany sample;
    private final Settings settings;
    private MrrBridge bridge;

    /**
     * What the user set beyond the data: the account filter (for the heading), the dimension column
     * to break the book down by, and the values the MRR data cannot give (CAC, gross margin).
     *
     * @param filter the account filter as text ({@code segment=smb}), or empty
     * @param dimensions each account's string dimensions (the CSV's extra columns; the sample's segment)
     * @param breakdown the dimension to break MRR down by, if any
     * @param cac the customer acquisition cost per account, if given
     * @param grossMargin the gross margin, if given
     * @param fx the whole multi-currency book and its rates ({@code --fx}), if given
     * @param transactions the user's purchase transactions ({@code --transactions}), if given
     */
    record Settings(String filter, Map<String, Map<String, String>> dimensions, Optional<String> breakdown,
            Optional<Money> cac, Optional<Ratio> grossMargin, Optional<FxBook> fx,
            Optional<List<Transaction>> transactions) {
        static final Settings NONE = new Settings("", Map.of(), Optional.empty(), Optional.empty(), Optional.empty());

        Settings(String filter, Map<String, Map<String, String>> dimensions, Optional<String> breakdown,
                Optional<Money> cac, Optional<Ratio> grossMargin) {
            this(filter, dimensions, breakdown, cac, grossMargin, Optional.empty(), Optional.empty());
        }

        Settings {
            Objects.requireNonNull(filter, "filter must not be null");
            dimensions = Map.copyOf(dimensions);
            Objects.requireNonNull(breakdown, "breakdown must not be null");
            Objects.requireNonNull(cac, "cac must not be null");
            Objects.requireNonNull(grossMargin, "grossMargin must not be null");
            Objects.requireNonNull(fx, "fx must not be null");
            transactions = Objects.requireNonNull(transactions, "transactions must not be null").map(List::copyOf);
        }

        /** The same settings with the user's transactions. */
        Settings withTransactions(Optional<List<Transaction>> list) {
            return new Settings(filter, dimensions, breakdown, cac, grossMargin, fx, list);
        }
    }

    /**
     * A book in several currencies with the rates into one reporting currency ({@code --fx}).
     *
     * @param histories every account, each in its billing currency
     * @param rates the monthly rates into the reporting currency
     */
    record FxBook(List<MrrHistory> histories, FxRates rates) {
        FxBook {
            histories = List.copyOf(histories);
            Objects.requireNonNull(rates, "rates must not be null");
        }
    }

    ReportData(String source, List<MrrHistory> histories) {
        this(source, histories, null, Settings.NONE);
    }

    ReportData(SampleCompany sample) {
        this(sampleSource(sample), sample.histories(), sample, Settings.NONE);
    }

    static String sampleSource(SampleCompany sample) {
        return "sample company (seed " + sample.seed() + ")";
    }

    /**
     * A user's data as read by {@link io.csmetrics.io.MrrCsvReader}: one currency, at least one account,
     * no account filter.
     */
    ReportData(MrrTable table, Settings settings) {
        this.table = Objects.requireNonNull(table, "table must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.source = table.source();
        this.sample = null;
        this.currency = table.currency();
        this.firstMonth = table.firstMonth();
        this.lastMonth = table.lastMonth();
    }

    ReportData(String source, List<MrrHistory> histories, SampleCompany sample, Settings settings) {
        this.table = null;
        this.sample = sample;
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.histories = List.copyOf(histories);
        if (this.histories.isEmpty()) {
            throw new IllegalArgumentException("the data set has no accounts: " + source);
        }
        this.currency = this.histories.get(0).currency();
        YearMonth first = this.histories.get(0).firstMonth();
        YearMonth last = this.histories.get(0).lastMonth();
        for (MrrHistory h : this.histories) {
            first = h.firstMonth().isBefore(first) ? h.firstMonth() : first;
            last = h.lastMonth().isAfter(last) ? h.lastMonth() : last;
        }
        this.firstMonth = first;
        this.lastMonth = last;
    }

    String source() {
        return source;
    }

    /** Every account's history; for a CSV they are built (once) on first use, one object per account. */
    synchronized List<MrrHistory> histories() {
        if (histories == null) {
            histories = table.toHistories();
        }
        return histories;
    }

    /** Account {@code a}'s history; for a CSV built on each call. */
    MrrHistory history(int a) {
        return table != null ? table.history(a) : histories.get(a);
    }

    /** The histories of the accounts {@code which} accepts, by account number; builds only those. */
    List<MrrHistory> histories(IntPredicate which) {
        List<MrrHistory> list = new ArrayList<>();
        for (int a = 0, n = accounts(); a < n; a++) {
            if (which.test(a)) {
                list.add(history(a));
            }
        }
        return list;
    }

    /**
     * Calls {@code consumer} once per account, in account order, with its series in a buffer reused
     * across accounts; {@code firstMonthOffset} counts from {@link #firstMonth()}. One path for both
     * backings: the table's columns, or the histories' values.
     */
    void forEachSeries(MrrTable.SeriesConsumer consumer) {
        if (table != null) {
            table.forEachSeries(consumer);
            return;
        }
        long[] buffer = new long[0];
        for (int a = 0; a < histories.size(); a++) {
            MrrHistory h = histories.get(a);
            int n = h.length();
            if (buffer.length < n) {
                buffer = new long[n];
            }
            h.getMinorUnits(0, n, buffer, 0);
            consumer.accept(a, (int) monthsBetween(firstMonth, h.firstMonth()), buffer, 0, n);
        }
    }

    /** Account {@code a}'s currency. */
    Currency currency(int a) {
        return table != null ? table.currency(a) : histories.get(a).currency();
    }

    /** The number of accounts. */
    int accounts() {
        return table != null ? table.accountCount() : histories.size();
    }

    /** Account {@code a}'s id. */
    String accountId(int a) {
        return table != null ? table.accountId(a) : histories.get(a).accountId();
    }

    /** Account {@code a}'s MRR in a month, in minor units; zero outside its series. */
    long minorUnits(int a, YearMonth month) {
        if (table != null) {
            return table.minorUnits(a, month);
        }
        MrrHistory h = histories.get(a);
        long i = monthsBetween(h.firstMonth(), month);
        return i < 0 || i >= h.length() ? 0 : h.minorUnitsAt((int) i);
    }

    /** The months from {@code from} to {@code to}, negative if {@code to} is earlier. */
    private static long monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - (long) from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }

    /**
     * The total MRR of a month; exact, since the reader (or the histories' own checks in the bridge)
     * bound the total of all amounts by {@code Long.MAX_VALUE} minor units.
     */
    Money total(YearMonth month) {
        long sum = 0;
        for (int a = 0, n = accounts(); a < n; a++) {
            sum = Math.addExact(sum, minorUnits(a, month));
        }
        return Money.ofMinor(sum, currency);
    }

    /** NRR/GRR from one month to a later one, through the bulk path for a CSV. */
    RevenueRetention retention(YearMonth start, YearMonth end) {
        if (table != null) {
            return table.retention(start, end);
        }
        return histories.stream().collect(RevenueRetentionAccumulator.collector(currency, start, end));
    }

    Currency currency() {
        return currency;
    }

    YearMonth firstMonth() {
        return firstMonth;
    }

    YearMonth lastMonth() {
        return lastMonth;
    }

    /**
     * The MRR bridge over the whole data set, the first month being the opening balance; computed
     * once, since several sections read it.
     */
    synchronized MrrBridge bridge() {
        if (bridge == null) {
            bridge = table != null ? table.bridge(firstMonth, lastMonth)
                    : histories.stream().collect(MrrBridgeAccumulator.collector(currency, firstMonth, lastMonth));
        }
        return bridge;
    }

    Settings settings() {
        return settings;
    }

    /** The sample company, when the report runs over one; empty for a user's CSV. */
    Optional<SampleCompany> sample() {
        return Optional.ofNullable(sample);
    }
}
