package io.csmetrics.report;

import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data set a report runs over: account MRR histories (always), and, for the bundled sample
 * company, the company itself, from whose accounts and seed each stage's section generates that
 * stage's sample records (usage events, NPS answers, ...). Sections needing data that is absent say
 * so.
 */
final class ReportData {

    private final String source;
    private final List<MrrHistory> histories;
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

    private ReportData(String source, List<MrrHistory> histories, SampleCompany sample) {
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

    List<MrrHistory> histories() {
        return histories;
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
            bridge = histories.stream().collect(MrrBridgeAccumulator.collector(currency, firstMonth, lastMonth));
        }
        return bridge;
    }

    /** The sample company, when the report runs over one; empty for a user's CSV. */
    Optional<SampleCompany> sample() {
        return Optional.ofNullable(sample);
    }
}
