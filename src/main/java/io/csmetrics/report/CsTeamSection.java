package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import io.csmetrics.activity.AccountResult;
import io.csmetrics.activity.AccountScorecard;
import io.csmetrics.activity.ActivityStats;
import io.csmetrics.activity.ActivityVsResults;
import io.csmetrics.activity.DurationSummary;
import io.csmetrics.activity.GroupResult;
import io.csmetrics.activity.ScorecardInput;
import io.csmetrics.activity.ScorecardModel;
import io.csmetrics.activity.ScorecardSignals;
import io.csmetrics.activity.SupportStats;
import io.csmetrics.activity.TeamScorecard;
import io.csmetrics.activity.Viewpoint;
import io.csmetrics.health.Trend;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CS team's own work over the sample company's last twelve months: activity and coverage,
 * support response and resolution times with the 24-hour SLA, the three-viewpoint scorecard per team
 * and CSM, and renewal by 24-hour SLA attainment and by activity level (an association, with
 * Newcombe's interval). The figures are computed in {@link Figures}, apart from the text.
 */
final class CsTeamSection implements ReportSection {

    static final int ACTIVE_TOUCHES = 12;

    /** The section's figures, computed apart from the rendering. */
    record Figures(SampleCsActivity.Data data, ActivityStats activity, SupportStats support, long activeAccounts,
            Ratio qbrCoverage, Ratio highTouchCoverage, Map<String, TeamScorecard> byTeam,
            Map<String, TeamScorecard> byCsm, ActivityVsResults bySla, ActivityVsResults byActivity) {
    }

    @Override
    public String title() {
        return "CS team: activity, support SLA, scorecard";
    }

    static Figures compute(SampleCompany company) {
        SampleCsActivity.Data d = SampleCsActivity.generate(company);
        ActivityStats activity = d.activities().stream().collect(ActivityStats.collector(d.from(), d.to()));
        SupportStats support = d.cases().stream().collect(SupportStats.collector(d.asOf(), SupportStats.DEFAULT_SLA));
        Map<String, MrrHistory> histories = new HashMap<>();
        company.histories().forEach(h -> histories.put(h.accountId(), h));
        YearMonth last = d.lastMonth();
        YearMonth quarterAgo = last.minusMonths(3);
        LocalDate asOf = d.to();
        LocalDate before = quarterAgo.atEndOfMonth();
        List<String> active = new ArrayList<>();
        List<String> highTouch = new ArrayList<>();
        List<AccountResult> results = new ArrayList<>();
        List<AccountScorecard> cards = new ArrayList<>();
        ScorecardModel model = ScorecardModel.standard();
        for (String id : d.csmOf().keySet()) {
            MrrHistory h = histories.get(id);
            Money start = h.mrrAt(d.startMonth());
            Money end = h.mrrAt(last);
            results.add(AccountResult.of(id, end.isPositive(), start.multipliedBy(12), end.multipliedBy(12)));
            if (end.isZero()) {
                continue;
            }
            active.add(id);
            if (d.segmentOf().get(id).equals("mid-market")) {
                highTouch.add(id);
            }
            SampleCsActivity.Usage u = d.usage().get(id);
            Map<String, Double> now = new HashMap<>(ScorecardSignals.customerActions(u.activeUserShare(),
                    u.keyFeatureShare()));
            now.putAll(ScorecardSignals.csActions(activity, id, asOf, 90));
            now.putAll(ScorecardSignals.businessResults(start, end));
            now.put(ScorecardModel.GOAL_ATTAINMENT, u.goalAttainment());
            Map<String, Double> then = new HashMap<>(ScorecardSignals.customerActions(u.previousActiveUserShare(),
                    u.previousKeyFeatureShare()));
            then.putAll(ScorecardSignals.csActions(activity, id, before, 90));
            Money mid = h.mrrAt(quarterAgo);
            if (mid.isPositive()) {
                then.putAll(ScorecardSignals.businessResults(start, mid));
            }
            then.put(ScorecardModel.GOAL_ATTAINMENT, u.previousGoalAttainment());
            String csm = d.csmOf().get(id);
            String team = d.teamOf().get(id);
            cards.add(model.score(new ScorecardInput(id, csm, team, now), new ScorecardInput(id, csm, team, then)));
        }
        return new Figures(d, activity, support, active.size(), activity.qbrCoverage(active, asOf, 90),
                activity.touchCoverage(highTouch, asOf, 30), TeamScorecard.byTeam(cards), TeamScorecard.byCsm(cards),
                ActivityVsResults.bySlaAttainment(results, support, 0.95),
                ActivityVsResults.byActivityLevel(results, activity, ACTIVE_TOUCHES, 0.95));
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            out.println("n/a: CS activity and support cases are not part of an MRR CSV");
            return;
        }
        Figures f = compute(data.sample().get());
        ActivityStats a = f.activity();
        long touches = a.touchesByAccount().values().stream().mapToLong(Long::longValue).sum();
        out.printf("Activity %s..%s: %,d touches over %d accounts (by kind: %s)%n", a.from(), a.to(), touches,
                a.touchesByAccount().size(), a.activitiesByKind());
        out.printf("Touches per team: %s%n", a.touchesByTeam());
        out.printf("Coverage as of %s: QBR in the last 90 days %s of %d active accounts; high-touch (mid-market) "
                + "accounts touched in the last 30 days %s%n", a.to(), share(f.qbrCoverage()), f.activeAccounts(),
                share(f.highTouchCoverage()));
        SupportStats s = f.support();
        out.printf("Support: %,d cases; first response %s; resolution %s; within 24 h %s; backlog %d %s%n", s.cases(),
                summary(s.firstResponseTimes()), summary(s.resolutionTimes()), share(s.withinSla()), s.backlog(),
                s.backlogByPriority());
        out.println();
        out.println("Three-viewpoint scorecard (standard model, points of 100, change vs a quarter earlier):");
        out.printf("%-14s %8s %13s %13s %13s %13s %13s%n", "team / CSM", "accounts", "total", "customer",
                "CS actions", "business", "outcome");
        f.byTeam().values().forEach(t -> row(t, out));
        f.byCsm().values().forEach(t -> row(t, out));
        out.println();
        comparison("24-hour SLA vs renewal (accounts paying " + f.data().startMonth() + ", renewed = still paying "
                + f.data().lastMonth() + ")", f.bySla(), out);
        comparison("Activity level vs renewal (" + ACTIVE_TOUCHES + "+ touches in the year)", f.byActivity(), out);
        out.println("  " + ActivityVsResults.CAVEAT + ". The sample simulates no effect of CS work on renewal; "
                + "churned accounts stop getting touches, and accounts that stay open more cases, so more often one over 24 h.");
    }

    private static void row(TeamScorecard t, PrintStream out) {
        out.printf(Locale.ROOT, "%-14s %8d %13s %13s %13s %13s %13s%n", t.owner(), t.accounts(),
                cell(t.total(), t.trend()), cell(t, Viewpoint.CUSTOMER_ACTIONS), cell(t, Viewpoint.CS_ACTIONS),
                cell(t, Viewpoint.BUSINESS_RESULTS), cell(t, Viewpoint.CUSTOMER_OUTCOME));
    }

    private static String cell(TeamScorecard t, Viewpoint v) {
        return cell(t.points().getOrDefault(v, 0.0), Optional.ofNullable(t.trends().get(v)));
    }

    private static String cell(double points, Optional<Trend> trend) {
        return String.format(Locale.ROOT, "%.1f", points)
                + trend.map(x -> String.format(Locale.ROOT, " (%+.1f)", x.delta())).orElse("");
    }

    private static void comparison(String title, ActivityVsResults v, PrintStream out) {
        out.println(title + ":");
        group(v.group(), out);
        group(v.rest(), out);
        if (v.excluded() > 0) {
            out.printf("  excluded: %d accounts (no decided case)%n", v.excluded());
        }
        out.println("  difference in renewal rate: " + v.renewalDifference().map(d -> String.format(Locale.ROOT,
                "%+.1f points, 95 %% CI %+.1f to %+.1f (Newcombe hybrid score)%s", 100 * d.difference(), 100 * d.lower(),
                100 * d.upper(), d.excludesZero() ? "" : "; the interval includes no difference"))
                .orElse("undefined (an empty group)"));
    }

    private static void group(GroupResult g, PrintStream out) {
        out.printf("  %-24s %d of %d renewed (%s), NRR %s%n", g.label() + ":", g.renewed(), g.accounts(),
                share(g.renewalRate()), share(g.nrr()));
    }

    private static String share(Ratio r) {
        return r.isDefined() ? r.toPercent(1, RoundingMode.HALF_EVEN).toPlainString() + " %" : "undefined";
    }

    private static String summary(DurationSummary d) {
        return d.count() == 0 ? "none" : "median " + hours(d.median()) + ", p90 " + hours(d.p90()) + " (n = "
                + d.count() + ")";
    }

    private static String hours(Optional<Duration> d) {
        return String.format(Locale.ROOT, "%.1f h", d.orElseThrow().getSeconds() / 3600.0);
    }

}
