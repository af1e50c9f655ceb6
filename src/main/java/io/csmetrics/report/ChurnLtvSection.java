package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.churn.Annualization;
import io.csmetrics.churn.ChurnCalculator;
import io.csmetrics.churn.ChurnInterval;
import io.csmetrics.churn.CustomerCounts;
import io.csmetrics.churn.RevenueMovements;
import io.csmetrics.ltv.Ltv;
import io.csmetrics.ltv.LtvCalculator;
import io.csmetrics.revenue.MrrBridgePeriod;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Renew: customer and revenue churn per month, the last twelve months' pooled churn annualised both
 * ways with its Wilson interval, LTV by ARPA / churn and CAC payback. Gross margin and CAC are not
 * in MRR data: the section states the values it assumes.
 */
final class ChurnLtvSection implements ReportSection {

    /** Assumed, not measured: printed as such. */
    private static final Ratio ASSUMED_GROSS_MARGIN = Ratio.of(80, 100);
    private static final BigDecimal ASSUMED_CAC_IN_MONTHS_OF_ARPA = BigDecimal.valueOf(12);
    private static final int MONTHS_SHOWN = 12;

    @Override
    public String title() {
        return "Renew: churn and lifetime value";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        List<Period> periods = periods(data);
        if (periods.isEmpty()) {
            out.println("one month of data: churn needs two consecutive months");
            return;
        }
        ChurnCalculator churn = ChurnCalculator.standard();
        List<Period> shown = periods.subList(Math.max(0, periods.size() - MONTHS_SHOWN), periods.size());
        out.println("month    customers churned  churn %  gross MRR churn %  net MRR churn %");
        long starting = 0;
        long churned = 0;
        for (Period p : shown) {
            out.printf("%s %9d %7d %8s %18s %16s%n", p.month, p.counts.startingCustomers(), p.counts.churnedCustomers(),
                    percent(churn.customerChurn(p.counts).rate()), percent(churn.grossRevenueChurn(p.movements).rate()),
                    percent(churn.netRevenueChurn(p.movements).rate()));
            starting += p.counts.startingCustomers();
            churned += p.counts.churnedCustomers();
        }
        Ratio monthly = Ratio.of(churned, starting);
        out.printf("(customer churn over customers paying the month before; revenue churn over start-of-month MRR,"
                + " net of expansion; accounts joining and leaving within a month are invisible in monthly MRR)%n");
        if (!monthly.isDefined()) {
            out.println("no paying customers in the last " + shown.size() + " months: churn is undefined");
            return;
        }
        ChurnInterval interval = churn.confidenceInterval(churned, starting);
        out.printf("monthly customer churn, last %d months pooled: %d of %d = %s (Wilson 95 %%: %.2f %% to %.2f %%)%n",
                shown.size(), churned, starting, percent(monthly), interval.lower() * 100, interval.upper() * 100);
        out.printf("annualised: compound 1 - (1 - m)^12 = %s, simple m x 12 = %s%n", percent(churn.annualize(monthly)),
                percent(Annualization.SIMPLE.annualize(monthly)));
        Period last = periods.get(periods.size() - 1);
        long customers = last.counts.endingCustomers();
        out.printf("expected losses of the %d current customers over 12 months: %s compound, %s simple%n", customers,
                accounts(churn.expectedLosses(customers, monthly, 12).accounts()),
                accounts(churn.withAnnualization(Annualization.SIMPLE).expectedLosses(customers, monthly, 12).accounts()));
        if (customers == 0) {
            return;
        }
        Money arpa = last.movements.endMrr().dividedBy(customers, RoundingMode.HALF_EVEN);
        if (monthly.numerator().signum() == 0) {
            out.printf("ARPA %s: %s; no customer churned in the last %d months, so LTV = ARPA / churn and the"
                    + " lifetime 1 / churn are undefined (unbounded)%n", last.month, arpa, shown.size());
            return;
        }
        LtvCalculator ltv = LtvCalculator.standard().withMathContext(MathContext.DECIMAL64);
        Ltv revenueLtv = ltv.fromChurnRate(arpa, monthly);
        LtvCalculator margin = ltv.withGrossMargin(ASSUMED_GROSS_MARGIN);
        Ltv profitLtv = margin.fromChurnRate(arpa, monthly);
        Money cac = arpa.multipliedBy(ASSUMED_CAC_IN_MONTHS_OF_ARPA).rounded(RoundingMode.HALF_EVEN);
        out.printf("ARPA %s: %s; expected lifetime 1 / churn = %s months%n", last.month, arpa,
                ltv.expectedLifetimeMonths(monthly).toBigDecimal(new MathContext(3)).toPlainString());
        out.printf("LTV = ARPA / churn: %s (revenue), %s at an assumed gross margin of 80 %%%n",
                revenueLtv.value().rounded(RoundingMode.HALF_EVEN), profitLtv.value().rounded(RoundingMode.HALF_EVEN));
        out.printf("assumed CAC %s (12 x ARPA; MRR data has no acquisition cost): CAC payback %s months,"
                + " LTV:CAC %s, profit per account %s%n", cac,
                margin.cacPaybackMonths(cac, arpa).toBigDecimal(new MathContext(3)).toPlainString(),
                margin.ltvToCac(profitLtv, cac).toBigDecimal(new MathContext(3)).toPlainString(),
                margin.unitEconomics(profitLtv, cac).profitPerAccount().rounded(RoundingMode.HALF_EVEN));
    }

    private record Period(YearMonth month, CustomerCounts counts, RevenueMovements movements) {
    }

    /**
     * Each month's counts and MRR movements against the month before, read off the MRR bridge;
     * new customers include reactivations (both join the paying base).
     */
    private static List<Period> periods(ReportData data) {
        List<Period> periods = new ArrayList<>();
        for (MrrBridgePeriod b : data.bridge().periods()) {
            RevenueMovements movements = RevenueMovements.of(b.startMrr(), b.newBusiness().amount(),
                    b.expansion().amount(), b.contraction().amount(), b.churn().amount(), b.reactivation().amount(),
                    b.endMrr());
            CustomerCounts counts = CustomerCounts.of(b.startAccounts(), b.newBusiness().count() + b.reactivation().count(),
                    b.churn().count(), 0);
            periods.add(new Period(b.endMonth(), counts, movements));
        }
        return periods;
    }

    private static String percent(Ratio rate) {
        return rate.isDefined() ? rate.toPercent(2, RoundingMode.HALF_EVEN).toPlainString() + " %" : "undefined";
    }

    private static String accounts(Ratio count) {
        return count.toBigDecimal(new MathContext(4)).toPlainString();
    }
}
