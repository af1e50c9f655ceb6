package io.csmetrics.report;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import io.csmetrics.cohort.CohortAveraging;
import io.csmetrics.cohort.CohortKey;
import io.csmetrics.cohort.KaplanMeier;
import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionCell;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.RetentionMatrixAccumulator;
import io.csmetrics.cohort.RetentionMeasure;
import io.csmetrics.cohort.SbgFit;
import io.csmetrics.cohort.ShiftedBetaGeometric;
import io.csmetrics.cohort.SurvivalInterval;
import io.csmetrics.ltv.LtvCalculator;
import io.csmetrics.revenue.MrrBridgePeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renew: cohort triangles by acquisition quarter (logo, gross and net revenue retention), the
 * Kaplan–Meier curve of account lifetimes with its median, the sBG fit of the earliest cohort and
 * the model-based LTV beside the simple ARPA / churn LTV. Accounts already paying in the first
 * month of the data are left out of the cohorts: their acquisition month is before the data.
 */
final class CohortSection implements ModelSection {

    static final int COLUMN_STEP = 3;
    static final double MONTHLY_DISCOUNT = 0.01;
    private static final int[] KM_TIMES = {1, 3, 6, 12, 18, 24, 36};

    @Override
    public String title() {
        return "Renew: cohorts and retention";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        // One pass over the accounts' series, no history built: the quarter cohorts, the lifetimes
        // (Cohort.lifetimes' definition: months paid without a lapse since acquisition, censored at the
        // as-of month, counted by length) and the starting MRR. Accounts paying in the first month are
        // left out: their acquisition is before the data.
        YearMonth firstMonth = data.firstMonth();
        int months = (int) (firstMonth.until(data.lastMonth(), ChronoUnit.MONTHS) + 1);
        RetentionMatrixAccumulator<String> cohorts = RetentionMatrixAccumulator.create(CohortKey.acquisitionQuarter(),
                data.lastMonth(), CohortReactivationRule.NOT_RETAINED);
        YearMonth[] monthAt = new YearMonth[months];
        for (int i = 0; i < months; i++) {
            monthAt[i] = firstMonth.plusMonths(i);
        }
        long[] churnedAfter = new long[months];              // lifetimes ending in churn after t months
        long[] censoredAfter = new long[months];             // lifetimes still running after t months
        long[] startingMrr = {0};
        int[] opening = {0};
        data.forEachSeries((a, offset, units, from, length) -> {
            if (length == 0) {
                return;                                     // an empty history: nothing to count
            }
            if (offset == 0 && units[from] > 0) {
                opening[0]++;
                return;
            }
            cohorts.acceptSeries(data.accountId(a), data.currency(a), monthAt[offset], units, from, length);
            int s = 0;
            while (s < length && units[from + s] == 0) {
                s++;
            }
            if (s == length) {
                return;                                     // never pays
            }
            int i0 = offset + s;
            startingMrr[0] = Math.addExact(startingMrr[0], units[from + s]);
            int l = 0;
            while (s + l < length && units[from + s + l] > 0) {
                l++;
            }
            if (i0 + l < months) {
                churnedAfter[l]++;
            } else {
                censoredAfter[months - 1 - i0]++;
            }
        });
        b.figure("cohort_as_of", "cohorts by acquisition quarter, as of", Value.period(data.lastMonth()));
        b.figure("opening_accounts_left_out", "accounts already paying in " + firstMonth + ", left out",
                Value.count(opening[0]), "acquired before the data");
        RetentionMatrix<String> matrix = cohorts.result();
        if (matrix.keys().isEmpty()) {
            b.note("No account was acquired within the data: no cohorts.");
            return b.build();
        }
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < matrix.width(); k += COLUMN_STEP) {
            columns.add("m" + k);
        }
        Block.Table logo = triangle(matrix, "logo", "logo retention (paying every month since acquisition)",
                RetentionMeasure.LOGO, RetentionCell::logoRetention, columns);
        b.add(logo);
        List<Block.Series> heat = new ArrayList<>();
        for (List<Value> row : logo.rows().subList(0, matrix.keys().size())) {
            heat.add(new Block.Series(((Value.Text) row.get(0)).value(), row.subList(2, row.size())));
        }
        b.add(new Block.Chart("logo_retention", "Logo retention by acquisition quarter (%)", Block.ChartKind.HEATMAP,
                "months since acquisition", "retention %", columns, heat));
        b.add(triangle(matrix, "gross_revenue", "gross revenue retention (each account capped at its starting MRR)",
                RetentionMeasure.GROSS_REVENUE, RetentionCell::grossRevenueRetention, columns));
        b.add(triangle(matrix, "net_revenue", "net revenue retention (with expansion)", RetentionMeasure.NET_REVENUE,
                RetentionCell::netRevenueRetention, columns));
        b.note("'-': not yet observable at the as-of month.");

        double followUp = 0;
        for (int t = 0; t < months; t++) {
            if (churnedAfter[t] + censoredAfter[t] > 0) {
                followUp = t;
            }
        }
        int maxT = (int) Math.floor(followUp);
        KaplanMeier km = KaplanMeier.fitCounts(churnedAfter, censoredAfter);
        b.figure("km_accounts", "Kaplan\u2013Meier: acquired accounts", Value.count(km.accounts()));
        b.figure("km_churned", "Kaplan\u2013Meier: churned", Value.count(km.events()));
        b.figure("km_follow_up", "longest follow-up", Value.count(maxT), "months; the curve stops there");
        List<List<Value>> kmRows = new ArrayList<>();
        for (int t : KM_TIMES) {
            if (t > maxT) {
                break;
            }
            Optional<SurvivalInterval> ci = km.confidenceInterval(t);
            kmRows.add(List.of(Value.count(t), Value.number(km.survival(t), 4, ""),
                    ci.map(i -> Value.number(i.lower(), 4, "")).orElse(new Value.Undefined("")),
                    ci.map(i -> Value.number(i.upper(), 4, "")).orElse(new Value.Undefined(""))));
        }
        b.add(new Block.Table("km", "Kaplan\u2013Meier survival S(t) of acquired accounts, 95 % CI (log-log)",
                List.of("month", "S(t)", "lower", "upper"), kmRows));
        List<String> ts = new ArrayList<>();
        List<Value> sv = new ArrayList<>();
        List<Value> lo = new ArrayList<>();
        List<Value> hi = new ArrayList<>();
        for (int t = 0; t <= maxT; t++) {
            ts.add(Integer.toString(t));
            sv.add(Value.number(km.survival(t), 4, ""));
            Optional<SurvivalInterval> ci = t == 0 ? Optional.empty() : km.confidenceInterval(t);
            lo.add(ci.map(i -> Value.number(i.lower(), 4, "")).orElse(t == 0 ? Value.number(1, 4, "")
                    : new Value.Undefined("")));
            hi.add(ci.map(i -> Value.number(i.upper(), 4, "")).orElse(t == 0 ? Value.number(1, 4, "")
                    : new Value.Undefined("")));
        }
        b.add(new Block.Chart("km", "Kaplan\u2013Meier survival with 95 % confidence band", Block.ChartKind.STEP,
                "months since acquisition", "S(t)", ts, List.of(new Block.Series("S(t)", sv, lo, hi))));
        b.figure("km_median", "median lifetime", km.median().estimate().isPresent()
                ? Value.number(km.median().estimate().getAsDouble(), 1, "months")
                : new Value.Undefined("not reached: S(t) stays above 0.5 over the " + maxT + " months observed"));
        int horizon = Math.max(1, maxT);
        b.figure("km_restricted_mean", "restricted mean lifetime up to " + horizon + " months",
                Value.number(km.restrictedMean(horizon), 2, "months"));

        Money arpa = Money.ofMinor(startingMrr[0], data.currency()).dividedBy(km.accounts(), RoundingMode.HALF_EVEN);
        Ratio churn = monthlyChurn(data);
        LtvCalculator ltv = LtvCalculator.standard().withMathContext(MathContext.DECIMAL64);
        LtvCalculator discounted = ltv.withMonthlyDiscountRate(Ratio.of(BigDecimal.valueOf(MONTHLY_DISCOUNT), BigDecimal.ONE));
        b.figure("arpa_at_acquisition", "ARPA at acquisition, per month", Value.money(arpa));
        if (churn.isDefined() && churn.numerator().signum() > 0) {
            b.figure("pooled_churn", "pooled monthly churn, all accounts, all months", Value.percent(churn, 2, ""),
                    churn.numerator().toPlainString() + " of " + churn.denominator().toPlainString());
            b.figure("ltv_churn_rate", "LTV, CHURN_RATE: ARPA / churn",
                    Value.money(ltv.fromChurnRate(arpa, churn).value().rounded(RoundingMode.HALF_EVEN)));
            b.figure("ltv_churn_rate_discounted", "LTV, CHURN_RATE discounted 1 %/month: ARPA \u00d7 (1 + d)/(d + churn)",
                    Value.money(discounted.fromChurnRate(arpa, churn).value().rounded(RoundingMode.HALF_EVEN)));
        } else {
            b.figure("ltv_churn_rate", "LTV, CHURN_RATE: ARPA / churn", new Value.Undefined("no churn observed"));
        }
        b.figure("ltv_km", "LTV, RETENTION_MODEL: Kaplan\u2013Meier over " + horizon + " months",
                Value.money(ltv.withTruncation(horizon, 0).fromRetentionModel(arpa, km).value()
                        .rounded(RoundingMode.HALF_EVEN)), "ARPA \u00d7 restricted mean, undiscounted, within the data");
        String firstKey = matrix.keys().get(0);
        // The sBG fit's series is Cohort.survivalCounts() of the first cohort, read off its matrix row: under
        // NOT_RETAINED a cell's retained accounts are the members paying in every month from acquisition
        // through month k, which is alive_k for every k at which all members are observed (k = 0 .. T).
        long size = matrix.cohortSize(firstKey);
        int periods = 0;
        while (periods + 1 < matrix.width() && matrix.cell(firstKey, periods + 1).observedAccounts() == size) {
            periods++;
        }
        long[] alive = new long[periods + 1];
        for (int k = 0; k <= periods; k++) {
            alive[k] = matrix.cell(firstKey, k).retainedAccounts();
        }
        try {
            SbgFit fit = ShiftedBetaGeometric.fit(alive);
            ShiftedBetaGeometric model = fit.model();
            b.figure("sbg_cohort", "sBG fit: cohort", Value.period(firstKey),
                    size + " accounts, months 0.." + fit.periods());
            b.figure("sbg_alpha", "sBG alpha", Value.number(fit.alpha(), 4, ""));
            b.figure("sbg_beta", "sBG beta", Value.number(fit.beta(), 4, ""));
            b.figure("sbg_log_likelihood", "sBG log-likelihood", Value.number(fit.logLikelihood(), 2, ""));
            List<List<Value>> fitted = new ArrayList<>();
            for (int t = 0; t <= fit.periods(); t += COLUMN_STEP) {
                fitted.add(List.of(Value.count(t), Value.count(fit.observed().get(t)),
                        Value.number(fit.fitted().get(t), 1, "")));
            }
            b.add(new Block.Table("sbg_fit", "sBG accounts alive, observed and fitted", List.of("month", "observed",
                    "fitted"), fitted));
            b.figure("ltv_sbg", "LTV, RETENTION_MODEL: sBG discounted 1 %/month",
                    Value.money(discounted.fromRetentionModel(arpa, model).value().rounded(RoundingMode.HALF_EVEN)),
                    "model extrapolation beyond the data");
            b.figure("sbg_del", "sBG discounted expected lifetime",
                    Value.number(model.discountedExpectedLifetime(MONTHLY_DISCOUNT), 2, "months"));
            Value lifetime;
            try {
                lifetime = Value.number(model.expectedLifetime(), 1, "months");
            } catch (UndefinedMetricException e) {
                lifetime = new Value.Undefined("infinite (alpha <= 1): only a discounted LTV exists");
            }
            b.figure("sbg_expected_lifetime", "sBG expected lifetime, undiscounted", lifetime,
                    "model extrapolation beyond the data");
        } catch (ModelFitException | IllegalArgumentException e) {
            b.figure("sbg_cohort", "sBG fit on cohort " + firstKey, new Value.Undefined(e.getMessage()));
        }
        return b.build();
    }

    private static Block.Table triangle(RetentionMatrix<String> m, String key, String title, RetentionMeasure measure,
            Function<RetentionCell, Ratio> rate, List<String> columns) {
        List<String> header = new ArrayList<>(List.of("cohort", "size"));
        header.addAll(columns);
        List<List<Value>> rows = new ArrayList<>();
        for (String k : m.keys()) {
            List<Value> row = new ArrayList<>(List.of(Value.text(k), Value.count(m.cohortSize(k))));
            for (int c = 0; c < m.width(); c += COLUMN_STEP) {
                row.add(Value.percent(rate.apply(m.cell(k, c)), 1, ""));
            }
            rows.add(row);
        }
        for (CohortAveraging averaging : CohortAveraging.values()) {
            List<Value> row = new ArrayList<>(List.of(
                    Value.text(averaging.name().toLowerCase(Locale.ROOT).replace('_', ' ')), new Value.Undefined("")));
            for (int c = 0; c < m.width(); c += COLUMN_STEP) {
                row.add(Value.percent(m.average(measure, c, averaging).value(), 1, ""));
            }
            rows.add(row);
        }
        return new Block.Table(key + "_retention", title, header, rows);
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
