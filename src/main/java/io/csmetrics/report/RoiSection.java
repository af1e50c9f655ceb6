package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import io.csmetrics.roi.AccountOutcome;
import io.csmetrics.roi.AttributionLine;
import io.csmetrics.roi.Contribution;
import io.csmetrics.roi.CounterfactualUplift;
import io.csmetrics.roi.Deal;
import io.csmetrics.roi.Department;
import io.csmetrics.roi.Involvement;
import io.csmetrics.roi.IsoWeek;
import io.csmetrics.roi.LtvBasis;
import io.csmetrics.roi.Misalignment;
import io.csmetrics.roi.Multipliers;
import io.csmetrics.roi.OrganisationModel;
import io.csmetrics.roi.ResponsibilityMatrix;
import io.csmetrics.roi.RevenueStream;
import io.csmetrics.roi.Roi;
import io.csmetrics.roi.RoiAttribution;
import io.csmetrics.roi.Uplift;
import io.csmetrics.roi.UpliftBasis;
import io.csmetrics.roi.BusinessMetric;
import java.io.PrintStream;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The ROI of customer success over the sample company's CS-tagged deals ({@link SampleDeals}). */
final class RoiSection implements ReportSection {

    static final Multipliers MULTIPLIERS = Multipliers.builder()
            .stream(RevenueStream.CS_SOURCED_NEW, "1")
            .stream(RevenueStream.RENEWAL, "0.5").involvement(RevenueStream.RENEWAL, Involvement.ASSISTED, "0.3")
            .stream(RevenueStream.UPSELL, "0.25").involvement(RevenueStream.UPSELL, Involvement.LED, "0.5")
            .involvement(RevenueStream.UPSELL, Involvement.INFLUENCED, "0.1")
            .build();

    @Override
    public String title() {
        return "ROI of customer success";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            out.println("deals are not in the CSV (it holds MRR only), so CS revenue attribution is not computed;");
            out.println("feed io.csmetrics.roi.Deal records to RoiAttribution for it.");
            return;
        }
        SampleCompany company = data.sample().get();
        List<Deal> deals = SampleDeals.generate(company);
        RoiAttribution a = deals.parallelStream().collect(RoiAttribution.collector(MULTIPLIERS, data.currency()));
        out.printf("deals: %d CS-tagged deals derived from the MRR histories (upsells, annual renewals, CS referrals)%n",
                a.deals());
        out.println("multipliers: " + MULTIPLIERS);
        for (AttributionLine line : a.lines()) {
            out.println("  " + line.explain());
        }
        out.printf("total ARR %s, attributed to CS %s%n", cents(a.totalArr()), cents(a.attributedArr()));
        long months = monthsCovered(data);
        Money cost = SampleDeals.monthlyCsCost().multipliedBy(months);
        out.printf("CS cost: %s per month (%d CSMs + tools) × %d months = %s%n", SampleDeals.monthlyCsCost(),
                3 * SampleDeals.CSMS_PER_TEAM, months, cost);
        Roi roi = a.roi(cost);
        out.printf("ROI (ARR basis): (%s − %s) / %s = %s%%%n", cents(roi.attributed()), cost, cost, pct(roi.ratio()));
        LtvBasis ltv = LtvBasis.retention(t -> Math.pow(0.98, t), 1, 0.01, 60);
        Roi roiLtv = a.roi(ltv, cost);
        out.printf("ROI (%s, S(t) = 0.98^t): attributed LTV %s, ROI %s%%%n", ltv, roiLtv.attributed(),
                pct(roiLtv.ratio()));

        List<Contribution<IsoWeek>> weeks = a.weekly();
        Contribution<IsoWeek> best = weeks.stream()
                .max(Comparator.comparing((Contribution<IsoWeek> c) -> c.attributed())).orElseThrow();
        Money weeklyTotal = a.attributedArr();
        out.printf("weekly: %d weeks with deals (%s to %s), mean attributed %s per week, best %s with %s (%d deals)%n",
                weeks.size(), weeks.get(0).key(), weeks.get(weeks.size() - 1).key(),
                weeklyTotal.dividedBy(weeks.size(), RoundingMode.HALF_EVEN), best.key(), cents(best.attributed()),
                best.deals());
        StringBuilder last = new StringBuilder("last 4 weeks:");
        for (Contribution<IsoWeek> c : weeks.subList(Math.max(0, weeks.size() - 4), weeks.size())) {
            last.append(' ').append(c.key()).append(' ').append(cents(c.attributed()));
        }
        out.println(last);
        List<Contribution<YearMonth>> monthly = a.monthly();
        out.printf("monthly: %d months, last %s attributed %s%n", monthly.size(),
                monthly.get(monthly.size() - 1).key(), cents(monthly.get(monthly.size() - 1).attributed()));
        List<Contribution<String>> csms = new ArrayList<>(a.byCsm());
        csms.sort(Comparator.comparing((Contribution<String> c) -> c.attributed()).reversed());
        out.println("top CSMs by attributed ARR:");
        for (Contribution<String> c : csms.subList(0, Math.min(5, csms.size()))) {
            out.printf("  %-13s %4d deals, ARR %s, attributed %s%n", c.key(), c.deals(), cents(c.arr()),
                    cents(c.attributed()));
        }
        StringBuilder teams = new StringBuilder("per team:");
        for (Contribution<String> c : a.byTeam()) {
            teams.append(' ').append(c.key()).append(' ').append(cents(c.attributed())).append(';');
        }
        out.println(teams.substring(0, teams.length() - 1));

        counterfactual(company, data, out);

        ResponsibilityMatrix glue = OrganisationModel.CS_AS_GLUE.matrix();
        out.printf("responsibility vs influence (CS as the glue): %d misalignments; CS's:",
                glue.misalignments().size());
        for (Misalignment m : glue.misalignments()) {
            if (m.department().equals(Department.CUSTOMER_SUCCESS)) {
                out.print(" " + m.metric() + " (" + (m.kind() == Misalignment.Kind.TARGET_WITHOUT_INFLUENCE
                        ? "target, no influence" : "influence, no target") + ");");
            }
        }
        out.println();
        out.println("  renewal rate is moved by " + glue.movers(BusinessMetric.RENEWAL_RATE) + ", held by "
                + glue.targetHolders(BusinessMetric.RENEWAL_RATE) + "; aligned targets leave "
                + OrganisationModel.ALIGNED_TARGETS.matrix().misalignments().size() + " misalignments");
    }

    /**
     * Accounts active at the start of the first full year, split by a fixed rule into a CS
     * programme and a control group; the simulation gives CS no causal effect, so the uplift shows
     * the method and should be noise around zero.
     */
    private static void counterfactual(SampleCompany company, ReportData data, PrintStream out) {
        YearMonth from = data.firstMonth();
        YearMonth to = from.plusMonths(12);
        CounterfactualUplift u = CounterfactualUplift.create(data.currency());
        for (MrrHistory h : company.histories()) {
            Money start = h.mrrAt(from);
            if (start.isPositive()) {
                boolean worked = Math.floorMod(h.accountId().hashCode(), 2) == 0;
                u.accept(AccountOutcome.of(h.accountId(), worked, start.multipliedBy(12), h.mrrAt(to).multipliedBy(12)));
            }
        }
        for (UpliftBasis basis : UpliftBasis.values()) {
            Uplift up = u.uplift(basis);
            out.printf("counterfactual (%s, %s → %s): CS-worked %d accounts retain %s%%, control %d retain %s%%, "
                    + "incremental ARR %s%n", basis, from, to, up.workedAccounts(), pct(up.workedRetention()),
                    up.controlAccounts(), pct(up.controlRetention()), up.incrementalArr(RoundingMode.HALF_EVEN));
        }
        out.println("  (the sample simulates no CS effect: the uplift demonstrates the method, beside the multipliers)");
    }

    private static long monthsCovered(ReportData data) {
        return (data.lastMonth().getYear() - data.firstMonth().getYear()) * 12L + data.lastMonth().getMonthValue()
                - data.firstMonth().getMonthValue() + 1;
    }

    static String pct(Ratio r) {
        return r.isDefined() ? r.toPercent(1, RoundingMode.HALF_EVEN).toPlainString() : "undefined";
    }

    static Money cents(Money m) {
        return m.rounded(RoundingMode.HALF_EVEN);
    }

    static String plain(io.csmetrics.goals.KpiValue v) {
        return v.isTerminating() ? v.toString()
                : (v.isMoney() ? v.currency().get().getCurrencyCode() + " " : "")
                        + v.toBigDecimal(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                        + " (exactly " + v.toRatio() + ")";
    }
}
