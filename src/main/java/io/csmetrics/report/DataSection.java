package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the report runs over: accounts, months, currency, MRR at the first and last month, and,
 * with {@code --segment COLUMN}, accounts and MRR per value of that column.
 */
final class DataSection implements ModelSection {

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        b.figure("accounts", "accounts", Value.count(data.accounts()));
        b.figure("first_month", "first month", Value.period(data.firstMonth()));
        b.figure("as_of", "as of (last month)", Value.period(data.lastMonth()));
        b.figure("currency", "currency", Value.text(data.currency().getCurrencyCode()));
        b.figure("mrr_first", "MRR " + data.firstMonth(), Value.money(data.total(data.firstMonth())));
        b.figure("mrr_last", "MRR " + data.lastMonth(), Value.money(data.total(data.lastMonth())));
        data.settings().breakdown().ifPresent(column -> breakdown(b, data, column));
        data.sample().ifPresent(company -> {
            if (data.accounts() != company.histories().size()
                    || !data.firstMonth().equals(SampleCompany.FIRST_MONTH)) {
                b.note("The month window and the account filter apply to the MRR sections (renewal, churn, cohorts,"
                        + " KPI tree); the sample's other stage data (onboarding, usage, NPS, goals, health, deals)"
                        + " covers the whole sample company.");
            }
        });
        return b.build();
    }

    private static void breakdown(Report.SectionBuilder b, ReportData data, String column) {
        Map<String, List<MrrHistory>> groups = new TreeMap<>();
        for (MrrHistory h : data.histories()) {
            String value = data.settings().dimensions().getOrDefault(h.accountId(), Map.of()).getOrDefault(column,
                    "(none)");
            groups.computeIfAbsent(value, v -> new ArrayList<>()).add(h);
        }
        List<List<Value>> rows = new ArrayList<>();
        groups.forEach((value, hs) -> rows.add(List.of(Value.text(value), Value.count(hs.size()),
                Value.money(total(hs, data.firstMonth(), data)), Value.money(total(hs, data.lastMonth(), data)))));
        b.add(new Block.Table("by_" + column, "accounts and MRR by " + column,
                List.of(column, "accounts", "MRR " + data.firstMonth(), "MRR " + data.lastMonth()), rows));
    }

    static Money total(List<MrrHistory> histories, YearMonth month, ReportData data) {
        Money sum = Money.zero(data.currency());
        for (MrrHistory h : histories) {
            sum = sum.plus(h.mrrAt(month));
        }
        return sum;
    }
}
