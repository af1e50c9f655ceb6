package io.csmetrics.report;

import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgePeriod;
import io.csmetrics.revenue.NrrFormula;
import io.csmetrics.revenue.QuickRatioBasis;
import io.csmetrics.revenue.ReactivationRule;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueMetrics;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Renew stage, revenue: the MRR bridge per month, ARR, ARPA, NRR and GRR over the last month and
 * the trailing twelve months, and the quick ratio. Works on any MRR histories (sample or CSV).
 */
final class RenewalSection implements ModelSection {

    @Override
    public String title() {
        return "Renew: MRR movements";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        YearMonth first = data.firstMonth();
        YearMonth last = data.lastMonth();
        MrrBridge bridge = data.bridge();
        List<List<Value>> rows = new ArrayList<>();
        rows.add(List.of(Value.period(first), none(), none(), none(), none(), none(), none(),
                Value.money(bridge.openingMrr()), Value.count(bridge.openingAccounts()), none()));
        List<String> months = new ArrayList<>();
        List<Value> mrr = new ArrayList<>();
        List<Value> accounts = new ArrayList<>();
        months.add(first.toString());
        mrr.add(Value.money(bridge.openingMrr()));
        accounts.add(Value.count(bridge.openingAccounts()));
        List<List<Value>> movements = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (MrrBridgePeriod p : bridge.periods()) {
            rows.add(List.of(Value.period(p.endMonth()), Value.money(p.startMrr()), Value.money(p.newBusiness().amount()),
                    Value.money(p.expansion().amount()), Value.money(p.reactivation().amount()),
                    Value.money(p.contraction().amount().negated()), Value.money(p.churn().amount().negated()),
                    Value.money(p.endMrr()), Value.count(p.endAccounts()),
                    Value.times(p.quickRatio(QuickRatioBasis.WITH_REACTIVATION), 2, "no MRR lost")));
            months.add(p.endMonth().toString());
            mrr.add(Value.money(p.endMrr()));
            accounts.add(Value.count(p.endAccounts()));
            movements.get(0).add(Value.money(p.newBusiness().amount()));
            movements.get(1).add(Value.money(p.expansion().amount()));
            movements.get(2).add(Value.money(p.reactivation().amount()));
            movements.get(3).add(Value.money(p.contraction().amount().negated()));
            movements.get(4).add(Value.money(p.churn().amount().negated()));
        }
        if (!bridge.periods().isEmpty()) {
            List<String> ends = months.subList(1, months.size());
            b.add(new Block.Chart("bridge", "MRR movements per month (" + data.currency().getCurrencyCode() + ")",
                    Block.ChartKind.STACKED_BAR, "month", "MRR movement, " + data.currency().getCurrencyCode(), ends,
                    List.of(new Block.Series("new", movements.get(0)), new Block.Series("expansion", movements.get(1)),
                            new Block.Series("reactivation", movements.get(2)),
                            new Block.Series("contraction", movements.get(3)), new Block.Series("churn", movements.get(4)))));
        }
        b.add(new Block.Chart("mrr", "MRR at month end (" + data.currency().getCurrencyCode() + ")", Block.ChartKind.LINE,
                "month", "MRR, " + data.currency().getCurrencyCode(), months, List.of(new Block.Series("MRR", mrr))));
        b.add(new Block.Chart("accounts", "Paying accounts at month end", Block.ChartKind.LINE, "month", "accounts",
                months, List.of(new Block.Series("accounts", accounts))));
        b.add(new Block.Table("bridge", "MRR bridge per month, " + first + " the opening balance; quick ratio with"
                + " reactivation", List.of("month", "start", "+new", "+expansion", "+reactiv.", "-contraction", "-churn",
                "end", "accounts", "quick"), rows));
        b.figure("arr", "ARR " + last, Value.money(RevenueMetrics.arr(bridge.closingMrr()).toMoney(RoundingMode.HALF_EVEN)),
                "12 x MRR");
        b.figure("arpa", "ARPA " + last, RevenueMetrics.arpa(bridge.closingMrr(), bridge.closingAccounts())
                .map(a -> Value.money(a.toMoney(RoundingMode.HALF_EVEN))).orElse(new Value.Undefined("no paying account")));
        if (bridge.periods().isEmpty()) {
            b.note("NRR, GRR and quick ratio need at least two months of data.");
            return b.build();
        }
        retention(b, data, last.minusMonths(1), last, "1m", "1 month");
        if (!last.minusMonths(12).isBefore(first)) {
            retention(b, data, last.minusMonths(12), last, "12m", "trailing 12 months");
        } else {
            b.note("NRR and GRR over the trailing 12 months need 13 months of data; this data has "
                    + months.size() + ".");
        }
        MrrBridgePeriod month = bridge.period(last);
        b.figure("quick_ratio_1m", "quick ratio " + last + " (with reactivation)",
                Value.times(month.quickRatio(QuickRatioBasis.WITH_REACTIVATION), 2, "no MRR lost"));
        b.figure("quick_ratio_1m_without_reactivation", "quick ratio " + last + " (without reactivation)",
                Value.times(month.quickRatio(QuickRatioBasis.WITHOUT_REACTIVATION), 2, "no MRR lost"));
        YearMonth from = last.minusMonths(12).isBefore(first) ? first : last.minusMonths(12);
        MrrBridgePeriod year = bridge.between(from, last);
        b.figure("quick_ratio_period", "quick ratio " + from + " \u2192 " + last + " (with reactivation)",
                Value.times(year.quickRatio(QuickRatioBasis.WITH_REACTIVATION), 2, "no MRR lost"));
        b.figure("quick_ratio_period_without_reactivation", "quick ratio " + from + " \u2192 " + last
                + " (without reactivation)", Value.times(year.quickRatio(QuickRatioBasis.WITHOUT_REACTIVATION), 2,
                "no MRR lost"));
        return b.build();
    }

    private static Value none() {
        return new Value.Undefined("");
    }

    private static void retention(Report.SectionBuilder b, ReportData data, YearMonth start, YearMonth end, String key,
            String label) {
        RevenueRetention r = data.retention(start, end);
        String span = " (" + start + " \u2192 " + end + ", " + r.startAccounts() + " start accounts)";
        b.figure("nrr_" + key, "NRR " + label + span, Value.percent(r.nrr(), 1, "no starting MRR"), "standard");
        b.figure("nrr_documents_" + key, "NRR " + label + ", documents' form",
                Value.percent(r.nrr(NrrFormula.DOCUMENTS_SIMPLE, ReactivationRule.INCLUDE_REACTIVATED), 1,
                        "no starting MRR"), "no contraction");
        b.figure("nrr_without_reactivation_" + key, "NRR " + label + ", reactivations excluded",
                Value.percent(r.nrr(NrrFormula.STANDARD, ReactivationRule.EXCLUDE_REACTIVATED), 1, "no starting MRR"));
        b.figure("grr_" + key, "GRR " + label, Value.percent(r.grr(), 1, "no starting MRR"));
    }
}
