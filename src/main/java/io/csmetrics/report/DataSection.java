package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.io.PrintStream;
import java.time.YearMonth;

/** What the report runs over: accounts, months, currency, and MRR at the first and last month. */
final class DataSection implements ReportSection {

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        out.printf("accounts: %d, months: %s to %s, currency: %s%n", data.histories().size(), data.firstMonth(),
                data.lastMonth(), data.currency().getCurrencyCode());
        out.printf("MRR %s: %s, MRR %s: %s%n", data.firstMonth(), total(data, data.firstMonth()), data.lastMonth(),
                total(data, data.lastMonth()));
    }

    private static Money total(ReportData data, YearMonth month) {
        Money sum = Money.zero(data.currency());
        for (MrrHistory h : data.histories()) {
            sum = sum.plus(h.mrrAt(month));
        }
        return sum;
    }
}
