package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.health.AccountSignals;
import io.csmetrics.health.Alert;
import io.csmetrics.health.AlertContext;
import io.csmetrics.health.AlertRule;
import io.csmetrics.health.Band;
import io.csmetrics.health.HealthScore;
import io.csmetrics.health.HealthScoreModel;
import io.csmetrics.health.LearnedWeights;
import io.csmetrics.health.Measure;
import io.csmetrics.health.MeasureScore;
import io.csmetrics.health.ModelEvaluation;
import io.csmetrics.health.Observation;
import io.csmetrics.health.TouchModel;
import io.csmetrics.health.TouchTier;
import io.csmetrics.health.Worklist;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Health: band counts, the ten accounts most at risk and why, touch tiers, and whether a learned
 * model predicts churn better than the hand-made one on held-out accounts.
 */
final class HealthSection implements ModelSection {

    private static final Period HORIZON = Period.ofMonths(HealthSignalsSample.HORIZON_MONTHS);
    private static final int LTV_MONTHS = 24;

    @Override
    public String title() {
        return "Health";
    }

    static HealthScoreModel handMadeModel() {
        return HealthScoreModel.builder()
                .group("usage", 50)
                .measure(Measure.keyFeature("reports"), 1)
                .measure(Measure.keyFeature("dashboards"), 1)
                .measure(Measure.keyFeature("integrations"), 1)
                .measure(Measure.linear("logins_trend", -0.5, 0.5), 2)
                .measure(Measure.linear("seat_use", 0, 100), 2)
                .group("sentiment", 30)
                .measure(Measure.linear("nps", 0, 10), 1)
                .group("support", 20)
                .measure(Measure.linear("tickets", 8, 0), 1)
                .build();
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        if (data.sample().isEmpty()) {
            fromMrr(data, b);
            return b.build();
        }
        List<HealthSignalsSample.Row> rows = HealthSignalsSample.generate(data.sample().get());
        HealthScoreModel model = handMadeModel();
        b.figure("as_of", "health signals as of", Value.period(HealthSignalsSample.AS_OF_MONTH));
        b.note("The health signals are a back-test snapshot, dated " + HealthSignalsSample.HORIZON_MONTHS
                + "+ months before the report's last month on purpose: the sample knows which of these accounts churned"
                + " in the " + HealthSignalsSample.HORIZON_MONTHS + " months after, so the models below can be checked"
                + " against what happened. Hand-made model: usage 50 (3 key features, logins trend, seat use),"
                + " sentiment 30 (NPS), support 20 (open tickets); missing signals renormalised.");
        b.figure("active_accounts", "active accounts scored", Value.count(rows.size()));

        List<Worklist.Entry> entries = new ArrayList<>();
        Map<String, HealthSignalsSample.Row> byId = new HashMap<>();
        Map<String, Integer> bandCounts = new LinkedHashMap<>();
        model.bands().bands().forEach(band -> bandCounts.put(band.name(), 0));
        for (HealthSignalsSample.Row row : rows) {
            HealthScore s = model.score(row.observation().signals());
            bandCounts.merge(s.band().name(), 1, Integer::sum);
            entries.add(new Worklist.Entry(s, Money.ofMinor(row.mrrMinor(), data.currency())));
            byId.put(s.accountId(), row);
        }
        bands(b, bandCounts, model.bands().toString());

        List<AlertRule> rules = new ArrayList<>();
        for (String f : HealthSignalsSample.KEY_FEATURES) {
            rules.add(AlertRule.keyFeatureUnused(f));
        }
        rules.add(AlertRule.lowNps(6));
        List<Worklist.Entry> ordered = Worklist.order(entries);
        List<List<Value>> worklist = new ArrayList<>();
        for (Worklist.Entry e : ordered.subList(0, Math.min(10, ordered.size()))) {
            HealthSignalsSample.Row row = byId.get(e.score().accountId());
            AlertContext ctx = new AlertContext(row.observation().asOf(), e.score(), List.of(),
                    row.npsAnswer() < 0 ? OptionalInt.empty() : OptionalInt.of(row.npsAnswer()), List.of());
            List<String> why = new ArrayList<>();
            AlertRule.evaluate(rules, ctx).stream().map(Alert::reason).forEach(why::add);
            e.score().measures().stream().filter(m -> !m.missing() && m.score() < 40
                    && m.name().matches("logins_trend|seat_use|tickets"))
                    .sorted(Comparator.comparingDouble(MeasureScore::score))
                    .forEach(m -> why.add(String.format(Locale.ROOT, "%s %s scores %.0f", m.name(),
                            fmt(m.signal().getAsDouble()), m.score())));
            worklist.add(List.of(Value.text(e.score().accountId()), Value.number(e.score().value(), 1, ""),
                    Value.text(e.score().band().name()), Value.money(e.mrrAtRisk()), Value.text(String.join("; ", why))));
        }
        b.add(new Block.Table("worklist", "worklist: ten accounts most at risk, lowest health first, ties by MRR",
                List.of("account", "health", "band", "MRR", "why"), worklist));

        List<Money> ltvs = entries.stream().map(e -> e.mrrAtRisk().multipliedBy(LTV_MONTHS)).toList();
        TouchModel touch = TouchModel.byQuantiles(ltvs, 0.10, 0.30);
        Map<TouchTier, Integer> tiers = new EnumMap<>(TouchTier.class);
        ltvs.forEach(l -> tiers.merge(touch.tierOf(l), 1, Integer::sum));
        String basis = "LTV = MRR \u00d7 " + LTV_MONTHS + " months; top 10 % high touch, next 30 % low touch";
        b.figure("high_touch", "high touch accounts", Value.count(tiers.getOrDefault(TouchTier.HIGH_TOUCH, 0)), basis);
        b.figure("high_touch_from", "high touch from LTV \u2265", Value.money(touch.highTouchFrom()));
        b.figure("low_touch", "low touch accounts", Value.count(tiers.getOrDefault(TouchTier.LOW_TOUCH, 0)));
        b.figure("low_touch_from", "low touch from LTV \u2265", Value.money(touch.lowTouchFrom()));
        b.figure("tech_touch", "tech touch accounts", Value.count(tiers.getOrDefault(TouchTier.TECH_TOUCH, 0)));

        List<Observation> train = new ArrayList<>();
        List<Observation> heldOut = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (i % 2 == 0 ? train : heldOut).add(rows.get(i).observation());
        }
        LearnedWeights learned = LearnedWeights.fit(model.measures(), train, HORIZON, 1.0);
        ModelEvaluation hand = ModelEvaluation.of(model, heldOut, HORIZON);
        ModelEvaluation fitted = ModelEvaluation.of(learned.model(), heldOut, HORIZON);
        b.note("Churn within " + HealthSignalsSample.HORIZON_MONTHS + " months on the held-out half (" + hand.accounts()
                + " accounts, " + (hand.accounts() - hand.renewed()) + " churned); the learned model is fitted on the"
                + " other half (logistic, L2 \u03bb=1, " + learned.regression().iterations() + " Newton steps).");
        b.figure("auc_hand_made", "hand-made model AUC", Value.number(hand.auc(), 3, ""));
        b.figure("brier_hand_made", "hand-made model Brier score", Value.number(hand.brier(), 3, ""));
        b.figure("auc_learned", "learned model AUC", Value.number(fitted.auc(), 3, ""));
        b.figure("brier_learned", "learned model Brier score", Value.number(fitted.brier(), 3, ""));
        List<List<Value>> weights = new ArrayList<>();
        learned.standardisedCoefficients().forEach((k, v) -> weights.add(List.of(Value.text(k),
                Value.number(v, 2, ""))));
        b.add(new Block.Table("learned_weights", "learned standardised weights (log-odds of renewal per SD)",
                List.of("measure", "weight"), weights));
        return b.build();
    }

    private static void bands(Report.SectionBuilder b, Map<String, ? extends java.lang.Number> counts, String bands) {
        List<String> names = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        counts.forEach((band, n) -> {
            b.figure("band_" + band, "accounts in band " + band, Value.count(n.longValue()));
            names.add(band);
            values.add(Value.count(n.longValue()));
        });
        b.add(new Block.Chart("bands", "Accounts per health band " + bands, Block.ChartKind.BAR, "band", "accounts",
                names, List.of(new Block.Series("accounts", values))));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A user's CSV has MRR only: score the MRR trend over the last three months, and say what is missing. */
    private static void fromMrr(ReportData data, Report.SectionBuilder b) {
        b.note("Usage, NPS and support signals are not in the CSV; scoring the 3-month MRR trend only.");
        YearMonth last = data.lastMonth();
        YearMonth before = last.minusMonths(3);
        HealthScoreModel model = HealthScoreModel.builder().measure(Measure.linear("mrr_trend_3m", -0.3, 0.1), 1).build();
        // Straight from the minor-unit columns into the bulk scorer: no object per account; HealthScore
        // objects only for the ten accounts of the worklist.
        int n = data.accounts();
        int[] account = new int[n];
        long[] mrr = new long[n];
        double[] trends = new double[n];
        int scored = 0;
        int noTrend = 0;
        for (int a = 0; a < n; a++) {
            long now = data.minorUnits(a, last);
            long then = data.minorUnits(a, before);
            if (now == 0) {
                continue;
            }
            if (then == 0) {
                noTrend++;
                continue;
            }
            account[scored] = a;
            mrr[scored] = now;
            trends[scored++] = (double) (now - then) / then;
        }
        double[] values = new double[scored];
        model.scoreAll(new double[][] {Arrays.copyOf(trends, scored)}, values);
        b.figure("as_of", "health as of", Value.period(last));
        b.figure("scored_accounts", "accounts paying in " + last + " and " + before, Value.count(scored));
        b.figure("no_trend_accounts", "newer accounts without a 3-month trend", Value.count(noTrend));
        Map<String, Long> counts = new LinkedHashMap<>();
        model.bands().bands().stream().map(Band::name).forEach(name -> counts.put(name, 0L));
        for (int i = 0; i < scored; i++) {
            counts.merge(model.bands().bandOf(values[i]).name(), 1L, Long::sum);
        }
        bands(b, counts, model.bands().toString());
        // The ten first in Worklist's order (lowest value, then highest MRR, then id) without sorting every
        // account: the tenth best (value, MRR) key in one pass over a 10-slot insertion list, then every
        // account whose key is not worse, ties with the tenth included so that ids can decide among them.
        int[] best = new int[Math.min(10, scored)];
        int filled = 0;
        for (int i = 0; i < scored; i++) {
            if (filled == best.length && compareKeys(values, mrr, i, best[filled - 1]) >= 0) {
                continue;
            }
            int k = filled < best.length ? filled++ : filled - 1;
            while (k > 0 && compareKeys(values, mrr, i, best[k - 1]) < 0) {
                best[k] = best[k - 1];
                k--;
            }
            best[k] = i;
        }
        List<Integer> top = new ArrayList<>();
        for (int i = 0; filled > 0 && i < scored; i++) {
            if (compareKeys(values, mrr, i, best[filled - 1]) <= 0) {
                top.add(i);
            }
        }
        List<Worklist.Entry> entries = new ArrayList<>();
        for (int i : top) {
            HealthScore s = model.score(AccountSignals.of(data.accountId(account[i]), Map.of("mrr_trend_3m", trends[i])));
            entries.add(new Worklist.Entry(s, Money.ofMinor(mrr[i], data.currency())));
        }
        List<Worklist.Entry> ordered = Worklist.order(entries);
        List<List<Value>> worklist = new ArrayList<>();
        for (Worklist.Entry e : ordered.subList(0, Math.min(10, ordered.size()))) {
            worklist.add(List.of(Value.text(e.score().accountId()), Value.number(e.score().value(), 1, ""),
                    Value.text(e.score().band().name()), Value.money(e.mrrAtRisk()),
                    Value.number(100 * e.score().measure("mrr_trend_3m").signal().getAsDouble(), 1, "%")));
        }
        b.add(new Block.Table("worklist", "worklist: ten accounts most at risk, MRR trend lowest first, ties by MRR",
                List.of("account", "health", "band", "MRR", "MRR trend 3m"), worklist));
    }

    /** Worklist's order on (value ascending, MRR descending), ids aside. */
    private static int compareKeys(double[] values, long[] mrr, int x, int y) {
        return values[x] != values[y] ? Double.compare(values[x], values[y]) : Long.compare(mrr[y], mrr[x]);
    }
}
