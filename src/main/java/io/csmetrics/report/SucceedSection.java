package io.csmetrics.report;

import io.csmetrics.outcome.CustomerGoal;
import io.csmetrics.outcome.GoalPortfolio;
import io.csmetrics.outcome.GoalPortfolioResult;
import io.csmetrics.outcome.GoalStatus;
import io.csmetrics.outcome.PortfolioBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The succeed stage: the customers' own goals, their status and the portfolio's success shares. */
final class SucceedSection implements ModelSection {

    @Override
    public String title() {
        return "Succeed: customer goals";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        if (data.sample().isEmpty()) {
            b.note("Customer goals and their measurements are not in the CSV (it holds MRR snapshots only).");
            return b.build();
        }
        List<CustomerGoal> goals = OutcomeSample.generate(data.sample().get());
        LocalDate asOf = OutcomeSample.asOf();
        GoalPortfolioResult all = goals.parallelStream().collect(GoalPortfolio.collector(asOf));
        b.figure("as_of", "goals as of", Value.period(asOf));
        b.figure("goals", "goals", Value.count(all.goals()));
        b.figure("customers", "customers with goals", Value.count(all.customers()));
        for (GoalStatus s : GoalStatus.values()) {
            b.figure("goals_" + s.name().toLowerCase(Locale.ROOT), "goals " + s, Value.count(all.goals(s)));
        }
        b.figure("goal_share", "goals attained or on track", Value.percent(all.goalShare(), 1, "no goals"));
        b.figure("customer_share_every", "customers with every goal attained or on track",
                Value.percent(all.customerShare(PortfolioBasis.EVERY_GOAL), 1, "no customers"));
        b.figure("customer_share_any", "customers with any goal attained or on track",
                Value.percent(all.customerShare(PortfolioBasis.ANY_GOAL), 1, "no customers"));
        Map<String, GoalPortfolioResult> byMetric = new TreeMap<>(goals.stream().collect(
                Collectors.groupingBy(CustomerGoal::metric, GoalPortfolio.collector(asOf))));
        List<List<Value>> rows = new ArrayList<>();
        byMetric.forEach((metric, r) -> rows.add(List.of(Value.text(metric), Value.count(r.goals()),
                Value.count(r.goals(GoalStatus.ATTAINED)), Value.count(r.goals(GoalStatus.ON_TRACK)),
                Value.count(r.goals(GoalStatus.BEHIND)), Value.count(r.goals(GoalStatus.MISSED)),
                Value.percent(r.goalShare(), 1, "no goals"))));
        b.add(new Block.Table("by_metric", "goals by metric", List.of("metric", "goals", "attained", "on track", "behind",
                "missed", "success"), rows));
        return b.build();
    }
}
