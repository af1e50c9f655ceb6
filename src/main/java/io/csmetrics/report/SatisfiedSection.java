package io.csmetrics.report;

import io.csmetrics.Ratio;
import io.csmetrics.satisfaction.AdvocacyAccumulator;
import io.csmetrics.satisfaction.AdvocacyCounts;
import io.csmetrics.satisfaction.AdvocacyKind;
import io.csmetrics.satisfaction.CsatAccumulator;
import io.csmetrics.satisfaction.CsatResult;
import io.csmetrics.satisfaction.NpsAccumulator;
import io.csmetrics.satisfaction.NpsBreakdown;
import io.csmetrics.satisfaction.NpsComparison;
import io.csmetrics.satisfaction.NpsInterval;
import io.csmetrics.satisfaction.NpsIntervalMethod;
import io.csmetrics.satisfaction.NpsResult;
import io.csmetrics.satisfaction.NpsTrendPoint;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The satisfied stage: NPS with its intervals, by segment and by quarter, CSAT, and advocacy. */
final class SatisfiedSection implements ModelSection {

    private static final double CONFIDENCE = 0.95;

    @Override
    public String title() {
        return "Satisfied: NPS, CSAT, advocacy";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        if (data.sample().isEmpty()) {
            b.note("NPS answers, CSAT answers and advocacy events are not in the CSV (it holds MRR snapshots only).");
            return b.build();
        }
        SampleCompany company = data.sample().get();
        SatisfactionSample sample = SatisfactionSample.generate(company);
        nps(b, company, sample);
        csat(b, sample);
        advocacy(b, data, sample);
        return b.build();
    }

    private static void nps(Report.SectionBuilder b, SampleCompany company, SatisfactionSample sample) {
        NpsResult all = sample.nps().parallelStream().collect(NpsAccumulator.collector());
        b.note("NPS from 0-10 answers: promoters 9-10, detractors 0-6; NPS = % promoters \u2212 % detractors.");
        b.figure("nps", "NPS", score(all), "points, -100..100");
        b.figure("nps_responses", "NPS responses", Value.count(all.responses()));
        b.figure("nps_promoters", "promoters", Value.count(all.promoters()));
        b.figure("nps_passives", "passives", Value.count(all.passives()));
        b.figure("nps_detractors", "detractors", Value.count(all.detractors()));
        NpsInterval wald = all.waldInterval(CONFIDENCE);
        NpsInterval adjusted = all.adjustedWaldInterval(CONFIDENCE);
        b.figure("nps_wald_lower", "NPS 95 % Wald interval, lower", Value.number(wald.lower(), 2, "points"));
        b.figure("nps_wald_upper", "NPS 95 % Wald interval, upper", Value.number(wald.upper(), 2, "points"));
        b.figure("nps_adjusted_wald_lower", "NPS 95 % adjusted-Wald interval, lower",
                Value.number(adjusted.lower(), 2, "points"));
        b.figure("nps_adjusted_wald_upper", "NPS 95 % adjusted-Wald interval, upper",
                Value.number(adjusted.upper(), 2, "points"));

        Map<String, String> segmentOf = new HashMap<>();
        company.accounts().forEach(a -> segmentOf.put(a.id(), a.segment()));
        NpsBreakdown<String> bySegment = sample.nps().stream()
                .collect(NpsBreakdown.collector(r -> segmentOf.get(r.accountId().orElseThrow())));
        List<List<Value>> segments = new ArrayList<>();
        new TreeMap<>(bySegment.results()).forEach((segment, r) -> segments.add(row(Value.text(segment), r)));
        b.add(new Block.Table("nps_by_segment", "NPS by segment, 95 % adjusted-Wald interval",
                List.of("segment", "n", "NPS", "lower", "upper"), segments));

        NpsBreakdown<String> byQuarter = sample.nps().stream()
                .collect(NpsBreakdown.collector(r -> SatisfactionSample.quarter(r.date().orElseThrow())));
        List<NpsTrendPoint<String>> trend = byQuarter.trend(Comparator.naturalOrder(), NpsIntervalMethod.ADJUSTED_WALD);
        List<List<Value>> quarters = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Value> scores = new ArrayList<>();
        List<Value> lower = new ArrayList<>();
        List<Value> upper = new ArrayList<>();
        for (NpsTrendPoint<String> p : trend) {
            List<Value> row = new ArrayList<>(row(Value.period(p.period()), p.result()));
            row.add(p.change().map(c -> Value.number(c.difference(), 1, "")).orElse(new Value.Undefined("")));
            row.add(p.change().map(c -> Value.number(c.pValue(), 3, "")).orElse(new Value.Undefined("")));
            quarters.add(row);
            labels.add(p.period());
            scores.add(row.get(2));
            lower.add(row.get(3));
            upper.add(row.get(4));
        }
        b.add(new Block.Table("nps_by_quarter", "NPS by quarter, 95 % adjusted-Wald; change vs the previous quarter,"
                + " two-sample adjusted-Wald z-test", List.of("quarter", "n", "NPS", "lower", "upper", "change", "p"),
                quarters));
        b.add(new Block.Chart("nps_trend", "NPS per quarter with its 95 % adjusted-Wald interval", Block.ChartKind.LINE,
                "quarter", "NPS, points", labels, List.of(new Block.Series("NPS", scores, lower, upper))));
        if (trend.size() >= 2) {
            NpsTrendPoint<String> last = trend.get(trend.size() - 1);
            NpsComparison test = last.change().orElseThrow();
            String vs = last.period() + " vs " + trend.get(trend.size() - 2).period();
            b.figure("nps_last_change", "NPS change " + vs, Value.number(test.difference(), 2, "points"),
                    "SE " + String.format(Locale.ROOT, "%.2f", test.standardError()) + ", z "
                            + String.format(Locale.ROOT, "%.3f", test.z()));
            b.figure("nps_last_change_p", "p-value of the change", Value.number(test.pValue(), 4, ""),
                    test.isSignificant(0.05) ? "significant at 5 %" : "not significant at 5 %");
        }
    }

    private static List<Value> row(Value key, NpsResult r) {
        NpsInterval i = r.adjustedWaldInterval(CONFIDENCE);
        return List.of(key, Value.count(r.responses()), score(r), Value.number(i.lower(), 2, ""),
                Value.number(i.upper(), 2, ""));
    }

    private static void csat(Report.SectionBuilder b, SatisfactionSample sample) {
        CsatResult csat = sample.csat().stream().map(SatisfactionSample.CsatAnswer::score)
                .collect(CsatAccumulator.collector());
        b.figure("csat", "CSAT, top-2 box on 1-5", Value.percent(csat.share(), 1, "no answers"),
                csat.satisfied() + " of " + csat.responses() + " answers satisfied");
        b.figure("csat_mean", "CSAT mean score", csat.mean().isDefined()
                ? Value.number(csat.mean().toBigDecimal(java.math.MathContext.DECIMAL64), 2, "")
                : new Value.Undefined("no answers"));
    }

    private static void advocacy(Report.SectionBuilder b, ReportData data, SatisfactionSample sample) {
        AdvocacyCounts counts = sample.advocacy().stream().collect(AdvocacyAccumulator.collector());
        YearMonth last = data.lastMonth();
        YearMonth quarterStart = last.minusMonths(2);
        YearMonth yearStart = last.minusMonths(11);
        List<List<Value>> rows = new ArrayList<>();
        for (AdvocacyKind kind : AdvocacyKind.standard()) {
            rows.add(List.of(Value.text(kind.toString()), Value.count(counts.count(kind, yearStart, last)),
                    growth(counts.growth(kind, yearStart, last)), Value.count(counts.count(kind, quarterStart, last)),
                    growth(counts.growth(kind, quarterStart, last))));
        }
        rows.add(List.of(Value.text("all"), Value.count(counts.total(yearStart, last)),
                growth(counts.totalGrowth(yearStart, last)), Value.count(counts.total(quarterStart, last)),
                growth(counts.totalGrowth(quarterStart, last))));
        b.add(new Block.Table("advocacy", "advocacy, last 12 months " + yearStart + ".." + last
                + " and last quarter, growth vs the period before", List.of("kind", "12 months", "growth",
                "quarter", "growth q"), rows));
    }

    private static Value score(NpsResult r) {
        return r.isDefined() ? new Value.Number(r.score(1, RoundingMode.HALF_EVEN), "") : new Value.Undefined("no answers");
    }

    private static Value growth(Ratio r) {
        return Value.percent(r, 1, "none the period before");
    }
}
