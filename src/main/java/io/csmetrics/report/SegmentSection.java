package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import io.csmetrics.SegmentedAccumulator;
import io.csmetrics.Segmentation;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import io.csmetrics.revenue.SegmentBridge;
import io.csmetrics.revenue.SegmentBridgePeriod;
import io.csmetrics.revenue.SegmentedBridge;
import io.csmetrics.revenue.SegmentedBridgeAccumulator;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Renew stage by segment: over the trailing twelve months (or the whole data set if shorter), per
 * segment the MRR at start and end, the movements summed over the months, segment moves, NRR and
 * GRR of the segment's start accounts, and a total row equal to the sum of the segments.
 *
 * <p>The sample company segments by plan and by size band; a user's CSV has no segment column
 * yet (the CSV reader's extra columns plug in through {@link Segmentation#byAccount(Map, String)}).
 */
final class SegmentSection implements ReportSection {

    /** The figures of one segment (or the total) over a window. */
    record Row(String segment, Money startMrr, Money newBusiness, Money expansion, Money reactivation,
            Money contraction, Money churn, Money segmentIn, Money segmentOut, Money endMrr, long endAccounts, Ratio nrr,
            Ratio grr) {
    }

    /** The rows of one segmentation: one per segment and the total, computed apart from the text. */
    static List<Row> rows(List<MrrHistory> histories, Segmentation segmentation, YearMonth from, YearMonth to) {
        java.util.Currency currency = histories.get(0).currency();
        SegmentedBridge bridge = histories.stream()
                .collect(SegmentedBridgeAccumulator.collector(currency, segmentation, from, to));
        SegmentedAccumulator<MrrHistory, RevenueRetentionAccumulator> retention = histories.stream()
                .collect(SegmentedAccumulator.collector(() -> RevenueRetentionAccumulator.create(currency, from, to),
                        h -> segmentation.checkedSegmentOf(h.accountId(), from)));
        SortedMap<String, RevenueRetention> bySegment = retention.results(RevenueRetentionAccumulator::retention);
        List<Row> rows = new ArrayList<>();
        for (SegmentBridge b : bridge.segments().values()) {
            Money zero = Money.zero(currency);
            Money[] sums = {zero, zero, zero, zero, zero, zero, zero};
            for (SegmentBridgePeriod p : b.periods()) {
                sums[0] = sums[0].plus(p.newBusiness().amount());
                sums[1] = sums[1].plus(p.expansion().amount());
                sums[2] = sums[2].plus(p.reactivation().amount());
                sums[3] = sums[3].plus(p.contraction().amount());
                sums[4] = sums[4].plus(p.churn().amount());
                sums[5] = sums[5].plus(p.segmentIn().amount());
                sums[6] = sums[6].plus(p.segmentOut().amount());
            }
            Optional<RevenueRetention> r = Optional.ofNullable(bySegment.get(b.segment()));
            rows.add(new Row(b.segment(), b.openingMrr(), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6],
                    b.mrrAt(to), b.accountsAt(to), r.map(RevenueRetention::nrr).orElse(Ratio.of(0, 0)),
                    r.map(RevenueRetention::grr).orElse(Ratio.of(0, 0))));
        }
        var total = bridge.total().between(from, to);
        RevenueRetention all = retention.total(RevenueRetentionAccumulator::retention);
        Money zero = Money.zero(currency);
        rows.add(new Row("total", total.startMrr(), total.newBusiness().amount(), total.expansion().amount(),
                total.reactivation().amount(), total.contraction().amount(), total.churn().amount(), zero, zero,
                total.endMrr(), total.endAccounts(), all.nrr(), all.grr()));
        return rows;
    }

    @Override
    public String title() {
        return "Renew: by segment";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        Optional<SampleCompany> sample = data.sample();
        if (sample.isEmpty()) {
            out.println("n/a: the data set has no segment column (plan, region, ...)");
            return;
        }
        YearMonth to = data.lastMonth();
        YearMonth from = to.minusMonths(12).isBefore(data.firstMonth()) ? data.firstMonth() : to.minusMonths(12);
        if (!to.isAfter(from)) {
            out.println("n/a: needs at least two months of data");
            return;
        }
        Map<String, String> plan = new HashMap<>();
        Map<String, String> size = new HashMap<>();
        for (SampleCompany.Account a : sample.get().accounts()) {
            plan.put(a.id(), a.initialPlan().name().toLowerCase(java.util.Locale.ROOT));
            size.put(a.id(), a.segment());
        }
        table("plan at signup", rows(data.histories(), Segmentation.byAccount(plan, "other"), from, to), from, to, data,
                out);
        out.println();
        table("size band", rows(data.histories(), Segmentation.byAccount(size, "other"), from, to), from, to, data, out);
    }

    private static void table(String by, List<Row> rows, YearMonth from, YearMonth to, ReportData data, PrintStream out) {
        out.printf("By %s, %s → %s (%s, whole units; segment rows sum to the total):%n", by, from, to,
                data.currency().getCurrencyCode());
        out.printf("%-12s %11s %9s %9s %9s %9s %9s %9s %9s %11s %8s %8s %8s%n", "segment", "start", "+new", "+expans.",
                "+reactiv.", "-contr.", "-churn", "+in", "-out", "end", "accounts", "NRR", "GRR");
        for (Row r : rows) {
            out.printf("%-12s %11s %9s %9s %9s %9s %9s %9s %9s %11s %8d %8s %8s%n", r.segment(), units(r.startMrr()),
                    units(r.newBusiness()), units(r.expansion()), units(r.reactivation()), units(r.contraction()),
                    units(r.churn()), units(r.segmentIn()), units(r.segmentOut()), units(r.endMrr()), r.endAccounts(),
                    pct(r.nrr()), pct(r.grr()));
        }
    }

    private static String units(Money m) {
        return m.amount().setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pct(Ratio r) {
        return r.isDefined() ? r.toPercent(1, RoundingMode.HALF_EVEN).toPlainString() + " %" : "n/a";
    }
}
