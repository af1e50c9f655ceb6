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
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renew: customer and revenue churn per month, the last twelve months' pooled churn annualised both
 * ways with its Wilson interval, LTV by ARPA / churn, and, when the user gives them, margin LTV
 * ({@code --gross-margin}) and CAC payback ({@code --cac}): MRR data has neither, so nothing is
 * assumed.
 */
final class ChurnLtvSection implements ModelSection {

    private static final int MONTHS_SHOWN = 12;
    private static final int HORIZON_MONTHS = 12;

    @Override
    public String title() {
        return "Renew: churn and lifetime value";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        List<Period> periods = periods(data);
        if (periods.isEmpty()) {
            b.note("One month of data: churn needs two consecutive months.");
            return b.build();
        }
        ChurnCalculator churn = ChurnCalculator.standard();
        List<Period> shown = periods.subList(Math.max(0, periods.size() - MONTHS_SHOWN), periods.size());
        List<List<Value>> rows = new ArrayList<>();
        long starting = 0;
        long churned = 0;
        for (Period p : shown) {
            rows.add(List.of(Value.period(p.month), Value.count(p.counts.startingCustomers()),
                    Value.count(p.counts.churnedCustomers()),
                    Value.percent(churn.customerChurn(p.counts).rate(), 2, "no customers"),
                    Value.percent(churn.grossRevenueChurn(p.movements).rate(), 2, "no MRR"),
                    Value.percent(churn.netRevenueChurn(p.movements).rate(), 2, "no MRR")));
            starting += p.counts.startingCustomers();
            churned += p.counts.churnedCustomers();
        }
        b.add(new Block.Table("churn_by_month", "churn per month", List.of("month", "customers", "churned", "churn",
                "gross MRR churn", "net MRR churn"), rows));
        b.note("Customer churn is over customers paying the month before; revenue churn over start-of-month MRR,"
                + " net of expansion for net churn; accounts joining and leaving within a month are invisible in"
                + " monthly MRR.");
        Ratio monthly = Ratio.of(churned, starting);
        if (!monthly.isDefined()) {
            b.figure("monthly_churn", "monthly customer churn", new Value.Undefined("no paying customers in the last "
                    + shown.size() + " months"));
            return b.build();
        }
        ChurnInterval interval = churn.confidenceInterval(churned, starting);
        String pooled = "last " + shown.size() + " months pooled, " + churned + " of " + starting + " customer-months";
        b.figure("monthly_churn", "monthly customer churn", Value.percent(monthly, 2, ""), pooled);
        b.figure("monthly_churn_wilson_lower", "monthly customer churn, Wilson 95 % lower",
                Value.number(interval.lower() * 100, 2, "%"));
        b.figure("monthly_churn_wilson_upper", "monthly customer churn, Wilson 95 % upper",
                Value.number(interval.upper() * 100, 2, "%"));
        b.figure("annual_churn_compound", "annualised churn, compound 1 \u2212 (1 \u2212 m)^12",
                Value.percent(churn.annualize(monthly), 2, ""));
        Ratio simple = Annualization.SIMPLE.annualize(monthly);
        b.figure("annual_churn_simple", "annualised churn, simple m \u00d7 12", simple.compareTo(Ratio.ONE) <= 0
                ? Value.percent(simple, 2, "")
                : new Value.Undefined("m \u00d7 12 exceeds 100 %, not a probability; use the compound figure"));
        Period last = periods.get(periods.size() - 1);
        long customers = last.counts.endingCustomers();
        b.figure("customers", "paying customers " + last.month, Value.count(customers));
        Ratio compoundLosses = churn.expectedLosses(customers, monthly, HORIZON_MONTHS).accounts();
        b.figure("expected_losses_compound", "expected losses over 12 months, compound",
                Value.number(compoundLosses.toBigDecimal(MathContext.DECIMAL64), 1, "accounts"));
        Ratio simpleLosses = churn.withAnnualization(Annualization.SIMPLE)
                .expectedLosses(customers, monthly, HORIZON_MONTHS).accounts();
        b.figure("expected_losses_simple", "expected losses over 12 months, simple",
                simpleLosses.compareTo(Ratio.of(customers, 1)) <= 0
                        ? Value.number(simpleLosses.toBigDecimal(MathContext.DECIMAL64), 1, "accounts")
                        : new Value.Undefined("more than the " + customers + " customers there are"));
        if (customers == 0) {
            return b.build();
        }
        Money arpa = last.movements.endMrr().dividedBy(customers, RoundingMode.HALF_EVEN);
        b.figure("arpa", "ARPA " + last.month, Value.money(arpa));
        if (monthly.numerator().signum() == 0) {
            b.figure("ltv", "LTV = ARPA / churn", new Value.Undefined("no customer churned in the last " + shown.size()
                    + " months, so ARPA / churn and the lifetime 1 / churn are unbounded"));
            return b.build();
        }
        LtvCalculator ltv = LtvCalculator.standard().withMathContext(MathContext.DECIMAL64);
        b.figure("lifetime_months", "expected lifetime 1 / churn",
                Value.number(ltv.expectedLifetimeMonths(monthly).toBigDecimal(MathContext.DECIMAL64), 1, "months"));
        Ltv revenueLtv = ltv.fromChurnRate(arpa, monthly);
        b.figure("ltv", "LTV = ARPA / churn", Value.money(revenueLtv.value().rounded(RoundingMode.HALF_EVEN)), "revenue");
        Optional<Ratio> margin = data.settings().grossMargin();
        LtvCalculator basis = margin.map(ltv::withGrossMargin).orElse(ltv);
        Ltv marginLtv = basis.fromChurnRate(arpa, monthly);
        if (margin.isPresent()) {
            b.figure("ltv_margin", "LTV at gross margin " + margin.get().toPercent(1, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString() + " %", Value.money(marginLtv.value().rounded(RoundingMode.HALF_EVEN)),
                    "--gross-margin");
        }
        Optional<Money> cac = data.settings().cac();
        if (cac.isPresent()) {
            String on = margin.isPresent() ? "--cac, at the given gross margin" : "--cac, on revenue: no --gross-margin";
            b.figure("cac", "CAC", Value.money(cac.get()), "--cac");
            b.figure("cac_payback_months", "CAC payback", Value.number(basis.cacPaybackMonths(cac.get(), arpa)
                    .toBigDecimal(MathContext.DECIMAL64), 1, "months"), on);
            b.figure("ltv_to_cac", "LTV:CAC", Value.times(basis.ltvToCac(marginLtv, cac.get()), 2, ""), on);
            b.figure("profit_per_account", "profit per account LTV \u2212 CAC", Value.money(basis
                    .unitEconomics(marginLtv, cac.get()).profitPerAccount().rounded(RoundingMode.HALF_EVEN)), on);
        }
        if (margin.isEmpty() || cac.isEmpty()) {
            b.note("MRR data has no " + (margin.isEmpty() ? "gross margin" : "") + (margin.isEmpty() && cac.isEmpty()
                    ? " or " : "") + (cac.isEmpty() ? "acquisition cost" : "") + ": pass "
                    + (margin.isEmpty() ? "--gross-margin PERCENT for margin LTV" : "")
                    + (margin.isEmpty() && cac.isEmpty() ? " and " : "")
                    + (cac.isEmpty() ? "--cac AMOUNT for CAC payback, LTV:CAC and profit per account" : "") + ".");
        }
        return b.build();
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
}
