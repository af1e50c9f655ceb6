package io.csmetrics.report;

import io.csmetrics.Money;
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
        out.printf("accounts: %d, months: %s to %s, currency: %s%n", data.accounts(), data.firstMonth(),
                data.lastMonth(), data.currency().getCurrencyCode());
        out.printf("MRR %s: %s, MRR %s: %s%n", data.firstMonth(), total(data, data.firstMonth()), data.lastMonth(),
                total(data, data.lastMonth()));
    }

    private static Money total(ReportData data, YearMonth month) {
        return Money.ofMinor(data.totalMinorUnits(month), data.currency());
    }
}
