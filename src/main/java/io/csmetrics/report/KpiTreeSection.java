package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.goals.BackSolve;
import io.csmetrics.goals.Capability;
import io.csmetrics.goals.Change;
import io.csmetrics.goals.Elasticity;
import io.csmetrics.goals.KpiTree;
import io.csmetrics.goals.KpiValue;
import io.csmetrics.goals.MaturityAssessment;
import io.csmetrics.goals.MaturityModel;
import io.csmetrics.goals.NodeChange;
import io.csmetrics.goals.SmartTarget;
import io.csmetrics.goals.TargetProgress;
import io.csmetrics.goals.WhatIf;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * The company's MRR as a KPI tree (MRR = customers × ARPA, customers = opening + new − churned) at
 * the last month, a what-if, the elasticities, a back-solve, a SMART MRR target and the maturity
 * assessment of a sample checklist. Built from the MRR data alone, so it runs on a user's CSV too.
 */
final class KpiTreeSection implements ReportSection {

    /** The sample organisation's checklist: all of MANAGED, DEFINED but success plans, two of level 4. */
    static final List<String> SAMPLE_CHECKLIST = List.of("owner-per-account", "renewal-dates-tracked",
            "contact-cadence", "onboarding-playbook", "health-score-defined", "segmented-touch-model",
            "cs-roi-measured", "kpi-tree");

    @Override
    public String title() {
        return "KPI tree";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        YearMonth last = data.lastMonth();
        YearMonth previous = last.minusMonths(1);
        long opening = 0;
        long added = 0;
        long churned = 0;
        long mrrMinor = 0;
        for (int a = 0, n = data.accounts(); a < n; a++) {
            long nowMrr = data.minorUnits(a, last);
            boolean before = data.minorUnits(a, previous) > 0;
            boolean now = nowMrr > 0;
            opening += before ? 1 : 0;
            added += !before && now ? 1 : 0;
            churned += before && !now ? 1 : 0;
            mrrMinor = Math.addExact(mrrMinor, nowMrr);
        }
        Money mrr = Money.ofMinor(mrrMinor, data.currency());
        long customers = opening + added - churned;
        if (customers == 0) {
            out.println("no paying customers in " + last + ": the MRR tree is undefined");
            return;
        }
        KpiTree tree = KpiTree.builder("MRR")
                .product("MRR", "customers", "ARPA")
                .sum("customers before churn", "opening customers", "new customers")
                .difference("customers", "customers before churn", "churned customers")
                .leaf("opening customers", KpiValue.count(opening))
                .leaf("new customers", KpiValue.count(added))
                .leaf("churned customers", KpiValue.count(churned))
                .leaf("ARPA", KpiValue.money(Ratio.of(mrr.amount(), BigDecimal.valueOf(customers)), data.currency()))
                .build();
        out.println("MRR tree at " + last + " (customers = " + previous + "'s paying customers + new − churned):");
        tree.evaluate().values().forEach((name, v) -> out.println("  " + name + " = " + RoiSection.plain(v)));

        WhatIf w = tree.whatIf("ARPA", Change.byPercent("5"));
        out.print("what-if ARPA +5%:");
        for (NodeChange c : w.changed()) {
            out.print(" " + c.node() + " " + RoiSection.plain(c.before()) + " → " + RoiSection.plain(c.after()) + ";");
        }
        out.println();
        WhatIf lessChurn = tree.whatIf("churned customers", Change.byPercent("-50"));
        out.println("what-if churned customers −50%: MRR " + RoiSection.plain(lessChurn.goal().before()) + " → "
                + RoiSection.plain(lessChurn.goal().after()));
        out.print("elasticity of MRR per +1% (in % of MRR):");
        for (Elasticity e : tree.elasticities()) {
            out.print(" " + e.leaf() + " " + e.value().toBigDecimal(new MathContext(4)).toPlainString() + ";");
        }
        out.println();
        KpiValue target = KpiValue.money(mrr.multipliedBy(new BigDecimal("1.1")));
        BackSolve b = tree.backSolve("new customers", target);
        out.printf("back-solve: MRR +10%% (%s) needs %s new customers instead of %s (%s)%n",
                RoiSection.plain(b.target()), RoiSection.plain(b.required()), b.current(), b.method());

        YearMonth start = last.minusMonths(6);
        Money baseline = total(data, start);
        if (baseline.isPositive()) {
            SmartTarget smart = SmartTarget.of("MRR", baseline.amount(),
                    baseline.amount().multiply(new BigDecimal("1.4")), start.atDay(1), start.plusMonths(12).atDay(1));
            TargetProgress p = smart.progress(last.atDay(1), mrr.amount());
            out.printf("SMART target: MRR %s → %s (+40%%) from %s to %s; on %s at %s: %s%% achieved, %s%% of the time"
                    + " used, %s (behind linear pace by %s), needs %s per day%n", smart.baseline().toPlainString(),
                    smart.target().toPlainString(), smart.start(), smart.deadline(), p.asOf(), mrr.amount().toPlainString(),
                    RoiSection.pct(p.achieved()), RoiSection.pct(p.elapsed()), p.status(), two(p.behindBy()),
                    two(p.requiredRunRate()));
        } else {
            out.println("SMART target: no MRR in " + start + " to take as the baseline; skipped");
        }

        MaturityAssessment m = MaturityModel.standard().assess(SAMPLE_CHECKLIST);
        out.printf("maturity (sample checklist, %d of %d capabilities): level %d %s; next level %s needs:%n",
                m.met().size(), MaturityModel.standard().capabilities().size(), m.level().number(), m.level(),
                m.nextLevel().map(Enum::name).orElse("none"));
        for (Capability c : m.missingForNext()) {
            out.println("  - " + c.id() + ": " + c.description());
        }
    }

    private static String two(Ratio r) {
        return r.isDefined() ? r.toBigDecimal(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                : "undefined";
    }

    private static Money total(ReportData data, YearMonth month) {
        return Money.ofMinor(data.totalMinorUnits(month), data.currency());
    }
}
