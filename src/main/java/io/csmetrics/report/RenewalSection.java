package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgePeriod;
import io.csmetrics.revenue.NrrFormula;
import io.csmetrics.revenue.QuickRatioBasis;
import io.csmetrics.revenue.ReactivationRule;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueMetrics;
import java.io.PrintStream;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Renew stage, revenue: the MRR bridge per month, ARR, ARPA, NRR and GRR over the last month and
 * the trailing twelve months, and the quick ratio. Works on any MRR histories (sample or CSV).
 */
final class RenewalSection implements ReportSection {

    @Override
    public String title() {
        return "Renew: MRR movements";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        YearMonth first = data.firstMonth();
        YearMonth last = data.lastMonth();
        MrrBridge bridge = data.bridge();
        String ccy = data.currency().getCurrencyCode();
        out.printf("MRR bridge (%s, whole units; %s is the opening balance):%n", ccy, first);
        out.printf("%-7s %12s %10s %10s %10s %10s %10s %12s %8s %6s%n", "month", "start", "+new", "+expansion",
                "+reactiv.", "-contract.", "-churn", "end", "accounts", "quick");
        out.printf("%-7s %12s %10s %10s %10s %10s %10s %12s %8d %6s%n", first, "", "", "", "", "", "",
                units(bridge.openingMrr()), bridge.openingAccounts(), "");
        for (MrrBridgePeriod p : bridge.periods()) {
            out.printf("%-7s %12s %10s %10s %10s %10s %10s %12s %8d %6s%n", p.endMonth(), units(p.startMrr()),
                    units(p.newBusiness().amount()), units(p.expansion().amount()), units(p.reactivation().amount()),
                    units(p.contraction().amount()), units(p.churn().amount()), units(p.endMrr()), p.endAccounts(),
                    times(p.quickRatio(QuickRatioBasis.WITH_REACTIVATION)));
        }
        out.println();
        out.printf("ARR %s: %s %s%n", last, ccy,
                units(RevenueMetrics.arr(bridge.closingMrr()).toMoney(RoundingMode.HALF_EVEN)));
        out.printf("ARPA %s: %s%n", last, RevenueMetrics.arpa(bridge.closingMrr(), bridge.closingAccounts())
                .map(a -> a.toMoney(RoundingMode.HALF_EVEN).toString()).orElse("undefined (no paying account)"));
        if (bridge.periods().isEmpty()) {
            out.println("NRR, GRR, quick ratio: n/a (needs at least two months of data)");
            return;
        }
        retention(data, last.minusMonths(1), last, "1 month", out);
        if (!last.minusMonths(12).isBefore(first)) {
            retention(data, last.minusMonths(12), last, "trailing 12 months", out);
        } else {
            out.println("NRR, GRR trailing 12 months: n/a (needs 13 months of data)");
        }
        MrrBridgePeriod month = bridge.period(last);
        out.printf("quick ratio %s: %s (with reactivation), %s (without)%n", last,
                quick(month.quickRatio(QuickRatioBasis.WITH_REACTIVATION)),
                quick(month.quickRatio(QuickRatioBasis.WITHOUT_REACTIVATION)));
        YearMonth from = last.minusMonths(12).isBefore(first) ? first : last.minusMonths(12);
        MrrBridgePeriod year = bridge.between(from, last);
        out.printf("quick ratio %s→%s: %s (with reactivation), %s (without)%n", from, last,
                quick(year.quickRatio(QuickRatioBasis.WITH_REACTIVATION)),
                quick(year.quickRatio(QuickRatioBasis.WITHOUT_REACTIVATION)));
    }

    private static void retention(ReportData data, YearMonth start, YearMonth end, String label, PrintStream out) {
        RevenueRetention r = data.retention(start, end);
        out.printf("NRR %s (%s→%s, %d start accounts): %s standard, %s documents' form (no contraction), "
                + "%s reactivations excluded; GRR %s%n", label, start, end, r.startAccounts(), percent(r.nrr()),
                percent(r.nrr(NrrFormula.DOCUMENTS_SIMPLE, ReactivationRule.INCLUDE_REACTIVATED)),
                percent(r.nrr(NrrFormula.STANDARD, ReactivationRule.EXCLUDE_REACTIVATED)), percent(r.grr()));
    }

    private static String units(Money m) {
        return String.format("%,d", m.amount().setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    private static String percent(Ratio r) {
        return r.isDefined() ? r.toPercent(1, RoundingMode.HALF_EVEN).toPlainString() + " %" : "undefined";
    }

    private static String quick(Ratio r) {
        return r.isDefined() ? times(r) : "undefined (no MRR lost)";
    }

    private static String times(Ratio r) {
        return r.isDefined() ? r.toBigDecimal(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                : "n/a";
    }
}
