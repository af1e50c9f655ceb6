package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.FxBridge;
import io.csmetrics.revenue.FxBridgeAccumulator;
import io.csmetrics.revenue.FxBridgePeriod;
import io.csmetrics.revenue.FxPolicy;
import io.csmetrics.revenue.FxRates;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renew stage in a reporting currency: the MRR bridge of a multi-currency book with its FX-impact
 * line, under the monthly-rate policy, and the total FX impact under both policies, over the trailing
 * twelve months. The sample company is shown billing in USD, EUR, GBP and JPY ({@link SampleFx}); a
 * user's multi-currency CSV needs {@code --fx FILE} (rates into the reporting currency).
 */
final class FxSection implements ModelSection {

    /** The FX bridge of a book under both policies, computed apart from the rendering. */
    record Figures(FxBridge monthly, FxBridge constantCurrency) {
    }

    static Figures figures(List<MrrHistory> histories, FxRates rates, YearMonth from, YearMonth to) {
        return new Figures(histories.stream().collect(FxBridgeAccumulator.collector(rates, FxPolicy.MONTHLY_RATE, from, to)),
                histories.stream().collect(FxBridgeAccumulator.collector(rates, FxPolicy.RATE_AT_ACCOUNT_START, from, to)));
    }

    /** The figures of a user's book over its trailing twelve months (or all of it if shorter). */
    static Figures figures(ReportData.FxBook book) {
        YearMonth first = book.histories().stream().map(MrrHistory::firstMonth).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = book.histories().stream().map(MrrHistory::lastMonth).max(YearMonth::compareTo).orElseThrow();
        return figures(book.histories(), book.rates(), from(first, last), last);
    }

    private static YearMonth from(YearMonth first, YearMonth last) {
        return last.minusMonths(12).isBefore(first) ? first : last.minusMonths(12);
    }

    @Override
    public String title() {
        return "Renew: MRR bridge in a reporting currency";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        Figures f;
        String what;
        Currency reporting;
        if (data.settings().fx().isPresent()) {
            ReportData.FxBook book = data.settings().fx().get();
            reporting = book.rates().reportingCurrency();
            f = figures(book);
            what = "Your book billed in " + book.histories().stream().map(h -> h.currency().getCurrencyCode())
                    .distinct().sorted().collect(Collectors.joining(", ")) + " (" + book.histories().size()
                    + " accounts), rates from --fx";
        } else if (data.sample().isPresent()) {
            YearMonth to = data.lastMonth();
            SampleFx.Book book = SampleFx.generate(data.histories(), data.firstMonth(),
                    (int) (data.lastMonth().getYear() * 12L + data.lastMonth().getMonthValue()
                            - data.firstMonth().getYear() * 12L - data.firstMonth().getMonthValue() + 1));
            reporting = book.rates().reportingCurrency();
            f = figures(book.histories(), book.rates(), from(data.firstMonth(), to), to);
            what = "Sample book billed in USD, EUR, GBP and JPY";
        } else {
            b.note("n/a: the data set has one currency and no FX rates (a multi-currency CSV takes --fx FILE)");
            return b.build();
        }
        String ccy = reporting.getCurrencyCode();
        b.note(what + "; reporting currency " + ccy + ", rate of each month (start + movements + fx = end).");
        List<List<Value>> rows = new ArrayList<>();
        List<String> months = new ArrayList<>();
        List<List<Value>> series = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (FxBridgePeriod p : f.monthly().periods()) {
            Money[] m = {p.newBusiness().amount(), p.expansion().amount(), p.reactivation().amount(),
                p.contraction().amount().negated(), p.churn().amount().negated(), p.fxImpact()};
            List<Value> row = new ArrayList<>();
            row.add(Value.period(p.endMonth()));
            row.add(Value.money(p.startMrr()));
            for (int i = 0; i < m.length; i++) {
                row.add(Value.money(m[i]));
                series.get(i).add(Value.money(m[i]));
            }
            row.add(Value.money(p.endMrr()));
            rows.add(row);
            months.add(p.endMonth().toString());
        }
        b.add(new Block.Table("fx_bridge", "MRR bridge per month, with the FX line",
                List.of("month", "start", "+new", "+expansion", "+reactivation", "-contraction", "-churn", "+fx", "end"),
                rows));
        if (!months.isEmpty()) {
            String[] names = {"new", "expansion", "reactivation", "contraction", "churn", "fx"};
            List<Block.Series> s = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                s.add(new Block.Series(names[i], series.get(i)));
            }
            b.add(new Block.Chart("fx_bridge", "MRR movements per month in " + ccy + ", FX included",
                    Block.ChartKind.STACKED_BAR, "month", "MRR movement, " + ccy, months, s));
        }
        b.figure("fx_impact_monthly_rate", "FX impact " + f.monthly().firstMonth() + " → " + f.monthly().lastMonth()
                + " at each month's rate", Value.money(f.monthly().totalFxImpact()));
        b.figure("fx_impact_constant_currency", "FX impact at each account's starting rate (constant currency)",
                Value.money(f.constantCurrency().totalFxImpact()));
        if (data.settings().fx().isPresent()) {
            b.note("The other sections cover the accounts billed in " + data.currency().getCurrencyCode()
                    + " only; this one the whole book.");
        }
        return b.build();
    }
}
