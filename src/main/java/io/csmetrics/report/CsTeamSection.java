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
final class CsTeamSection implements ModelSection {

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
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        if (data.sample().isEmpty()) {
            b.note("n/a: CS activity and support cases are not part of an MRR CSV");
            return b.build();
        }
        Figures f = compute(data.sample().get());
        ActivityStats a = f.activity();
        long touches = a.touchesByAccount().values().stream().mapToLong(Long::longValue).sum();
        b.figure("activity_from", "activity from", Value.period(a.from()));
        b.figure("activity_to", "activity to", Value.period(a.to()));
        b.figure("touches", "touches", Value.count(touches));
        b.figure("touched_accounts", "accounts touched", Value.count(a.touchesByAccount().size()));
        List<List<Value>> kinds = new ArrayList<>();
        a.activitiesByKind().forEach((k, n) -> kinds.add(List.of(Value.text(String.valueOf(k)), Value.count(n))));
        b.add(new Block.Table("activities_by_kind", "Activities by kind", List.of("kind", "activities"), kinds));
        List<List<Value>> teams = new ArrayList<>();
        a.touchesByTeam().forEach((t, n) -> teams.add(List.of(Value.text(String.valueOf(t)), Value.count(n))));
        b.add(new Block.Table("touches_by_team", "Touches per team", List.of("team", "touches"), teams));
        b.figure("active_accounts", "active accounts", Value.count(f.activeAccounts()));
        b.figure("qbr_coverage", "QBR in the last 90 days", Value.percent(f.qbrCoverage(), 1, "no active accounts"));
        b.figure("high_touch_coverage", "high-touch (mid-market) accounts touched in the last 30 days",
                Value.percent(f.highTouchCoverage(), 1, "no high-touch accounts"));
        SupportStats s = f.support();
        b.figure("support_cases", "support cases", Value.count(s.cases()));
        duration(b, "first_response", "first response", s.firstResponseTimes());
        duration(b, "resolution", "resolution", s.resolutionTimes());
        b.figure("within_24h", "cases answered within 24 h", Value.percent(s.withinSla(), 1, "no decided case"));
        b.figure("backlog", "open cases (backlog)", Value.count(s.backlog()), "by priority " + s.backlogByPriority());
        List<List<Value>> cards = new ArrayList<>();
        f.byTeam().values().forEach(t -> cards.add(row("team", t)));
        f.byCsm().values().forEach(t -> cards.add(row("CSM", t)));
        b.add(new Block.Table("scorecard", "Three-viewpoint scorecard (standard model, points of 100; change vs a "
                + "quarter earlier in the *_change columns)", List.of("level", "team / CSM", "accounts", "total",
                        "total_change", "customer", "CS actions", "business", "outcome"), cards));
        comparison(b, "sla", "24-hour SLA vs renewal (accounts paying " + f.data().startMonth()
                + ", renewed = still paying " + f.data().lastMonth() + ")", f.bySla());
        comparison(b, "activity", "Activity level vs renewal (" + ACTIVE_TOUCHES + "+ touches in the year)",
                f.byActivity());
        b.note(ActivityVsResults.CAVEAT + ". The sample simulates no effect of CS work on renewal; churned accounts "
                + "stop getting touches, and accounts that stay open more cases, so more often one over 24 h.");
        return b.build();
    }

    private static List<Value> row(String level, TeamScorecard t) {
        return List.of(Value.text(level), Value.text(t.owner()), Value.count(t.accounts()),
                Value.number(t.total(), 1, "points"),
                t.trend().map(x -> Value.number(x.delta(), 1, "points")).orElse(new Value.Undefined("no earlier score")),
                points(t, Viewpoint.CUSTOMER_ACTIONS), points(t, Viewpoint.CS_ACTIONS),
                points(t, Viewpoint.BUSINESS_RESULTS), points(t, Viewpoint.CUSTOMER_OUTCOME));
    }

    private static Value points(TeamScorecard t, Viewpoint v) {
        Double p = t.points().get(v);
        return p == null ? new Value.Undefined("no signal of this viewpoint") : Value.number(p, 1, "points");
    }

    private static void duration(Report.SectionBuilder b, String key, String label, DurationSummary d) {
        if (d.count() == 0) {
            b.figure(key + "_median_h", label + ", median", new Value.Undefined("no case"));
            return;
        }
        b.figure(key + "_median_h", label + ", median", hours(d.median()), "n = " + d.count());
        b.figure(key + "_p90_h", label + ", 90th percentile", hours(d.p90()));
    }

    private static Value hours(Optional<Duration> d) {
        return d.map(x -> Value.number(java.math.BigDecimal.valueOf(x.getSeconds())
                .divide(java.math.BigDecimal.valueOf(3600), 6, RoundingMode.HALF_EVEN), 1, "h"))
                .orElse(new Value.Undefined("no case"));
    }

    private static void comparison(Report.SectionBuilder b, String key, String title, ActivityVsResults v) {
        List<List<Value>> rows = new ArrayList<>();
        for (GroupResult g : List.of(v.group(), v.rest())) {
            rows.add(List.of(Value.text(g.label()), Value.count(g.renewed()), Value.count(g.accounts()),
                    Value.percent(g.renewalRate(), 1, "no accounts"), Value.percent(g.nrr(), 1, "no MRR at the start")));
        }
        b.add(new Block.Table(key + "_vs_renewal", title, List.of("group", "renewed", "accounts", "renewal rate",
                "NRR"), rows));
        if (v.excluded() > 0) {
            b.figure(key + "_excluded", "excluded (no decided case)", Value.count(v.excluded()));
        }
        b.figure(key + "_renewal_difference", "difference in renewal rate", v.renewalDifference()
                .map(d -> Value.number(100 * d.difference(), 1, "points")).orElse(new Value.Undefined("an empty group")),
                v.renewalDifference().map(d -> String.format(Locale.ROOT, "95 %% CI %+.1f to %+.1f (Newcombe hybrid "
                        + "score)%s", 100 * d.lower(), 100 * d.upper(), d.excludesZero() ? ""
                                : "; the interval includes no difference")).orElse(""));
    }
}
