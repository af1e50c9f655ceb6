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
import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The satisfied stage: NPS with its intervals, by segment and by quarter, CSAT, and advocacy. */
final class SatisfiedSection implements ReportSection {

    private static final double CONFIDENCE = 0.95;

    @Override
    public String title() {
        return "Satisfied: NPS, CSAT, advocacy";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            out.println("NPS answers, CSAT answers and advocacy events are not in the CSV (it holds MRR snapshots only).");
            return;
        }
        SampleCompany company = data.sample().get();
        SatisfactionSample sample = SatisfactionSample.generate(company);
        writeNps(company, sample, out);
        writeCsat(sample, out);
        writeAdvocacy(data, sample, out);
    }

    private static void writeNps(SampleCompany company, SatisfactionSample sample, PrintStream out) {
        NpsResult all = sample.nps().parallelStream().collect(NpsAccumulator.collector());
        out.printf(Locale.ROOT, "NPS (0-10 answers; promoters 9-10, detractors 0-6): %s%n", all);
        out.printf(Locale.ROOT, "  95%% Wald          %s%n", interval(all.waldInterval(CONFIDENCE)));
        out.printf(Locale.ROOT, "  95%% adjusted-Wald %s%n", interval(all.adjustedWaldInterval(CONFIDENCE)));

        Map<String, String> segmentOf = new HashMap<>();
        company.accounts().forEach(a -> segmentOf.put(a.id(), a.segment()));
        NpsBreakdown<String> bySegment = sample.nps().stream()
                .collect(NpsBreakdown.collector(r -> segmentOf.get(r.accountId().orElseThrow())));
        out.println("NPS by segment (95% adjusted-Wald):");
        new TreeMap<>(bySegment.results()).forEach((segment, r) -> out.printf(Locale.ROOT,
                "  %-11s n=%5d  NPS %6s  %s%n", segment, r.responses(), score(r), interval(r.adjustedWaldInterval(CONFIDENCE))));

        NpsBreakdown<String> byQuarter = sample.nps().stream()
                .collect(NpsBreakdown.collector(r -> SatisfactionSample.quarter(r.date().orElseThrow())));
        List<NpsTrendPoint<String>> trend = byQuarter.trend(Comparator.naturalOrder(), NpsIntervalMethod.ADJUSTED_WALD);
        out.println("NPS by quarter (95% adjusted-Wald; change vs previous quarter, two-sample adjusted-Wald z-test):");
        for (NpsTrendPoint<String> p : trend) {
            String change = p.change().map(c -> String.format(Locale.ROOT, "%+6.1f (p=%.3f)", c.difference(), c.pValue()))
                    .orElse("");
            out.printf(Locale.ROOT, "  %s  n=%4d  NPS %6s  %s  %s%n", p.period(), p.result().responses(),
                    score(p.result()), interval(p.result().adjustedWaldInterval(CONFIDENCE)), change);
        }
        if (trend.size() >= 2) {
            NpsTrendPoint<String> last = trend.get(trend.size() - 1);
            NpsComparison test = last.change().orElseThrow();
            out.printf(Locale.ROOT, "Last two quarters, %s vs %s: difference %+.2f points, SE %.2f, z %.3f, p %.4f (%s at 5%%)%n",
                    last.period(), trend.get(trend.size() - 2).period(), test.difference(), test.standardError(),
                    test.z(), test.pValue(), test.isSignificant(0.05) ? "significant" : "not significant");
        }
    }

    private static void writeCsat(SatisfactionSample sample, PrintStream out) {
        CsatResult csat = sample.csat().stream().map(SatisfactionSample.CsatAnswer::score)
                .collect(CsatAccumulator.collector());
        out.printf(Locale.ROOT, "CSAT (top-2 box on 1-5): %s%%, %d of %d answers satisfied, mean %s%n",
                percent(csat.share()), csat.satisfied(), csat.responses(),
                csat.mean().toBigDecimal(new java.math.MathContext(3)).toPlainString());
    }

    private static void writeAdvocacy(ReportData data, SatisfactionSample sample, PrintStream out) {
        AdvocacyCounts counts = sample.advocacy().stream().collect(AdvocacyAccumulator.collector());
        YearMonth last = data.lastMonth();
        YearMonth quarterStart = last.minusMonths(2);
        YearMonth yearStart = last.minusMonths(11);
        out.printf("Advocacy (last 12 months %s..%s, growth vs the 12 before; last quarter, growth vs the quarter before):%n",
                yearStart, last);
        for (AdvocacyKind kind : AdvocacyKind.standard()) {
            out.printf(Locale.ROOT, "  %-15s %4d  %8s   quarter %3d  %8s%n", kind, counts.count(kind, yearStart, last),
                    growth(counts.growth(kind, yearStart, last)), counts.count(kind, quarterStart, last),
                    growth(counts.growth(kind, quarterStart, last)));
        }
        out.printf(Locale.ROOT, "  %-15s %4d  %8s   quarter %3d  %8s%n", "all", counts.total(yearStart, last),
                growth(counts.totalGrowth(yearStart, last)), counts.total(quarterStart, last),
                growth(counts.totalGrowth(quarterStart, last)));
    }

    private static String score(NpsResult r) {
        return r.score(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String interval(NpsInterval i) {
        return String.format(Locale.ROOT, "[%6.2f, %6.2f] (centre %.2f, SE %.2f)", i.lower(), i.upper(), i.estimate(),
                i.standardError());
    }

    private static String percent(Ratio r) {
        return r.isDefined() ? r.toPercent(1, RoundingMode.HALF_EVEN).toPlainString() : "undefined";
    }

    private static String growth(Ratio r) {
        return r.isDefined() ? (r.numerator().signum() >= 0 ? "+" : "") + percent(r) + "%" : "n/a";
    }
}
