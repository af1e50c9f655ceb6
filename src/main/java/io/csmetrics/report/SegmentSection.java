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
 * <p>The sample company segments by plan and by size band; a user's CSV by the extra column named
 * with {@code --segment COLUMN} ({@link Segmentation#byAccount(Map, String)}; accounts without a value
 * are in {@code (none)}).
 */
final class SegmentSection implements ModelSection {

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
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        Optional<SampleCompany> sample = data.sample();
        Optional<String> column = data.settings().breakdown();
        if (sample.isEmpty() && column.isEmpty()) {
            b.note("n/a: the data set has no segment column (plan, region, ...); name one with --segment COLUMN");
            return b.build();
        }
        YearMonth to = data.lastMonth();
        YearMonth from = to.minusMonths(12).isBefore(data.firstMonth()) ? data.firstMonth() : to.minusMonths(12);
        if (!to.isAfter(from)) {
            b.note("n/a: needs at least two months of data");
            return b.build();
        }
        if (sample.isPresent() && !(column.isPresent() && !column.get().equals(ReportInput.SAMPLE_SEGMENT_COLUMN))) {
            Map<String, String> plan = new HashMap<>();
            Map<String, String> size = new HashMap<>();
            for (SampleCompany.Account a : sample.get().accounts()) {
                plan.put(a.id(), a.initialPlan().name().toLowerCase(java.util.Locale.ROOT));
                size.put(a.id(), a.segment());
            }
            table(b, "plan", "plan at signup", rows(data.histories(), Segmentation.byAccount(plan, "other"), from, to),
                    from, to, data);
            table(b, "size_band", "size band", rows(data.histories(), Segmentation.byAccount(size, "other"), from, to),
                    from, to, data);
            return b.build();
        }
        String col = column.get();
        Map<String, String> byAccount = new HashMap<>();
        data.settings().dimensions().forEach((account, dims) -> {
            String v = dims.get(col);
            if (v != null && !v.isBlank()) {
                byAccount.put(account, v);
            }
        });
        table(b, "by_" + col, col, rows(data.histories(), Segmentation.byAccount(byAccount, "(none)"), from, to), from,
                to, data);
        return b.build();
    }

    private static void table(Report.SectionBuilder b, String key, String by, List<Row> rows, YearMonth from,
            YearMonth to, ReportData data) {
        List<List<Value>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(List.of(Value.text(r.segment()), Value.money(r.startMrr()), Value.money(r.newBusiness()),
                    Value.money(r.expansion()), Value.money(r.reactivation()), Value.money(r.contraction().negated()),
                    Value.money(r.churn().negated()), Value.money(r.segmentIn()), Value.money(r.segmentOut().negated()),
                    Value.money(r.endMrr()), Value.count(r.endAccounts()),
                    Value.percent(r.nrr(), 1, "no MRR at the start"), Value.percent(r.grr(), 1, "no MRR at the start")));
        }
        b.add(new Block.Table(key, "By " + by + ", " + from + " → " + to + " (segment rows sum to the total)", List.of("segment", "start", "+new", "+expansion", "+reactivation",
                        "-contraction", "-churn", "+in", "-out", "end", "accounts", "NRR", "GRR"), cells));
        List<Row> segments = rows.subList(0, rows.size() - 1);
        List<String> names = segments.stream().map(Row::segment).toList();
        b.add(new Block.Chart(key, "MRR movements " + from + " → " + to + " by " + by + " ("
                + data.currency().getCurrencyCode() + ")", Block.ChartKind.STACKED_BAR, by,
                "MRR movement, " + data.currency().getCurrencyCode(), names, List.of(
                        new Block.Series("new", segments.stream().map(r -> Value.money(r.newBusiness())).toList()),
                        new Block.Series("expansion", segments.stream().map(r -> Value.money(r.expansion())).toList()),
                        new Block.Series("reactivation",
                                segments.stream().map(r -> Value.money(r.reactivation())).toList()),
                        new Block.Series("contraction",
                                segments.stream().map(r -> Value.money(r.contraction().negated())).toList()),
                        new Block.Series("churn", segments.stream().map(r -> Value.money(r.churn().negated())).toList()))));
    }
}
