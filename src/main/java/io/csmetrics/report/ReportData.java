package io.csmetrics.report;

import io.csmetrics.MrrHistory;
import io.csmetrics.io.MrrTable;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The data set a report runs over: account MRR histories (always), and, for the bundled sample
 * company, the company itself, from whose accounts and seed each stage's section generates that
 * stage's sample records (usage events, NPS answers, ...). Sections needing data that is absent say
 * so.
 *
 * <p>A user's CSV arrives as an {@link MrrTable} (read and checked in full before any section
 * runs); the heavy figures (bridge, NRR/GRR, totals, per-account MRR) are then computed from its
 * primitive columns, and {@link MrrHistory} objects are built only where a section needs them.
 */
final class ReportData {

    private final String source;
    private final MrrTable table;
    private List<MrrHistory> histories;
    private final Currency currency;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private final SampleCompany sample;
    private MrrBridge bridge;

    ReportData(String source, List<MrrHistory> histories) {
        this(source, histories, null);
    }

    ReportData(SampleCompany sample) {
        this("sample company (seed " + sample.seed() + ")", sample.histories(), sample);
    }

    /** A user's data, read by {@link io.csmetrics.io.MrrCsvReader}: one currency, at least one account. */
    ReportData(MrrTable table) {
        this.table = Objects.requireNonNull(table, "table must not be null");
        this.source = table.source();
        this.sample = null;
        this.currency = table.currency();
        this.firstMonth = table.firstMonth();
        this.lastMonth = table.lastMonth();
    }

    private ReportData(String source, List<MrrHistory> histories, SampleCompany sample) {
        this.table = null;
        this.sample = sample;
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

    /** The histories of the accounts {@code which} accepts, by account number; builds only those. */
    List<MrrHistory> histories(IntPredicate which) {
        List<MrrHistory> list = new ArrayList<>();
        if (table == null) {
            for (int a = 0; a < histories.size(); a++) {
                if (which.test(a)) {
                    list.add(histories.get(a));
                }
            }
        } else {
            for (int a = 0; a < table.accountCount(); a++) {
                if (which.test(a)) {
                    list.add(table.history(a));
                }
            }
        }
        return list;
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
        long i = (month.getYear() - (long) h.firstMonth().getYear()) * 12 + month.getMonthValue()
                - h.firstMonth().getMonthValue();
        return i < 0 || i >= h.length() ? 0 : h.minorUnitsAt((int) i);
    }

    /**
     * The total MRR of a month in minor units; exact, since the reader (or the histories' own
     * checks in the bridge) bound the total of all amounts by {@code Long.MAX_VALUE}.
     */
    long totalMinorUnits(YearMonth month) {
        long sum = 0;
        for (int a = 0, n = accounts(); a < n; a++) {
            sum = Math.addExact(sum, minorUnits(a, month));
        }
        return sum;
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

    /** The sample company, when the report runs over one; empty for a user's CSV. */
    Optional<SampleCompany> sample() {
        return Optional.ofNullable(sample);
    }
}
