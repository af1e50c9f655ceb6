package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.FxBridge;
import io.csmetrics.revenue.FxBridgeAccumulator;
import io.csmetrics.revenue.FxBridgePeriod;
import io.csmetrics.revenue.FxPolicy;
import io.csmetrics.revenue.FxRates;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * Renew stage in a reporting currency: the MRR bridge of a multi-currency book with its FX-impact
 * line, under the monthly-rate policy, and the total FX impact under both policies. The sample
 * company is shown billing in USD, EUR, GBP and JPY ({@link SampleFx}); a user's CSV needs a
 * currency column and an FX file, which the CLI does not read yet.
 */
final class FxSection implements ReportSection {

    /** The FX bridge of a book under both policies, computed apart from the text. */
    record Figures(FxBridge monthly, FxBridge constantCurrency) {
    }

    static Figures figures(List<MrrHistory> histories, FxRates rates, YearMonth from, YearMonth to) {
        return new Figures(histories.stream().collect(FxBridgeAccumulator.collector(rates, FxPolicy.MONTHLY_RATE, from, to)),
                histories.stream().collect(FxBridgeAccumulator.collector(rates, FxPolicy.RATE_AT_ACCOUNT_START, from, to)));
    }

    @Override
    public String title() {
        return "Renew: MRR bridge in a reporting currency";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            out.println("n/a: the data set has one currency and no FX rates");
            return;
        }
        YearMonth to = data.lastMonth();
        YearMonth from = to.minusMonths(12).isBefore(data.firstMonth()) ? data.firstMonth() : to.minusMonths(12);
        SampleFx.Book book = SampleFx.generate(data.histories(), data.firstMonth(),
                (int) (data.lastMonth().getYear() * 12L + data.lastMonth().getMonthValue()
                        - data.firstMonth().getYear() * 12L - data.firstMonth().getMonthValue() + 1));
        Figures f = figures(book.histories(), book.rates(), from, to);
        out.printf("Sample book billed in USD, EUR, GBP and JPY; reporting currency %s, rate of each month "
                + "(whole units; start + movements + fx = end):%n", book.rates().reportingCurrency().getCurrencyCode());
        out.printf("%-7s %11s %9s %9s %9s %9s %9s %9s %11s%n", "month", "start", "+new", "+expans.", "+reactiv.",
                "-contr.", "-churn", "+fx", "end");
        for (FxBridgePeriod p : f.monthly().periods()) {
            out.printf("%-7s %11s %9s %9s %9s %9s %9s %9s %11s%n", p.endMonth(), units(p.startMrr()),
                    units(p.newBusiness().amount()), units(p.expansion().amount()), units(p.reactivation().amount()),
                    units(p.contraction().amount()), units(p.churn().amount()), units(p.fxImpact()), units(p.endMrr()));
        }
        out.printf("FX impact %s → %s: %s at each month's rate; %s at each account's starting rate (constant currency)%n",
                from, to, units(f.monthly().totalFxImpact()), units(f.constantCurrency().totalFxImpact()));
    }

    private static String units(Money m) {
        return m.amount().setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    }
}
