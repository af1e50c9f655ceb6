package io.csmetrics.report;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import io.csmetrics.cohort.Cohort;
import io.csmetrics.cohort.CohortAveraging;
import io.csmetrics.cohort.CohortKey;
import io.csmetrics.cohort.KaplanMeier;
import io.csmetrics.cohort.Lifetime;
import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionCell;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.RetentionMeasure;
import io.csmetrics.cohort.SbgFit;
import io.csmetrics.cohort.ShiftedBetaGeometric;
import io.csmetrics.cohort.SurvivalInterval;
import io.csmetrics.ltv.LtvCalculator;
import io.csmetrics.revenue.MrrBridgePeriod;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Renew: cohort triangles by acquisition quarter (logo, gross and net revenue retention), the
 * Kaplan–Meier curve of account lifetimes with its median, the sBG fit of the earliest cohort and
 * the model-based LTV beside the simple ARPA / churn LTV. Accounts already paying in the first
 * month of the data are left out of the cohorts: their acquisition month is before the data.
 */
final class CohortSection implements ReportSection {

    static final int COLUMN_STEP = 3;
    static final double MONTHLY_DISCOUNT = 0.01;

    @Override
    public String title() {
        return "Renew: cohorts and retention";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        // Histories are built only for the accounts acquired within the data; the others are counted from the columns.
        List<MrrHistory> acquired = data.histories(a -> data.minorUnits(a, data.firstMonth()) == 0);
        int opening = data.accounts() - acquired.size();
        out.printf("cohorts by acquisition quarter, as of %s; %d accounts already paying in %s left out "
                + "(acquired before the data)%n", data.lastMonth(), opening, data.firstMonth());
        RetentionMatrix<String> matrix = RetentionMatrix.of(acquired, CohortKey.acquisitionQuarter(), data.lastMonth(),
                CohortReactivationRule.NOT_RETAINED);
        if (matrix.keys().isEmpty()) {
            out.println("no account was acquired within the data: no cohorts");
            return;
        }
        triangle(out, matrix, "logo retention % (paying every month since acquisition)", RetentionMeasure.LOGO,
                RetentionCell::logoRetention);
        triangle(out, matrix, "gross revenue retention % (each account capped at its starting MRR)",
                RetentionMeasure.GROSS_REVENUE, RetentionCell::grossRevenueRetention);
        triangle(out, matrix, "net revenue retention % (with expansion)", RetentionMeasure.NET_REVENUE,
                RetentionCell::netRevenueRetention);

        SortedMap<String, Cohort<String>> cohorts = Cohort.by(acquired, CohortKey.acquisitionQuarter(), data.lastMonth());
        List<Lifetime> lifetimes = new ArrayList<>();
        long startingMrr = 0;
        for (Cohort<String> c : cohorts.values()) {
            lifetimes.addAll(c.lifetimes());
            startingMrr += c.startingMrr().toMinorUnits();
        }
        KaplanMeier km = KaplanMeier.fit(lifetimes);
        out.printf("%nKaplan-Meier survival of acquired accounts (months since acquisition; %d accounts, %d churned):%n",
                km.accounts(), km.events());
        out.println("  month  S(t)    95% CI (log-log)");
        for (int t : new int[] {1, 3, 6, 12, 18}) {
            Optional<SurvivalInterval> ci = km.confidenceInterval(t);
            out.printf(Locale.ROOT, "  %5d  %.4f  %s%n", t, km.survival(t),
                    ci.map(i -> String.format(Locale.ROOT, "%.4f - %.4f", i.lower(), i.upper())).orElse("undefined"));
        }
        int horizon = Math.max(1, (int) (data.lastMonth().getYear() * 12L + data.lastMonth().getMonthValue()
                - data.firstMonth().getYear() * 12L - data.firstMonth().getMonthValue()));
        out.println(km.median().estimate().isPresent() ? "  median lifetime: " + km.median() + " months"
                : "  median lifetime: not reached (S(t) stays above 0.5 over the observed months)");
        out.printf(Locale.ROOT, "  restricted mean lifetime up to %d months: %.2f months%n", horizon, km.restrictedMean(horizon));

        Money arpa = Money.ofMinor(startingMrr, data.currency()).dividedBy(lifetimes.size(), RoundingMode.HALF_EVEN);
        Ratio churn = monthlyChurn(data);
        LtvCalculator ltv = LtvCalculator.standard().withMathContext(MathContext.DECIMAL64);
        LtvCalculator discounted = ltv.withMonthlyDiscountRate(Ratio.of(BigDecimal.valueOf(MONTHLY_DISCOUNT), BigDecimal.ONE));
        out.printf("%nLTV per new account (ARPA at acquisition %s per month; LtvCalculator, named basis each):%n", arpa);
        if (churn.isDefined() && churn.numerator().signum() > 0) {
            out.printf(Locale.ROOT, "  CHURN_RATE, ARPA / churn (churn %s = %.2f%% per month, all accounts, all months): %s%n",
                    churn, 100 * churn.toDouble(), ltv.fromChurnRate(arpa, churn).value().rounded(RoundingMode.HALF_EVEN));
            out.printf(Locale.ROOT, "  CHURN_RATE, discounted %.0f%%/month, ARPA x (1 + d)/(d + churn): %s%n",
                    100 * MONTHLY_DISCOUNT, discounted.fromChurnRate(arpa, churn).value().rounded(RoundingMode.HALF_EVEN));
        } else {
            out.println("  CHURN_RATE, ARPA / churn: undefined (no churn observed)");
        }
        out.printf(Locale.ROOT, "  RETENTION_MODEL, Kaplan-Meier over %d months (ARPA x restricted mean, undiscounted): %s%n",
                horizon, ltv.withTruncation(horizon, 0).fromRetentionModel(arpa, km).value().rounded(RoundingMode.HALF_EVEN));
        Cohort<String> first = cohorts.get(cohorts.firstKey());
        try {
            SbgFit fit = ShiftedBetaGeometric.fit(first);
            ShiftedBetaGeometric model = fit.model();
            out.printf(Locale.ROOT, "  sBG fit on cohort %s (%d accounts, months 0..%d): alpha %.4f, beta %.4f, LL %.2f%n",
                    first.key(), first.size(), fit.periods(), fit.alpha(), fit.beta(), fit.logLikelihood());
            StringBuilder sb = new StringBuilder("    alive observed/fitted:");
            for (int t = 0; t <= fit.periods(); t += COLUMN_STEP) {
                sb.append(String.format(Locale.ROOT, " m%d %d/%.1f", t, fit.observed().get(t), fit.fitted().get(t)));
            }
            out.println(sb);
            out.printf(Locale.ROOT, "  RETENTION_MODEL, sBG discounted %.0f%%/month: %s (closed form ARPA x DEL, DEL %.2f months: %s)%n",
                    100 * MONTHLY_DISCOUNT, discounted.fromRetentionModel(arpa, model).value().rounded(RoundingMode.HALF_EVEN),
                    model.discountedExpectedLifetime(MONTHLY_DISCOUNT),
                    model.ltv(arpa, MONTHLY_DISCOUNT).rounded(RoundingMode.HALF_EVEN));
            try {
                out.printf(Locale.ROOT, "  sBG expected lifetime, undiscounted: %.1f months%n", model.expectedLifetime());
            } catch (UndefinedMetricException e) {
                out.println("  sBG expected lifetime, undiscounted: infinite (alpha <= 1), so only a discounted LTV exists");
            }
        } catch (ModelFitException | IllegalArgumentException e) {
            out.println("  sBG fit on cohort " + first.key() + ": not possible: " + e.getMessage());
        }
    }

    private static void triangle(PrintStream out, RetentionMatrix<String> m, String title, RetentionMeasure measure,
            Function<RetentionCell, Ratio> rate) {
        out.println();
        out.println(title + ", '-' = not yet observable:");
        StringBuilder header = new StringBuilder(String.format("  %-9s %6s", "cohort", "size"));
        for (int k = 0; k < m.width(); k += COLUMN_STEP) {
            header.append(String.format("%7s", "m" + k));
        }
        out.println(header);
        for (String key : m.keys()) {
            StringBuilder row = new StringBuilder(String.format("  %-9s %6d", key, m.cohortSize(key)));
            for (int k = 0; k < m.width(); k += COLUMN_STEP) {
                row.append(String.format("%7s", percent(rate.apply(m.cell(key, k)))));
            }
            out.println(row);
        }
        for (CohortAveraging averaging : CohortAveraging.values()) {
            StringBuilder row = new StringBuilder(String.format("  %-16s", averaging.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            for (int k = 0; k < m.width(); k += COLUMN_STEP) {
                row.append(String.format("%7s", percent(m.average(measure, k, averaging).value())));
            }
            out.println(row);
        }
    }

    private static String percent(Ratio r) {
        return r.isDefined() ? r.toPercent(1, RoundingMode.HALF_EVEN).toPlainString() : "-";
    }

    /** Pooled monthly logo churn over the whole book: Σ churned accounts / Σ accounts paying the month before. */
    static Ratio monthlyChurn(ReportData data) {
        long churned = 0;
        long active = 0;
        for (MrrBridgePeriod p : data.bridge().periods()) {
            churned += p.churn().count();
            active += p.startAccounts();
        }
        return Ratio.of(churned, active);
    }
}
