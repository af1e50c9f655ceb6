package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
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
     */
    record Settings(String filter, Map<String, Map<String, String>> dimensions, Optional<String> breakdown,
            Optional<Money> cac, Optional<Ratio> grossMargin) {
        static final Settings NONE = new Settings("", Map.of(), Optional.empty(), Optional.empty(), Optional.empty());

        Settings {
            Objects.requireNonNull(filter, "filter must not be null");
            dimensions = Map.copyOf(dimensions);
            Objects.requireNonNull(breakdown, "breakdown must not be null");
            Objects.requireNonNull(cac, "cac must not be null");
            Objects.requireNonNull(grossMargin, "grossMargin must not be null");
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

    ReportData(String source, List<MrrHistory> histories, SampleCompany sample, Settings settings) {
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

    Settings settings() {
        return settings;
    }

    /** The sample company, when the report runs over one; empty for a user's CSV. */
    Optional<SampleCompany> sample() {
        return Optional.ofNullable(sample);
    }
}
