package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
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
import io.csmetrics.goals.PaceStatus;
import io.csmetrics.goals.SmartTarget;
import io.csmetrics.goals.TargetProgress;
import io.csmetrics.goals.WhatIf;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The company's MRR as a KPI tree (MRR = customers × ARPA, customers = opening + new − churned) at
 * the last month, a what-if, the elasticities, a back-solve, a SMART MRR target and the maturity
 * assessment of a sample checklist. Built from the MRR data alone, so it runs on a user's CSV too.
 */
final class KpiTreeSection implements ModelSection {

    /** The sample organisation's checklist: all of MANAGED, DEFINED but success plans, two of level 4. */
    static final List<String> SAMPLE_CHECKLIST = List.of("owner-per-account", "renewal-dates-tracked",
            "contact-cadence", "onboarding-playbook", "health-score-defined", "segmented-touch-model",
            "cs-roi-measured", "kpi-tree");

    @Override
    public String title() {
        return "KPI tree";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        YearMonth last = data.lastMonth();
        YearMonth previous = last.minusMonths(1);
        long opening = 0;
        long added = 0;
        long churned = 0;
        long mrrMinor = 0;
        // Straight from the minor-unit columns: no history object per account on a large CSV.
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
            b.figure("mrr_tree", "MRR tree at " + last, new Value.Undefined("no paying customers"));
            return b.build();
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
        List<List<Value>> nodes = new ArrayList<>();
        tree.evaluate().values().forEach((name, v) -> nodes.add(List.of(Value.text(name), value(v))));
        b.add(new Block.Table("mrr_tree", "MRR tree at " + last + ": MRR = customers \u00d7 ARPA, customers = "
                + previous + "'s paying customers + new \u2212 churned", List.of("node", "value"), nodes));

        WhatIf w = tree.whatIf("ARPA", Change.byPercent("5"));
        List<List<Value>> changes = new ArrayList<>();
        for (NodeChange c : w.changed()) {
            changes.add(List.of(Value.text(c.node()), value(c.before()), value(c.after())));
        }
        b.add(new Block.Table("what_if_arpa", "what-if ARPA +5 %", List.of("node", "before", "after"), changes));
        WhatIf lessChurn = tree.whatIf("churned customers", Change.byPercent("-50"));
        b.figure("what_if_churn_half_mrr", "what-if churned customers \u221250 %: MRR", value(lessChurn.goal().after()),
                "from " + Fmt.value(value(lessChurn.goal().before())));
        List<List<Value>> elasticities = new ArrayList<>();
        for (Elasticity e : tree.elasticities()) {
            elasticities.add(List.of(Value.text(e.leaf()), Value.number(e.value().toBigDecimal(MathContext.DECIMAL64), 4,
                    "")));
        }
        b.add(new Block.Table("elasticities", "elasticity of MRR: % change of MRR per +1 % of a leaf",
                List.of("leaf", "elasticity"), elasticities));
        KpiValue target = KpiValue.money(mrr.multipliedBy(new BigDecimal("1.1")));
        BackSolve back = tree.backSolve("new customers", target);
        b.figure("back_solve_target", "back-solve: MRR +10 %", value(back.target()));
        b.figure("back_solve_new_customers", "new customers needed", value(back.required()),
                "instead of " + Fmt.value(value(back.current())) + "; " + back.method());

        YearMonth start = last.minusMonths(6);
        Money baseline = data.total(start);
        if (baseline.isPositive()) {
            SmartTarget smart = SmartTarget.of("MRR", baseline.amount(),
                    baseline.amount().multiply(new BigDecimal("1.4")), start.atDay(1), start.plusMonths(12).atDay(1));
            TargetProgress p = smart.progress(last.atDay(1), mrr.amount());
            b.note("SMART target: MRR +40 % from " + smart.start() + " to " + smart.deadline() + ", measured on "
                    + p.asOf() + ".");
            b.figure("smart_baseline", "SMART baseline MRR " + start, Value.money(Money.of(smart.baseline(),
                    data.currency())));
            b.figure("smart_target", "SMART target MRR", Value.money(Money.of(smart.target(), data.currency())
                    .rounded(RoundingMode.HALF_EVEN)));
            b.figure("smart_actual", "MRR on " + p.asOf(), Value.money(mrr));
            b.figure("smart_achieved", "share of the increase achieved", Value.percent(p.achieved(), 1, ""));
            b.figure("smart_elapsed", "share of the time used", Value.percent(p.elapsed(), 1, ""));
            b.figure("smart_status", "status", Value.text(p.status().name()));
            if (p.status() != PaceStatus.ACHIEVED) {
                b.figure("smart_behind", p.behindBy().numerator().signum() >= 0 ? "behind linear pace by" : "ahead of linear pace by",
                        money(p.behindBy().isDefined() ? Optional.of(p.behindBy()) : Optional.empty(), data, true));
                b.figure("smart_required_per_day", "needed per day to the deadline",
                        money(p.requiredRunRate().isDefined() ? Optional.of(p.requiredRunRate()) : Optional.empty(),
                                data, false));
            }
        } else {
            b.note("SMART target: no MRR in " + start + " to take as the baseline; skipped.");
        }

        if (data.sample().isPresent()) {
            MaturityAssessment m = MaturityModel.standard().assess(SAMPLE_CHECKLIST);
            b.note("CS maturity of the sample organisation, from its checklist (" + m.met().size() + " of "
                    + MaturityModel.standard().capabilities().size() + " capabilities).");
            b.figure("maturity_level", "maturity level", Value.text(m.level().number() + " " + m.level()));
            b.figure("maturity_next", "next level", Value.text(m.nextLevel().map(Enum::name).orElse("none")));
            for (Capability c : m.missingForNext()) {
                b.figure("maturity_missing_" + c.id(), "missing for the next level: " + c.id(),
                        Value.text(c.description()));
            }
        } else {
            b.note("CS maturity needs the organisation's capability checklist, which is not in the CSV; see"
                    + " io.csmetrics.goals.MaturityModel.");
        }
        return b.build();
    }

    private static Value money(Optional<Ratio> r, ReportData data, boolean abs) {
        if (r.isEmpty()) {
            return new Value.Undefined("on or after the deadline");
        }
        BigDecimal v = r.get().toBigDecimal(MathContext.DECIMAL64);
        return Value.money(Money.of(abs ? v.abs() : v, data.currency()).rounded(RoundingMode.HALF_EVEN));
    }

    /** A KPI value: money at the currency's scale, a whole count, or a decimal to 2 places. */
    static Value value(KpiValue v) {
        BigDecimal d = v.toBigDecimal(MathContext.DECIMAL64);
        if (v.isMoney()) {
            return Value.money(Money.of(d, v.currency().orElseThrow()).rounded(RoundingMode.HALF_EVEN));
        }
        if (d.stripTrailingZeros().scale() <= 0) {
            return Value.count(d.longValueExact());
        }
        return Value.number(d, 1, "");
    }
}
