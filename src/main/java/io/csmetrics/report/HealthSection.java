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
import java.io.PrintStream;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Health: band counts, the ten accounts most at risk and why, touch tiers, and whether a learned
 * model predicts churn better than the hand-made one on held-out accounts.
 */
final class HealthSection implements ReportSection {

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
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            writeFromMrr(data, out);
            return;
        }
        List<HealthSignalsSample.Row> rows = HealthSignalsSample.generate(data.sample().get());
        HealthScoreModel model = handMadeModel();
        out.printf("as of %s: %d active accounts; hand-made model: usage 50 (3 key features, logins trend, seat use),"
                + " sentiment 30 (NPS), support 20 (open tickets); missing signals renormalised%n",
                HealthSignalsSample.AS_OF_MONTH, rows.size());

        List<Worklist.Entry> entries = new ArrayList<>();
        Map<String, HealthSignalsSample.Row> byId = new HashMap<>();
        Map<String, Integer> bandCounts = new LinkedHashMap<>();
        model.bands().bands().forEach(b -> bandCounts.put(b.name(), 0));
        for (HealthSignalsSample.Row row : rows) {
            HealthScore s = model.score(row.observation().signals());
            bandCounts.merge(s.band().name(), 1, Integer::sum);
            entries.add(new Worklist.Entry(s, Money.ofMinor(row.mrrMinor(), data.currency())));
            byId.put(s.accountId(), row);
        }
        out.println("bands: " + bandCounts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + " (" + model.bands() + ")");

        List<AlertRule> rules = new ArrayList<>();
        for (String f : HealthSignalsSample.KEY_FEATURES) {
            rules.add(AlertRule.keyFeatureUnused(f));
        }
        rules.add(AlertRule.lowNps(6));
        out.println("ten accounts most at risk (lowest health first, ties by MRR at risk):");
        List<Worklist.Entry> ordered = Worklist.order(entries);
        for (Worklist.Entry e : ordered.subList(0, Math.min(10, ordered.size()))) {
            HealthSignalsSample.Row row = byId.get(e.score().accountId());
            AlertContext ctx = new AlertContext(row.observation().asOf(), e.score(), List.of(),
                    row.npsAnswer() < 0 ? OptionalInt.empty() : OptionalInt.of(row.npsAnswer()), List.of());
            List<String> why = new ArrayList<>();
            AlertRule.evaluate(rules, ctx).stream().map(Alert::reason).forEach(why::add);
            e.score().measures().stream().filter(m -> !m.missing() && m.score() < 40
                    && m.name().matches("logins_trend|seat_use|tickets"))
                    .sorted(Comparator.comparingDouble(MeasureScore::score))
                    .forEach(m -> why.add(String.format("%s %s scores %.0f", m.name(), fmt(m.signal().getAsDouble()),
                            m.score())));
            out.printf("  %s  %5.1f %-6s MRR %-12s %s%n", e.score().accountId(), e.score().value(),
                    e.score().band().name(), e.mrrAtRisk(), String.join("; ", why));
        }

        List<Money> ltvs = entries.stream().map(e -> e.mrrAtRisk().multipliedBy(LTV_MONTHS)).toList();
        TouchModel touch = TouchModel.byQuantiles(ltvs, 0.10, 0.30);
        Map<TouchTier, Integer> tiers = new EnumMap<>(TouchTier.class);
        ltvs.forEach(l -> tiers.merge(touch.tierOf(l), 1, Integer::sum));
        out.printf("touch tiers by LTV (MRR × %d months; top 10%% high, next 30%% low): high touch %d (LTV ≥ %s),"
                + " low touch %d (≥ %s), tech touch %d%n", LTV_MONTHS, tiers.getOrDefault(TouchTier.HIGH_TOUCH, 0),
                touch.highTouchFrom(), tiers.getOrDefault(TouchTier.LOW_TOUCH, 0), touch.lowTouchFrom(),
                tiers.getOrDefault(TouchTier.TECH_TOUCH, 0));

        List<Observation> train = new ArrayList<>();
        List<Observation> heldOut = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (i % 2 == 0 ? train : heldOut).add(rows.get(i).observation());
        }
        LearnedWeights learned = LearnedWeights.fit(model.measures(), train, HORIZON, 1.0);
        ModelEvaluation hand = ModelEvaluation.of(model, heldOut, HORIZON);
        ModelEvaluation fitted = ModelEvaluation.of(learned.model(), heldOut, HORIZON);
        out.printf("churn within %d months, held-out half (%d accounts, %d churned); learned on the other half"
                + " (logistic, L2 λ=1, %d Newton steps):%n", HealthSignalsSample.HORIZON_MONTHS, hand.accounts(),
                hand.accounts() - hand.renewed(), learned.regression().iterations());
        out.printf("  hand-made model: AUC %.3f, Brier %.3f%n", hand.auc(), hand.brier());
        out.printf("  learned model:   AUC %.3f, Brier %.3f%n", fitted.auc(), fitted.brier());
        out.println("  learned standardised weights (log-odds of renewal per SD): " + learned.standardisedCoefficients()
                .entrySet().stream().map(e -> String.format("%s %+.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A user's CSV has MRR only: score the MRR trend over the last three months, and say what is missing. */
    private static void writeFromMrr(ReportData data, PrintStream out) {
        out.println("usage, NPS and support signals are not in the CSV; scoring the 3-month MRR trend only");
        YearMonth last = data.lastMonth();
        YearMonth before = last.minusMonths(3);
        HealthScoreModel model = HealthScoreModel.builder().measure(Measure.linear("mrr_trend_3m", -0.3, 0.1), 1).build();
        List<Worklist.Entry> entries = new ArrayList<>();
        int noTrend = 0;
        // Straight from the minor-unit columns: objects only for the accounts that get a score.
        for (int a = 0, n = data.accounts(); a < n; a++) {
            long now = data.minorUnits(a, last);
            long then = data.minorUnits(a, before);
            if (now == 0) {
                continue;
            }
            if (then == 0) {
                noTrend++;
                continue;
            }
            double trend = (double) (now - then) / then;
            HealthScore s = model.score(AccountSignals.of(data.accountId(a), Map.of("mrr_trend_3m", trend)));
            entries.add(new Worklist.Entry(s, Money.ofMinor(now, data.currency())));
        }
        Map<String, Long> counts = entries.stream().collect(Collectors.groupingBy(e -> e.score().band().name(),
                LinkedHashMap::new, Collectors.counting()));
        out.printf("accounts active in %s with MRR in %s: %d (%d newer accounts have no 3-month trend)%n", last, before,
                entries.size(), noTrend);
        out.println("bands: " + model.bands().bands().stream().map(Band::name)
                .map(b -> b + " " + counts.getOrDefault(b, 0L)).collect(Collectors.joining(", ")));
        List<Worklist.Entry> ordered = Worklist.order(entries);
        out.println("ten accounts most at risk (MRR trend lowest first, ties by MRR):");
        for (Worklist.Entry e : ordered.subList(0, Math.min(10, ordered.size()))) {
            out.printf("  %s  %5.1f %-6s MRR %s, MRR trend %+.1f%%%n", e.score().accountId(), e.score().value(),
                    e.score().band().name(), e.mrrAtRisk(),
                    100 * e.score().measure("mrr_trend_3m").signal().getAsDouble());
        }
    }
}
