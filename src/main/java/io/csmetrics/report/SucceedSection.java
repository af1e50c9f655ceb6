package io.csmetrics.report;

import io.csmetrics.Ratio;
import io.csmetrics.outcome.CustomerGoal;
import io.csmetrics.outcome.GoalPortfolio;
import io.csmetrics.outcome.GoalPortfolioResult;
import io.csmetrics.outcome.GoalStatus;
import io.csmetrics.outcome.PortfolioBasis;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The succeed stage: the customers' own goals, their status and the portfolio's success shares. */
final class SucceedSection implements ReportSection {

    @Override
    public String title() {
        return "Succeed: customer goals";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            out.println("Customer goals and their measurements are not in the CSV (it holds MRR snapshots only).");
            return;
        }
        List<CustomerGoal> goals = OutcomeSample.generate(data.sample().get());
        LocalDate asOf = OutcomeSample.asOf();
        GoalPortfolioResult all = goals.parallelStream().collect(GoalPortfolio.collector(asOf));
        out.printf(Locale.ROOT, "goals as of %s: %d goals of %d customers%n", asOf, all.goals(), all.customers());
        StringBuilder statuses = new StringBuilder("  by status:");
        for (GoalStatus s : GoalStatus.values()) {
            statuses.append(' ').append(s).append('=').append(all.goals(s));
        }
        out.println(statuses);
        out.printf(Locale.ROOT, "  goals attained or on track: %s %%; customers with every goal attained or on track: %s %%,"
                + " with any: %s %%%n", percent(all.goalShare()), percent(all.customerShare(PortfolioBasis.EVERY_GOAL)),
                percent(all.customerShare(PortfolioBasis.ANY_GOAL)));
        Map<String, GoalPortfolioResult> byMetric = new TreeMap<>(goals.stream().collect(
                Collectors.groupingBy(CustomerGoal::metric, GoalPortfolio.collector(asOf))));
        out.println("  by metric (goals, attained, on track, behind, missed, success share):");
        byMetric.forEach((metric, r) -> out.printf(Locale.ROOT, "    %-26s %4d %4d %4d %4d %4d  %s %%%n", metric,
                r.goals(), r.goals(GoalStatus.ATTAINED), r.goals(GoalStatus.ON_TRACK), r.goals(GoalStatus.BEHIND),
                r.goals(GoalStatus.MISSED), percent(r.goalShare())));
    }

    private static String percent(Ratio r) {
        return r.isDefined() ? r.toPercent(1, RoundingMode.HALF_EVEN).toPlainString() : "undefined";
    }
}
