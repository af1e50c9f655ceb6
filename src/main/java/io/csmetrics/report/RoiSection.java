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
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The ROI of customer success over the sample company's CS-tagged deals ({@link SampleDeals}). */
final class RoiSection implements ModelSection {

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
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        if (data.sample().isEmpty()) {
            b.note("Deals are not in the CSV (it holds MRR only), so CS revenue attribution is not computed;"
                    + " feed io.csmetrics.roi.Deal records to RoiAttribution for it.");
            return b.build();
        }
        SampleCompany company = data.sample().get();
        List<Deal> deals = SampleDeals.generate(company);
        RoiAttribution a = deals.parallelStream().collect(RoiAttribution.collector(MULTIPLIERS, data.currency()));
        b.figure("deals", "CS-tagged deals", Value.count(a.deals()),
                "derived from the MRR histories: upsells, annual renewals, CS referrals");
        List<List<Value>> lines = new ArrayList<>();
        for (AttributionLine line : a.lines()) {
            lines.add(List.of(Value.text(line.stream().toString()), Value.text(line.involvement().toString()),
                    Value.count(line.deals()), Value.money(line.arr()),
                    new Value.Number(line.multiplier(), ""), Value.money(line.attributed())));
        }
        b.add(new Block.Table("attribution", "ARR attributed to CS: ARR \u00d7 multiplier per stream and involvement",
                List.of("stream", "involvement", "deals", "ARR", "multiplier", "attributed"), lines));
        b.figure("total_arr", "total ARR of the deals", Value.money(a.totalArr()));
        b.figure("attributed_arr", "ARR attributed to CS", Value.money(a.attributedArr()));
        long months = monthsCovered(data);
        Money cost = SampleDeals.monthlyCsCost().multipliedBy(months);
        b.figure("cs_cost", "CS cost", Value.money(cost), Fmt.money(SampleDeals.monthlyCsCost()) + " per month ("
                + 3 * SampleDeals.CSMS_PER_TEAM + " CSMs + tools) \u00d7 " + months + " months");
        Roi roi = a.roi(cost);
        b.figure("roi_arr", "ROI, ARR basis: (attributed \u2212 cost) / cost", Value.percent(roi.ratio(), 1, "no cost"));
        LtvBasis ltv = LtvBasis.retention(t -> Math.pow(0.98, t), 1, 0.01, 60);
        Roi roiLtv = a.roi(ltv, cost);
        b.figure("attributed_ltv", "attributed LTV", Value.money(roiLtv.attributed().rounded(RoundingMode.HALF_EVEN)),
                ltv + ", S(t) = 0.98^t");
        b.figure("roi_ltv", "ROI, LTV basis", Value.percent(roiLtv.ratio(), 1, "no cost"));

        List<Contribution<IsoWeek>> weeks = a.weekly();
        Contribution<IsoWeek> best = weeks.stream()
                .max(Comparator.comparing((Contribution<IsoWeek> c) -> c.attributed())).orElseThrow();
        b.figure("weeks_with_deals", "weeks with deals", Value.count(weeks.size()),
                weeks.get(0).key() + " to " + weeks.get(weeks.size() - 1).key());
        b.figure("mean_attributed_per_week", "mean attributed per week",
                Value.money(a.attributedArr().dividedBy(weeks.size(), RoundingMode.HALF_EVEN)));
        b.figure("best_week", "best week " + best.key(), Value.money(best.attributed()), best.deals() + " deals");
        List<List<Value>> lastWeeks = new ArrayList<>();
        for (Contribution<IsoWeek> c : weeks.subList(Math.max(0, weeks.size() - 4), weeks.size())) {
            lastWeeks.add(List.of(Value.period(c.key()), Value.count(c.deals()), Value.money(c.attributed())));
        }
        b.add(new Block.Table("last_weeks", "last 4 weeks", List.of("week", "deals", "attributed"), lastWeeks));
        List<Contribution<YearMonth>> monthly = a.monthly();
        b.figure("last_month_attributed", "attributed in " + monthly.get(monthly.size() - 1).key(),
                Value.money(monthly.get(monthly.size() - 1).attributed()), monthly.size() + " months with deals");
        List<Contribution<String>> csms = new ArrayList<>(a.byCsm());
        csms.sort(Comparator.comparing((Contribution<String> c) -> c.attributed()).reversed());
        List<List<Value>> top = new ArrayList<>();
        for (Contribution<String> c : csms.subList(0, Math.min(5, csms.size()))) {
            top.add(List.of(Value.text(c.key()), Value.count(c.deals()), Value.money(c.arr()), Value.money(c.attributed())));
        }
        b.add(new Block.Table("top_csms", "top CSMs by attributed ARR", List.of("CSM", "deals", "ARR", "attributed"), top));
        List<List<Value>> teams = new ArrayList<>();
        for (Contribution<String> c : a.byTeam()) {
            teams.add(List.of(Value.text(c.key()), Value.count(c.deals()), Value.money(c.arr()), Value.money(c.attributed())));
        }
        b.add(new Block.Table("teams", "per team", List.of("team", "deals", "ARR", "attributed"), teams));

        counterfactual(company, data, b);

        ResponsibilityMatrix glue = OrganisationModel.CS_AS_GLUE.matrix();
        b.figure("misalignments", "responsibility vs influence, CS as the glue: misalignments",
                Value.count(glue.misalignments().size()));
        List<String> cs = new ArrayList<>();
        for (Misalignment m : glue.misalignments()) {
            if (m.department().equals(Department.CUSTOMER_SUCCESS)) {
                cs.add(m.metric() + " (" + (m.kind() == Misalignment.Kind.TARGET_WITHOUT_INFLUENCE
                        ? "target, no influence" : "influence, no target") + ")");
            }
        }
        b.note("CS's misalignments: " + String.join("; ", cs) + ".");
        b.note("Renewal rate is moved by " + glue.movers(BusinessMetric.RENEWAL_RATE) + ", held by "
                + glue.targetHolders(BusinessMetric.RENEWAL_RATE) + "; aligned targets leave "
                + OrganisationModel.ALIGNED_TARGETS.matrix().misalignments().size() + " misalignments.");
        return b.build();
    }

    /**
     * Accounts active at the start of the first full year, split by a fixed rule into a CS
     * programme and a control group; the simulation gives CS no causal effect, so the uplift shows
     * the method and should be noise around zero.
     */
    private static void counterfactual(SampleCompany company, ReportData data, Report.SectionBuilder b) {
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
            b.note(String.format(Locale.ROOT, "counterfactual (%s, %s \u2192 %s): CS-worked %d accounts retain %s %%,"
                    + " control %d retain %s %%, incremental ARR %s", basis, from, to, up.workedAccounts(),
                    pct(up.workedRetention()), up.controlAccounts(), pct(up.controlRetention()),
                    Fmt.money(up.incrementalArr(RoundingMode.HALF_EVEN))));
        }
        b.note("The sample simulates no CS effect: the uplift demonstrates the method, beside the multipliers.");
    }

    private static long monthsCovered(ReportData data) {
        return (data.lastMonth().getYear() - data.firstMonth().getYear()) * 12L + data.lastMonth().getMonthValue()
                - data.firstMonth().getMonthValue() + 1;
    }

    static String pct(Ratio r) {
        return r.isDefined() ? r.toPercent(1, RoundingMode.HALF_EVEN).toPlainString() : "undefined";
    }
}
